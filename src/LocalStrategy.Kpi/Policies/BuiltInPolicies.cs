using LocalStrategy.Kpi.Grading;
using System.Collections.Concurrent;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Policies;

/// <summary>The policy documents embedded in the library (src/LocalStrategy.Kpi/Policies/*.json), read once each.</summary>
internal static class BuiltInPolicies
{
    private static readonly ConcurrentDictionary<string, PolicyDefinition> Cache = new(StringComparer.Ordinal);

    private const string ResourcePrefix = "LocalStrategy.Kpi.Policies.";

    /// <summary>Gets the names of the embedded documents, read from the assembly (so they are listed nowhere by hand).</summary>
    internal static IReadOnlyList<string> Names { get; } = typeof(BuiltInPolicies).Assembly.GetManifestResourceNames()
        .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(".json", StringComparison.Ordinal))
        .Select(r => r.Substring(ResourcePrefix.Length, r.Length - ResourcePrefix.Length - ".json".Length))
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    internal static PolicyDefinition Definition(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>The definition of a built-in under a variant's own name (the built-in's when they are the same).</summary>
    internal static PolicyDefinition Variant(string builtIn, string name)
        => name == builtIn ? Definition(builtIn) : Definition(builtIn) with { Name = name };

    internal static string ReadJson(string name)
    {
        var resource = ResourcePrefix + name + ".json";
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
