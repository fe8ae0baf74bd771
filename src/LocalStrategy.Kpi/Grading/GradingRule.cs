using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Grading;

/// <summary>The rule of a policy that produced a result, so that a planner can check it by hand.</summary>
/// <remarks>An immutable value; two rules are equal when their identifiers and descriptions are. Safe to share between threads.</remarks>
public sealed class GradingRule : IEquatable<GradingRule>
{
    /// <summary>Initializes a new instance of the <see cref="GradingRule"/> class.</summary>
    /// <param name="id">A stable identifier, for example <c>azumino.1</c>.</param>
    /// <param name="english">What the rule does, in English.</param>
    /// <param name="japanese">What the rule does, in Japanese.</param>
    public GradingRule(string id, string english, string japanese)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        English = Preconditions.CheckNotBlank(english, nameof(english));
        Japanese = Preconditions.CheckNotBlank(japanese, nameof(japanese));
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the description in English.</summary>
    public string English { get; }

    /// <summary>Gets the description in Japanese.</summary>
    public string Japanese { get; }

    /// <inheritdoc/>
    public bool Equals(GradingRule? other)
        => other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(English, other.English, StringComparison.Ordinal)
            && string.Equals(Japanese, other.Japanese, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GradingRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
