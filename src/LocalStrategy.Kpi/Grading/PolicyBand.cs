using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// One band of a rule, read top-down: the first band whose condition (and every condition of
/// <see cref="And"/>) holds gives its grade, or passes the indicator to the next rule.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PolicyBand
{
    /// <summary>Initializes a new instance of the <see cref="PolicyBand"/> class.</summary>
    /// <param name="grade">The code of the grade the band gives, or <see langword="null"/> to pass to the next rule.</param>
    /// <param name="condition">The condition on the rule's measure.</param>
    public PolicyBand(string? grade, BandCondition condition)
    {
        Grade = grade;
        Condition = Internal.Preconditions.CheckNotNull(condition, nameof(condition));
    }

    /// <summary>Gets the code of the grade, or <see langword="null"/> when the band passes the indicator to the next rule.</summary>
    public string? Grade { get; }

    /// <summary>Gets whether the band passes the indicator to the next rule instead of grading it.</summary>
    public bool PassesToNextRule => Grade is null;

    /// <summary>Gets the condition on the rule's measure.</summary>
    public BandCondition Condition { get; }

    /// <summary>Gets further conditions, each on a measure it names, that must hold too (a combination of conditions).</summary>
    public ValueList<BandCondition> And { get; init; } = ValueList<BandCondition>.Empty;

    /// <summary>Describes the band, for example <c>B: ≥ 0.8</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => (Grade ?? "next rule") + ": " + Condition + string.Concat(And.Select(c => " and " + c));
}
