using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// The numbers a grading rule used; each is <see langword="null"/> when the rule did not use it. The
/// values are read from the (immutable) observation, target and baseline the rule looked at, so
/// creating a result copies no numbers and allocates nothing.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public readonly struct GradeNumbers
{
    private readonly Observation? actual;
    private readonly Target? target;
    private readonly Baseline? baseline;
    private readonly Observation? previous;
    private readonly bool previousIsBaseline;
    private readonly decimal? targetValue;

    /// <summary>Initializes a new instance of the <see cref="GradeNumbers"/> struct.</summary>
    /// <param name="actual">The observation whose value is the actual, if used.</param>
    /// <param name="target">The target, if used.</param>
    /// <param name="baseline">The baseline, if used.</param>
    /// <param name="previous">The previous year's observation, if used.</param>
    /// <param name="previousIsBaseline">Whether the previous year's actual is the baseline (the plan's first year).</param>
    /// <param name="rate">The rate, if computed.</param>
    /// <param name="targetValue">The value judged against when it is not the target's own, such as a point on a straight-line path to it.</param>
    public GradeNumbers(Observation? actual, Target? target, Baseline? baseline, Observation? previous, bool previousIsBaseline, Rate rate, decimal? targetValue = null)
    {
        this.targetValue = targetValue;
        this.actual = actual;
        this.target = target;
        this.baseline = baseline;
        this.previous = previous;
        this.previousIsBaseline = previousIsBaseline;
        Rate = rate;
    }

    /// <summary>Gets the actual.</summary>
    public decimal? Actual => actual?.Value;

    /// <summary>Gets the target value the actual was judged against (a point on a path where the rule used one).</summary>
    public decimal? Target => targetValue ?? target?.Value;

    /// <summary>Gets the fiscal year of the target the rule used (for a path, the final target's year).</summary>
    public Periods.FiscalYear? TargetYear => target?.Year;

    /// <summary>Gets the lower end of a range target.</summary>
    public decimal? TargetMin => target?.Min;

    /// <summary>Gets the upper end of a range target.</summary>
    public decimal? TargetMax => target?.Max;

    /// <summary>Gets the baseline.</summary>
    public decimal? Baseline => baseline?.Value;

    /// <summary>Gets the previous year's actual (the baseline in the plan's first year).</summary>
    public decimal? PreviousActual => previousIsBaseline ? baseline?.Value : previous?.Value;

    /// <summary>Gets the rate, when the rule computed one.</summary>
    public Rate Rate { get; }
}
