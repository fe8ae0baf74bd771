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

    /// <summary>Initializes a new instance of the <see cref="GradeNumbers"/> struct.</summary>
    /// <param name="actual">The observation whose value is the actual, if used.</param>
    /// <param name="target">The target, if used.</param>
    /// <param name="baseline">The baseline, if used.</param>
    /// <param name="previous">The previous year's observation, if used.</param>
    /// <param name="previousIsBaseline">Whether the previous year's actual is the baseline (the plan's first year).</param>
    /// <param name="rate">The rate, if computed.</param>
    public GradeNumbers(Observation? actual, Target? target, Baseline? baseline, Observation? previous, bool previousIsBaseline, Rate rate)
    {
        this.actual = actual;
        this.target = target;
        this.baseline = baseline;
        this.previous = previous;
        this.previousIsBaseline = previousIsBaseline;
        Rate = rate;
    }

    /// <summary>Gets the actual.</summary>
    public decimal? Actual => actual?.Value;

    /// <summary>Gets the target the actual was judged against.</summary>
    public decimal? Target => target?.Value;

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
