using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// Azumino's grading (安曇野市, seed 000 §3). Rule (1), for a numeric target: rate = actual / target,
/// direction- and sign-aware (<see cref="Rates.Achievement"/>); A ≥ 100 %, B ≥ 80 %, C ≥ 60 %, D
/// below; 測定不能 for an unpublished statistic, suspended work or a target of 0. Rule (2), for
/// "increase" or "decrease": A better than the baseline and than the previous year's actual, B
/// better than the baseline only (impossible in the plan's first year, whose previous year is the
/// baseline), C equal to the baseline, D worse. Rule (3): the recorded manual grade.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. docs/policies/azumino.md describes the policy with worked examples.</remarks>
public sealed class AzuminoPolicy : IGradingPolicy
{
    /// <summary>The name the policy is registered under.</summary>
    public const string PolicyName = "azumino";

    private static readonly GradingRule RuleTarget = new(
        "azumino.1",
        "Rule (1): rate = actual / target (direction- and sign-aware); A ≥ 100 %, B ≥ 80 %, C ≥ 60 %, D below.",
        "基準(1) 実績値／目標値（方向と符号を考慮）: A 100％以上、B 80％以上、C 60％以上、D それ未満。");

    private static readonly GradingRule RuleTrend = new(
        "azumino.2",
        "Rule (2): increase or decrease only; A better than the baseline and the previous year, B better than the baseline only, C equal to the baseline, D worse.",
        "基準(2) 単に増加・減少: A 基準値より改善かつ前年より改善、B 基準値より改善かつ前年以下、C 基準値と同数値、D 基準値より悪化。");

    private static readonly GradingRule RuleManual = new(
        "azumino.3",
        "Rule (3): graded individually; the recorded grade and its reason.",
        "基準(3) 個別に評価: 記録された評価とその理由。");

    private static readonly GradingRule RuleUnmeasurable = new(
        "azumino.unmeasurable",
        "Unmeasurable: the statistic is not published, special circumstances stopped the work, or the year's target is 0.",
        "測定不能: 統計が公表されていない、特段の事情で事業が実施できなかった、または該当年度の目標値が０。");

    private readonly Grade[] scale;

    // The bands of rule (1) unpacked for the hot path: thresholds, inclusivity and grades, top-down.
    private readonly decimal[] thresholds;
    private readonly bool[] inclusive;
    private readonly Grade[] bandGrades;

    private AzuminoPolicy(AzuminoOptions options)
    {
        Options = options;
        scale = new[] { A, B, C, D, Unmeasurable, Grading.Grade.NotGradable };
        Bands = ValueList<RateBand>.Of(
            new RateBand(A, 1.00m, true),
            new RateBand(B, 0.80m, true),
            new RateBand(C, 0.60m, options.ExactlySixtyPercentIsC),
            new RateBand(D, null, true));
        thresholds = Bands.Take(Bands.Count - 1).Select(b => Rates.AtRateScale(b.Threshold!.Value)).ToArray();
        inclusive = Bands.Take(Bands.Count - 1).Select(b => b.Inclusive).ToArray();
        bandGrades = Bands.Select(b => b.Grade).ToArray();
    }

    /// <summary>Gets grade A (A評価).</summary>
    public static Grade A { get; } = new("A", "A評価", "A");

    /// <summary>Gets grade B (B評価).</summary>
    public static Grade B { get; } = new("B", "B評価", "B");

    /// <summary>Gets grade C (C評価).</summary>
    public static Grade C { get; } = new("C", "C評価", "C");

    /// <summary>Gets grade D (D評価).</summary>
    public static Grade D { get; } = new("D", "D評価", "D");

    /// <summary>Gets 測定不能 (unmeasurable), a category of the Azumino scale.</summary>
    public static Grade Unmeasurable { get; } = new("Unmeasurable", "測定不能", "Unmeasurable");

    /// <summary>Gets the policy as domain.md decides it (exactly 60 % is C).</summary>
    public static AzuminoPolicy Default { get; } = new(AzuminoOptions.Default);

    /// <summary>Gets the options.</summary>
    public AzuminoOptions Options { get; }

    /// <summary>Gets the bands of rule (1), top-down, each with its threshold and inclusivity.</summary>
    public ValueList<RateBand> Bands { get; }

    /// <inheritdoc/>
    public string Name => PolicyName;

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => scale;

    /// <summary>Creates a policy with other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static AzuminoPolicy Create(AzuminoOptions options) => new(Preconditions.CheckNotNull(options, nameof(options)));

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

        var rule = indicator.Basis == GradingBasis.Trend ? RuleTrend : RuleTarget;
        if (observation is not null && observation.Status == ObservationStatus.NotPublished)
        {
            return new GradeResult(indicator.Id, year, Unmeasurable, RuleUnmeasurable, NotGradableReason.NotPublished, default);
        }

        if (observation is not null && observation.Status == ObservationStatus.Suspended)
        {
            return new GradeResult(indicator.Id, year, Unmeasurable, RuleUnmeasurable, NotGradableReason.Suspended, default);
        }

        return indicator.Basis == GradingBasis.Trend
            ? Trend(indicator, context, observation)
            : AgainstTarget(indicator, year, observation, rule);
    }

    private static GradeResult NotGradable(Indicator indicator, Periods.FiscalYear year, GradingRule rule, NotGradableReason reason, GradeNumbers numbers = default)
        => new(indicator.Id, year, Grading.Grade.NotGradable, rule, reason, numbers);

    private GradeResult AgainstTarget(Indicator indicator, Periods.FiscalYear year, Observation? observation, GradingRule rule)
    {
        var target = indicator.TargetFor(year);
        if (target is null)
        {
            return NotGradable(indicator, year, rule, NotGradableReason.NoTarget, new GradeNumbers(observation, null, null, null, false, default));
        }

        if (TargetJudging.IsStage(indicator, target))
        {
            if (observation?.Stage is null)
            {
                return NotGradable(indicator, year, rule, NotGradableReason.NoActual);
            }

            return TargetJudging.StageReached(indicator, observation, target) == true
                ? new GradeResult(indicator.Id, year, A, rule, NotGradableReason.None, new GradeNumbers(observation, target, null, null, false, default))
                : NotGradable(indicator, year, rule, NotGradableReason.NotApplicable);
        }

        if (target.Value == 0m)
        {
            return new GradeResult(indicator.Id, year, Unmeasurable, RuleUnmeasurable, NotGradableReason.TargetZero, new GradeNumbers(observation, target, null, null, false, default));
        }

        if (observation?.Value is not { } actual)
        {
            return NotGradable(indicator, year, rule, NotGradableReason.NoActual, new GradeNumbers(null, target, null, null, false, default));
        }

        var rate = TargetJudging.Achievement(indicator, target, actual);
        var numbers = new GradeNumbers(observation, target, null, null, false, rate);
        if (!rate.IsDefined)
        {
            return NotGradable(indicator, year, rule, NotGradableReason.NotApplicable, numbers);
        }

        return new GradeResult(indicator.Id, year, Band(rate), rule, NotGradableReason.None, numbers);
    }

    private Grade Band(in Rate rate)
    {
        for (var i = 0; i < thresholds.Length; i++)
        {
            if (rate.Passes(thresholds[i], inclusive[i]))
            {
                return bandGrades[i];
            }
        }

        return bandGrades[thresholds.Length];
    }

    private static GradeResult Trend(Indicator indicator, in GradingContext context, Observation? observation)
    {
        var year = context.Year;
        if (indicator.Direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter))
        {
            return NotGradable(indicator, year, RuleTrend, NotGradableReason.NotApplicable);
        }

        if (indicator.Baseline?.Value is not { } baseline)
        {
            return NotGradable(indicator, year, RuleTrend, NotGradableReason.NoBaseline, new GradeNumbers(observation, null, null, null, false, default));
        }

        if (observation?.Value is not { } actual)
        {
            return NotGradable(indicator, year, RuleTrend, NotGradableReason.NoActual, new GradeNumbers(null, null, indicator.Baseline, null, false, default));
        }

        decimal previous;
        Observation? previousObservation = null;
        var previousIsBaseline = year <= context.PlanPeriod.First;
        if (previousIsBaseline)
        {
            previous = baseline;
        }
        else if ((previousObservation = indicator.ObservationFor(year.Previous))?.Value is { } p)
        {
            previous = p;
        }
        else
        {
            return NotGradable(indicator, year, RuleTrend, NotGradableReason.NoPreviousActual, new GradeNumbers(observation, null, indicator.Baseline, null, false, default));
        }

        // Compare in the "better" sense: for lower-is-better, negate.
        var sign = indicator.Direction == Direction.HigherIsBetter ? 1 : -1;
        var vsBaseline = sign * actual.CompareTo(baseline);
        var vsPrevious = sign * actual.CompareTo(previous);
        var grade = vsBaseline > 0 ? (vsPrevious > 0 ? A : B) : vsBaseline == 0 ? C : D;
        var numbers = new GradeNumbers(observation, null, indicator.Baseline, previousObservation, previousIsBaseline, default);
        return new GradeResult(indicator.Id, year, grade, RuleTrend, NotGradableReason.None, numbers);
    }
}
