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

    private static bool IsInitOnly(MethodInfo setter)
        // By name: the netstandard2.0 build carries its own copy of the marker type.
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
