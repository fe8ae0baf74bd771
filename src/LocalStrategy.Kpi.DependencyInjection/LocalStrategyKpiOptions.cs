using LocalStrategy.Kpi.Grading;
using Microsoft.Extensions.DependencyInjection;

namespace LocalStrategy.Kpi.DependencyInjection;

/// <summary>
/// What <see cref="LocalStrategyKpiServiceCollectionExtensions.AddLocalStrategyKpi"/> registers:
/// the policies beside the built-ins, in the order they are added (a policy document's overrides
/// may name one added before it), and the default policy.
/// </summary>
/// <remarks>A builder used once, at start-up, on one thread; not thread-safe.</remarks>
public sealed class LocalStrategyKpiOptions
{
    private readonly List<Source> sources = new();

    /// <summary>Gets or sets the name of the policy for strategies that name none, and of the <see cref="IGradingPolicy"/> service.</summary>
    /// <value>The default value is <see langword="null"/>: strategies must name their policy, and no <see cref="IGradingPolicy"/> is registered.</value>
    public string? DefaultPolicy { get; set; }

    internal IReadOnlyList<Source> Sources => sources;

    /// <summary>Adds the policy of a policy document file (UTF-8 JSON, docs/policies.md).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>These options.</returns>
    public LocalStrategyKpiOptions AddPolicyFile(string path)
    {
        sources.Add(new Source(path ?? throw new ArgumentNullException(nameof(path)), null, null, null));
        return this;
    }

    /// <summary>Adds the policy of a policy document given as JSON text.</summary>
    /// <param name="json">The policy document.</param>
    /// <returns>These options.</returns>
    public LocalStrategyKpiOptions AddPolicyJson(string json)
    {
        sources.Add(new Source(null, json ?? throw new ArgumentNullException(nameof(json)), null, null));
        return this;
    }

    /// <summary>Adds the policy a definition declares.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>These options.</returns>
    public LocalStrategyKpiOptions AddPolicy(PolicyDefinition definition)
    {
        sources.Add(new Source(null, null, definition ?? throw new ArgumentNullException(nameof(definition)), null));
        return this;
    }

    /// <summary>Adds a policy written in C#.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>These options.</returns>
    public LocalStrategyKpiOptions AddPolicy(IGradingPolicy policy)
    {
        sources.Add(new Source(null, null, null, policy ?? throw new ArgumentNullException(nameof(policy))));
        return this;
    }

    internal sealed class Source
    {
        internal Source(string? path, string? json, PolicyDefinition? definition, IGradingPolicy? policy)
        {
            Path = path;
            Json = json;
            Definition = definition;
            Policy = policy;
        }

        internal string? Path { get; }

        internal string? Json { get; }

        internal PolicyDefinition? Definition { get; }

        internal IGradingPolicy? Policy { get; }
    }
}
