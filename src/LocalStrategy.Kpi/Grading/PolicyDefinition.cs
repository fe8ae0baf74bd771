using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A grading policy declared as data: the content of a policy document (docs/policies.md). Read and
/// write it with <c>PolicyJson</c>; add it to a <c>PolicyRegistry</c> to grade by it.
/// </summary>
/// <remarks>An immutable value with value equality; safe to share between threads.</remarks>
public sealed record PolicyDefinition
{
    /// <summary>Initializes a new instance of the <see cref="PolicyDefinition"/> class.</summary>
    /// <param name="name">The name the policy is registered under: lower-case letters, digits and hyphens.</param>
    /// <param name="title">The policy's title.</param>
    /// <param name="versions">The versions, the first in force from the start, later ones from their fiscal year.</param>
    public PolicyDefinition(string name, LocalizedText title, ValueList<PolicyVersion> versions)
    {
        Name = Internal.Preconditions.CheckNotNull(name, nameof(name));
        Title = Internal.Preconditions.CheckNotNull(title, nameof(title));
        Versions = Internal.Preconditions.CheckNotNull(versions, nameof(versions));
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; init; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; init; }

    /// <summary>Gets where the scheme comes from (a document, a council decision), or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the versions, by fiscal year.</summary>
    public ValueList<PolicyVersion> Versions { get; init; }

    /// <summary>Gets the per-indicator overrides.</summary>
    public ValueList<IndicatorOverride> Overrides { get; init; } = ValueList<IndicatorOverride>.Empty;
}
