namespace LocalStrategy.Kpi.Grading;

/// <summary>The numbers a grading rule used; each is <see langword="null"/> when the rule did not use it.</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public readonly struct GradeNumbers
{
    /// <summary>Gets the actual.</summary>
    public decimal? Actual { get; init; }

    /// <summary>Gets the target the actual was judged against.</summary>
    public decimal? Target { get; init; }

    /// <summary>Gets the lower end of a range target.</summary>
    public decimal? TargetMin { get; init; }

    /// <summary>Gets the upper end of a range target.</summary>
    public decimal? TargetMax { get; init; }

    /// <summary>Gets the baseline.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>Gets the previous year's actual (the baseline in the plan's first year).</summary>
    public decimal? PreviousActual { get; init; }

    /// <summary>Gets the rate, when the rule computed one.</summary>
    public Rate Rate { get; init; }
}
