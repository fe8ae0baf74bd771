using LocalStrategy.Kpi.Grading;
using System.Collections.Concurrent;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Policies;

/// <summary>The policy documents embedded in the library (src/LocalStrategy.Kpi/Policies/*.json), read once each.</summary>
internal static class BuiltInPolicies
{
    private static readonly ConcurrentDictionary<string, PolicyDefinition> Cache = new(StringComparer.Ordinal);

    /// <summary>Gets the names of the embedded documents, in the order they are listed.</summary>
    internal static IReadOnlyList<string> Names { get; } = new[] { "azumino", "ina", "ina-straight-line", "ami" };

    internal static PolicyDefinition Definition(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>The definition of a built-in under a variant's own name (the built-in's when they are the same).</summary>
    internal static PolicyDefinition Variant(string builtIn, string name)
        => name == builtIn ? Definition(builtIn) : Definition(builtIn) with { Name = name };

    internal static string ReadJson(string name)
    {
        var resource = "LocalStrategy.Kpi.Policies." + name + ".json";
        using var stream = typeof(BuiltInPolicies).Assembly.GetManifestResourceStream(resource)
            ?? throw new KeyNotFoundException("No built-in policy document is named '" + name + "'. Built-in policies: " + string.Join(", ", Names) + ".");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static PolicyDefinition Load(string name)
    {
        var read = PolicyJson.Read(ReadJson(name));
        return read.IsValid
            ? read.Value
            : throw new InvalidOperationException("The embedded policy document '" + name + "' is not valid: " + string.Join("; ", read.Errors));
    }
}
