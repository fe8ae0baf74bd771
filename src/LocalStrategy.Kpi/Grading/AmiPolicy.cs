using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// Grading for plans that give only a current value and a target, as Ami Town's 3rd strategy does
/// (阿見町, seed 004, which publishes no criteria; domain.md decides them): 達成 (achieved) when the
/// target is met, whatever the current value; otherwise 改善 (improved), 横ばい (unchanged, within
/// <see cref="AmiOptions.UnchangedTolerance"/>) or 悪化 (worsened) against the current value in the
/// stated direction; 測定不能 (not measurable) without an actual. A year without a target of its own
/// is judged against the final target.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. docs/policies/ami.md describes the policy.</remarks>
public sealed class AmiPolicy : IGradingPolicy
{
    /// <summary>The name the policy is registered under.</summary>
    public const string PolicyName = "ami";

    private static readonly GradingRule RuleAchieved = new(
        "ami.achieved",
        "The target is met: 達成.",
        "目標値を達成: 達成。");

    private static readonly GradingRule RuleVersusBaseline = new(
        "ami.baseline",
        "The target is not met: against the current value, better 改善, within the tolerance 横ばい, worse 悪化.",
        "目標値は未達成: 現状値と比べて改善・横ばい（許容幅内）・悪化。");

    private static readonly GradingRule RuleNotMeasurable = new(
        "ami.notMeasurable",
        "No actual for the year (not reported, not published or suspended): 測定不能.",
        "当該年度の実績値がない（未報告・未公表・事業中止）: 測定不能。");

    private static readonly GradingRule RuleManual = new(
        "ami.manual",
        "Graded individually: the recorded grade and its reason.",
        "個別に評価: 記録された評価とその理由。");

    private readonly Grade[] scale;

    private AmiPolicy(AmiOptions options)
    {
        Options = options;
        scale = new[] { Achieved, Improved, Unchanged, Worsened, NotMeasurable, Grading.Grade.NotGradable };
    }

    /// <summary>Gets 達成 (achieved): the target is met.</summary>
    public static Grade Achieved { get; } = new("Achieved", "達成", "Achieved");

    /// <summary>Gets 改善 (improved): better than the current value, target not met.</summary>
    public static Grade Improved { get; } = new("Improved", "改善", "Improved");

    /// <summary>Gets 横ばい (unchanged): within the tolerance of the current value.</summary>
    public static Grade Unchanged { get; } = new("Unchanged", "横ばい", "Unchanged");

    /// <summary>Gets 悪化 (worsened): worse than the current value.</summary>
    public static Grade Worsened { get; } = new("Worsened", "悪化", "Worsened");

    /// <summary>Gets 測定不能 (not measurable): no actual for the year.</summary>
    public static Grade NotMeasurable { get; } = new("NotMeasurable", "測定不能", "Not measurable");

    /// <summary>Gets the policy with the default options (no tolerance).</summary>
    public static AmiPolicy Default { get; } = new(AmiOptions.Default);

    /// <summary>Gets the options.</summary>
    public AmiOptions Options { get; }

    /// <inheritdoc/>
    public string Name => PolicyName;

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => scale;

    /// <summary>Creates a policy with other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public static AmiPolicy Create(AmiOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        if (options.UnchangedTolerance < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.UnchangedTolerance, "The unchanged tolerance must not be negative.");
        }

        return new AmiPolicy(options);
    }

    /// <inheritdoc/>
    public Grade? FindGrade(string code) => PolicyScale.Find(scale, code);

    /// <inheritdoc/>
    public GradeResult Grade(Indicator indicator, in GradingContext context)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        var year = context.Year;
        var observation = indicator.ObservationFor(year);
        if (indicator.Basis == GradingBasis.Manual)
        {
            return PolicyScale.Manual(scale, indicator, year, observation, RuleManual);
        }

        var target = indicator.TargetFor(year) ?? TargetJudging.Final(indicator);
        var missing = PolicyScale.MissingActual(observation);
        if (missing != NotGradableReason.None)
        {
            return new GradeResult(indicator.Id, year, NotMeasurable, RuleNotMeasurable, missing, new GradeNumbers(null, target, indicator.Baseline, null, false, default));
        }

        if (indicator.Basis == GradingBasis.Target && target is null)
        {
            return NotGradable(indicator, year, RuleAchieved, NotGradableReason.NoTarget, new GradeNumbers(observation, null, indicator.Baseline, null, false, default));
        }

        if (target is not null && Achieves(indicator, target, observation!))
        {
            var rate = observation!.Value is { } a && !TargetJudging.IsStage(indicator, target) ? TargetJudging.Achievement(indicator, target, a) : default;
            return new GradeResult(indicator.Id, year, Achieved, RuleAchieved, NotGradableReason.None, new GradeNumbers(observation, target, indicator.Baseline, null, false, rate));
        }

        var versus = Versus(indicator, target, observation!);
        var numbers = new GradeNumbers(observation, target, indicator.Baseline, null, false, default);
        return versus is null
            ? NotGradable(indicator, year, RuleVersusBaseline, NotGradableReason.NoBaseline, numbers)
            : new GradeResult(indicator.Id, year, versus, RuleVersusBaseline, NotGradableReason.None, numbers);
    }

    private static bool Achieves(Indicator indicator, Target target, Observation observation)
        => TargetJudging.IsStage(indicator, target)
            ? TargetJudging.StageReached(indicator, observation, target) == true
            : observation.Value is { } actual && TargetJudging.Meets(indicator, target, actual);

    // Better, unchanged or worse than the current value; null when there is nothing to compare with.
    private Grade? Versus(Indicator indicator, Target? target, Observation observation)
    {
        var baseline = indicator.Baseline;
        if (indicator.Direction == Direction.Milestone)
        {
            var now = indicator.StageIndex(observation.Stage);
            var then = indicator.StageIndex(baseline?.Stage);
            return now < 0 || then < 0 ? null : now > then ? Improved : now == then ? Unchanged : Worsened;
        }

        if (baseline?.Value is not { } b || observation.Value is not { } a)
        {
            return null;
        }

        // Exact arithmetic first. Only values near the ends of decimal overflow it; they are compared at a
        // quarter of their size, where no difference can overflow, even after rounding.
        decimal? better;
        var scale = 1m;
        try
        {
            better = Better(indicator, target, a, b, scale);
        }
        catch (OverflowException)
        {
            scale = 0.25m;
            better = Better(indicator, target, a, b, scale);
        }

        if (better is not { } d)
        {
            return null;
        }

        decimal tolerance;
        try
        {
            tolerance = Options.UnchangedTolerance * Math.Abs(b * scale);
        }
        catch (OverflowException)
        {
            // A band wider than the largest decimal holds every difference.
            return Unchanged;
        }

        return Math.Abs(d) <= tolerance ? Unchanged : d > 0m ? Improved : Worsened;
    }

    // How much better the actual is than the current value, both multiplied by scale (1 or 0.25); null
    // when the indicator has no direction to compare in.
    private static decimal? Better(Indicator indicator, Target? target, decimal a, decimal b, decimal scale)
    {
        a *= scale;
        b *= scale;
        if (target is not null && (indicator.Direction == Direction.Maintain || TargetJudging.IsRange(target)))
        {
            // Closer to the target (or the range) than the current value was is better.
            return Distance(target, b, scale) - Distance(target, a, scale);
        }

        var direction = target is null ? indicator.Direction : TargetJudging.DirectionOf(indicator, target);
        return direction switch
        {
            Direction.HigherIsBetter => a - b,
            Direction.LowerIsBetter => b - a,
            _ => null,
        };
    }

    private static decimal Distance(Target target, decimal value, decimal scale)
    {
        if (TargetJudging.IsRange(target))
        {
            var min = target.Min!.Value * scale;
            var max = target.Max!.Value * scale;
            return value < min ? min - value : value > max ? value - max : 0m;
        }

        return target.Value is { } t ? Math.Abs(value - (t * scale)) : 0m;
    }

    private static GradeResult NotGradable(Indicator indicator, FiscalYear year, GradingRule rule, NotGradableReason reason, in GradeNumbers numbers)
        => new(indicator.Id, year, Grading.Grade.NotGradable, rule, reason, numbers);
}
