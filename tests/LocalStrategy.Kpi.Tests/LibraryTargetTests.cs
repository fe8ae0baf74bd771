using System.Reflection;
using System.Runtime.Versioning;
using LocalStrategy.Kpi.Model;
using Xunit;

namespace LocalStrategy.Kpi.Tests;

/// <summary>
/// `dotnet test -p:LibraryTarget=netstandard2.0` must test the netstandard2.0 build of the library
/// (the one .NET Framework 4.8 systems use), not the net10.0 one the CLI project also brings along.
/// </summary>
public sealed class LibraryTargetTests
{
    [Fact]
    public void The_library_under_test_is_the_build_that_was_asked_for()
    {
        var framework = typeof(Strategy).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if LIBRARY_NETSTANDARD2_0
        Assert.Equal(".NETStandard,Version=v2.0", framework);
#else
        Assert.Equal(".NETCoreApp,Version=v10.0", framework);
#endif
    }
}
