using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>The rule of a policy that produced a result, so that a planner can check it by hand.</summary>
/// <remarks>An immutable value; two rules are equal when their identifiers and descriptions are. Safe to share between threads.</remarks>
public sealed class GradingRule : IEquatable<GradingRule>
{
    /// <summary>Initializes a new instance of the <see cref="GradingRule"/> class.</summary>
    /// <param name="id">A stable identifier, for example <c>azumino.1</c>.</param>
    /// <param name="description">What the rule does, in Japanese and English; neither text blank.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a text of <paramref name="description"/> is blank.</exception>
    public GradingRule(string id, LocalizedText description)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Description = Preconditions.CheckNotNull(description, nameof(description));
        Preconditions.CheckNotBlank(description.Japanese, nameof(description));
        Preconditions.CheckNotBlank(description.English, nameof(description));
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets what the rule does, in Japanese and English.</summary>
    public LocalizedText Description { get; }

    /// <inheritdoc/>
    public bool Equals(GradingRule? other)
        => other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Description.Equals(other.Description);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GradingRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
