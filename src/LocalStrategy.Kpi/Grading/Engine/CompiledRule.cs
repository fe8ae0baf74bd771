using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>A rule with its grades resolved and what it uses worked out once.</summary>
internal sealed class CompiledRule
{
    private readonly int firstPlanYear;
    private readonly int lastPlanYear;

    internal CompiledRule(PolicyRule source, CompiledBand[] bands, Grade? stageReached, Grade? stageNotReached)
    {
        Rule = source.Rule;
        Measure = source.Measure;
        Target = source.Target;
        TargetRequired = source.Target is not null && source.TargetRequired;
        Bands = bands;
        StageReached = stageReached;
        StageNotReached = stageNotReached;
        firstPlanYear = source.FirstPlanYear ?? int.MinValue;
        lastPlanYear = source.LastPlanYear ?? int.MaxValue;
        foreach (var basis in source.Bases)
        {
            basisMask |= 1 << (int)basis;
        }

        foreach (var direction in source.Directions)
        {
            directionMask |= 1 << (int)direction;
        }

        UsesPrevious = Uses(RuleMeasure.ChangeFromPrevious);
        NeedsBaseline = Uses(RuleMeasure.ChangeFromBaseline) || Uses(RuleMeasure.ProgressRate)
            || bands.Any(b => b.Condition.OfBaseline || b.And.Any(c => c.OfBaseline));
        UsesBaseline = UsesPrevious || NeedsBaseline;
        Ladder = ThresholdLadder.TryCreate(bands);
        UsesRate = Measure is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate or RuleMeasure.TargetMet;
        IsPlain = Ladder is not null && Measure == RuleMeasure.AchievementRate && Target == TargetSource.Year
            && !UsesPrevious && !NeedsBaseline && source.FirstPlanYear is null && source.LastPlanYear is null;
    }

    private readonly int basisMask;
    private readonly int directionMask;

    internal GradingRule Rule { get; }

    internal RuleMeasure Measure { get; }

    internal TargetSource? Target { get; }

    internal bool TargetRequired { get; }

    internal CompiledBand[] Bands { get; }

    internal Grade? StageReached { get; }

    internal Grade? StageNotReached { get; }

    /// <summary>
    /// Whether the rule or a band condition uses the baseline (its numbers then carry it); true too for a
    /// rule that can pass an indicator on to later rules that use it, so that results read alike.
    /// </summary>
    internal bool UsesBaseline { get; private set; }

    /// <summary>Whether a band passes the indicator on to the next rule.</summary>
    internal bool PassesOn => Bands.Any(b => b.Grade is null);

    /// <summary>Makes a rule that passes indicators on carry the baseline when a later rule uses it.</summary>
    internal static void ShareBaseline(CompiledRule[] rules)
    {
        for (var i = rules.Length - 2; i >= 0; i--)
        {
            if (rules[i].PassesOn && rules.Skip(i + 1).Any(r => r.UsesBaseline))
            {
                rules[i].UsesBaseline = true;
            }
        }
    }

    /// <summary>Whether the rule cannot grade without a baseline: a measure of it, or a tolerance measured in the baseline (besides the previous year's in the first year).</summary>
    internal bool NeedsBaseline { get; }

    /// <summary>Whether the rule or a band condition uses the previous year's actual.</summary>
    internal bool UsesPrevious { get; }

    /// <summary>Whether the rule's own measure is or comes with a rate (its numbers then carry it).</summary>
    internal bool UsesRate { get; }

    /// <summary>
    /// Whether the rule is the common kind that <see cref="PlainPath"/> grades: an achievement rate
    /// against the year's target, banded by a threshold ladder, in every plan year, with no baseline
    /// and no previous year.
    /// </summary>
    internal bool IsPlain { get; }

    /// <summary>Gets the bands as a ladder of thresholds when they are one, for the hot path; otherwise <see langword="null"/>.</summary>
    internal ThresholdLadder? Ladder { get; }

    /// <summary>Gets the version's not-gradable outcomes that can hold for this rule, in the version's order (set when the version is compiled).</summary>
    internal CompiledOutcome[] Outcomes { get; private set; } = Array.Empty<CompiledOutcome>();

    /// <summary>Keeps the outcomes whose reason can hold for this rule; the rest are never checked.</summary>
    internal void UseOutcomes(CompiledOutcome[] outcomes)
        => Outcomes = outcomes.Where(o => o.Reason switch
        {
            NotGradableReason.NoTarget => TargetRequired,
            NotGradableReason.TargetZero => Measure == RuleMeasure.AchievementRate && Target is not null,
            NotGradableReason.NoBaseline => NeedsBaseline || UsesPrevious || Target is TargetSource.StraightLine or TargetSource.ProRated,
            NotGradableReason.NoPreviousActual => UsesPrevious,
            _ => true,
        }).ToArray();

    internal bool MatchesBasis(Indicator indicator) => MatchesBasis(indicator.Basis);

    internal bool MatchesBasis(GradingBasis basis) => basisMask == 0 || (basisMask & (1 << (int)basis)) != 0;

    /// <summary>Whether the year graded lies in the plan years the rule applies in (year 1 is the plan's first).</summary>
    internal bool InPlanYears(in GradingContext context)
    {
        if (firstPlanYear == int.MinValue && lastPlanYear == int.MaxValue)
        {
            return true;
        }

        var n = context.Year.Year - context.PlanPeriod.First.Year + 1;
        return n >= firstPlanYear && n <= lastPlanYear;
    }

    internal bool Matches(Indicator indicator)
        => MatchesBasis(indicator) && (directionMask == 0 || (directionMask & (1 << (int)indicator.Direction)) != 0);

    private bool Uses(RuleMeasure measure)
        => Measure == measure || Bands.Any(b => b.Condition.Measure == measure || b.And.Any(c => c.Measure == measure));
}
