using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Grading;

/// <summary>The rule of a policy that produced a result, so that a planner can check it by hand.</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class GradingRule
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

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
