using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// Ina's grading (伊那市, seed 003 and Ina's published results): 順調 when the actual reaches the
/// indicator value (rate ≥ 100 %), おおむね順調 when it reaches 80 % of it, 努力を要する below, and
/// 実績値なし when there is no actual. Rates are direction- and sign-aware
/// (<see cref="Rates.Achievement"/>), so lower-is-better and maintain targets grade right. A year
/// with a target of its own is judged against it; a year before the final target's year is judged
/// against the final value or a straight-line path to it (<see cref="InaOptions.InterimJudging"/>),
/// and the result's rule says which.
/// </summary>
/// <remarks>Instances are immutable and thread-safe. docs/policies/ina.md describes the policy.</remarks>
public sealed class InaPolicy : IGradingPolicy
{
    /// <summary>The name the policy is registered under.</summary>
    public const string PolicyName = "ina";

    private static readonly GradingRule RuleYear = new(
        "ina.year",
        "Against the year's own target: 順調 rate ≥ 100 %, おおむね順調 ≥ 80 %, 努力を要する below.",
        "当該年度の目標値に対して: 順調 100％以上、おおむね順調 80％以上、努力を要する 80％未満。");

    private static readonly GradingRule RuleFinal = new(
        "ina.final",
        "An interim year against the final indicator value: 順調 rate ≥ 100 %, おおむね順調 ≥ 80 %, 努力を要する below.",
        "中間年度を最終年度の指標値に対して: 順調 100％以上、おおむね順調 80％以上、努力を要する 80％未満。");

    private static readonly GradingRule RulePath = new(
        "ina.path",
        "An interim year against the straight line from the current value to the final indicator value: 順調 rate ≥ 100 %, おおむね順調 ≥ 80 %, 努力を要する below.",
        "中間年度を現状値から最終年度の指標値への直線上の値に対して: 順調 100％以上、おおむね順調 80％以上、努力を要する 80％未満。");

    private static readonly GradingRule RuleNoActual = new(
        "ina.noActual",
        "No actual for the year: 実績値なし.",
        "当該年度の実績値がない: 実績値なし。");

    private static readonly GradingRule RuleManual = new(
        "ina.manual",
        "Graded individually: the recorded grade and its reason.",
        "個別に評価: 記録された評価とその理由。");

    private static readonly decimal One = Rates.AtRateScale(1.00m);
    private static readonly decimal EightyPercent = Rates.AtRateScale(0.80m);

    private readonly Grade[] scale;

    private InaPolicy(InaOptions options)
    {
        Options = options;
        scale = new[] { OnTrack, MostlyOnTrack, NeedsEffort, NoActual, Grading.Grade.NotGradable };
        Bands = ValueList<RateBand>.Of(
            new RateBand(OnTrack, 1.00m, true),
            new RateBand(MostlyOnTrack, 0.80m, true),
            new RateBand(NeedsEffort, null, true));
    }

    /// <summary>Gets 順調 (on track): the actual reaches the indicator value.</summary>
    public static Grade OnTrack { get; } = new("OnTrack", "順調", "On track");

    /// <summary>Gets おおむね順調 (mostly on track): at least 80 % of the indicator value.</summary>
    public static Grade MostlyOnTrack { get; } = new("MostlyOnTrack", "おおむね順調", "Mostly on track");

    /// <summary>Gets 努力を要する (needs effort): below 80 % of the indicator value.</summary>
    public static Grade NeedsEffort { get; } = new("NeedsEffort", "努力を要する", "Needs effort");

    /// <summary>Gets 実績値なし (no actual), a category of Ina's reports.</summary>
    public static Grade NoActual { get; } = new("NoActual", "実績値なし", "No actual");

    /// <summary>Gets the policy with the default options (interim years against the final value).</summary>
    public static InaPolicy Default { get; } = new(InaOptions.Default);

    /// <summary>Gets the options.</summary>
    public InaOptions Options { get; }

    /// <summary>Gets the bands, top-down, each with its threshold and inclusivity.</summary>
    public ValueList<RateBand> Bands { get; }

    /// <inheritdoc/>
    public string Name => PolicyName;

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => scale;

    /// <summary>Creates a policy with other options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static InaPolicy Create(InaOptions options) => new(Preconditions.CheckNotNull(options, nameof(options)));

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

        if (indicator.Basis == GradingBasis.Trend)
        {
            return NotGradable(indicator, year, RuleYear, NotGradableReason.NotApplicable, default);
        }

        var final = TargetJudging.Final(indicator);
        var own = indicator.TargetFor(year);
        var target = own ?? final;
        var rule = own is not null || final is null || final.Year < year
            ? (own is not null ? RuleYear : RuleFinal)
            : Options.InterimJudging == InterimJudging.StraightLine ? RulePath : RuleFinal;

        var missing = PolicyScale.MissingActual(observation);
        if (missing != NotGradableReason.None)
        {
            return new GradeResult(indicator.Id, year, NoActual, RuleNoActual, missing, new GradeNumbers(null, target, null, null, false, default));
        }

        if (target is null)
        {
            return NotGradable(indicator, year, RuleYear, NotGradableReason.NoTarget, new GradeNumbers(observation, null, null, null, false, default));
        }

        if (TargetJudging.IsStage(indicator, target))
        {
            return TargetJudging.StageReached(indicator, observation, target) switch
            {
                true => new GradeResult(indicator.Id, year, OnTrack, rule, NotGradableReason.None, new GradeNumbers(observation, target, null, null, false, default)),
                false => new GradeResult(indicator.Id, year, NeedsEffort, rule, NotGradableReason.None, new GradeNumbers(observation, target, null, null, false, default)),
                _ => NotGradable(indicator, year, rule, NotGradableReason.NotApplicable, new GradeNumbers(observation, target, null, null, false, default)),
            };
        }

        if (observation!.Value is not { } actual)
        {
            return NotGradable(indicator, year, rule, NotGradableReason.NotApplicable, new GradeNumbers(observation, target, null, null, false, default));
        }

        decimal? pathValue = null;
        if (ReferenceEquals(rule, RulePath) && !TargetJudging.IsRange(target))
        {
            if (!TryPathValue(indicator, target, year, out var value))
            {
                return NotGradable(indicator, year, rule, NotGradableReason.NoBaseline, new GradeNumbers(observation, target, null, null, false, default));
            }

            pathValue = value;
        }

        var judged = pathValue ?? target.Value;
        if (judged == 0m && !TargetJudging.IsRange(target))
        {
            return NotGradable(indicator, year, rule, NotGradableReason.TargetZero, new GradeNumbers(observation, target, indicator.Baseline, null, false, default, pathValue));
        }

        var rate = TargetJudging.Achievement(indicator, target, actual, pathValue);
        var numbers = new GradeNumbers(observation, target, pathValue is null ? null : indicator.Baseline, null, false, rate, pathValue);
        if (!rate.IsDefined)
        {
            return NotGradable(indicator, year, rule, NotGradableReason.NotApplicable, numbers);
        }

        var grade = rate.Passes(One, true) ? OnTrack : rate.Passes(EightyPercent, true) ? MostlyOnTrack : NeedsEffort;
        return new GradeResult(indicator.Id, year, grade, rule, NotGradableReason.None, numbers);
    }

    /// <summary>
    /// The straight-line value for <paramref name="year"/>: b + (t − b) × (year − yb) / (yt − yb), with
    /// the baseline b at the fiscal year its period ends in and the target t at its year.
    /// </summary>
    internal static bool TryPathValue(Indicator indicator, Target target, FiscalYear year, out decimal value)
    {
        value = 0m;
        if (indicator.Baseline is not { Value: { } b, Period: { } period } || target.Value is not { } t)
        {
            return false;
        }

        var from = period.FiscalYear.Year;
        var to = target.Year.Year;
        if (to <= from)
        {
            return false;
        }

        try
        {
            value = b + ((t - b) * (year.Year - from) / (to - from));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static GradeResult NotGradable(Indicator indicator, FiscalYear year, GradingRule rule, NotGradableReason reason, in GradeNumbers numbers)
        => new(indicator.Id, year, Grading.Grade.NotGradable, rule, reason, numbers);
}
