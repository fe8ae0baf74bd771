using System.Reflection;
using LocalStrategy.Kpi.Model;
using Xunit;

namespace LocalStrategy.Kpi.Tests;

/// <summary>The public surface stays small and immutable: these rules hold for every public type.</summary>
public sealed class ApiConventionsTests
{
    private static readonly Type[] PublicTypes = typeof(Strategy).Assembly.GetExportedTypes();

    [Fact]
    public void Every_public_class_is_sealed_or_static()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void No_public_type_has_a_public_setter_other_than_init()
    {
        var mutable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();
        Assert.Empty(mutable);
    }

    [Fact]
    public void No_public_type_has_a_public_mutable_field()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => f.DeclaringType!.Name + "." + f.Name)
            .ToList();
        Assert.Empty(fields);
    }

    [Fact]
    public void Public_structs_are_readonly()
    {
        var structs = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            .Where(t => !t.Name.EndsWith("Enumerator", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(structs);
    }

    [Theory]
    [InlineData("LocalStrategy.Kpi")]
    [InlineData("LocalStrategy.Kpi.DependencyInjection")]
    public void The_declared_public_api_lists_exactly_the_public_types(string package)
    {
        // The analyzer (Microsoft.CodeAnalysis.PublicApiAnalyzers) fails the build on a public change
        // not declared in these files; this pins that the files and the assembly agree, type by type.
        var folder = Path.Combine(RepositoryPaths.Root, "src", package);
        var declared = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "PublicAPI.Unshipped.txt")))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.Contains(' ', StringComparison.Ordinal)) // a type's line is its name alone
            .Select(l => l.Replace("<T>", "`1", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var assembly = package == "LocalStrategy.Kpi"
            ? typeof(Strategy).Assembly
            : typeof(LocalStrategy.Kpi.DependencyInjection.LocalStrategyKpiOptions).Assembly;
        var exported = assembly.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(exported.Except(declared));
        Assert.Empty(declared.Except(exported));
        Assert.Contains("<PackageReference Include=\"Microsoft.CodeAnalysis.PublicApiAnalyzers\"", File.ReadAllText(Path.Combine(folder, package + ".csproj")), StringComparison.Ordinal);
    }

    private static bool IsInitOnly(MethodInfo setter)
        // By name: the netstandard2.0 build carries its own copy of the marker type.
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
