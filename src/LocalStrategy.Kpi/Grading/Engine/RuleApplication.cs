using System.Globalization;
using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// Applying one rule to an indicator whose facts are resolved: the short path for the common case,
/// the full path (not-gradable outcomes in the version's order, then the first band that holds), and
/// the checks both need.
/// </summary>
internal static class RuleApplication
{
    // The common case on a short path: nothing is missing, the target is a value, the bands are a
    // threshold ladder. It gives what ApplyInFull gives, which skips the same steps in this case.
    internal static bool TryApply(CompiledRule rule, Indicator indicator, in GradingContext context, in RuleFacts.Facts facts, out GradeResult result)
    {
        var target = facts.Target;
        if (rule.Ladder is not { } ladder || rule.UsesPrevious || IsStage(indicator, target))
        {
            return ApplyInFull(rule, indicator, context, facts, out result);
        }

        // Stryker disable once Boolean : sending an indicator to the full path costs only time; ApplyInFull gives what this path gives
        if (!NothingMissing(rule, facts, isStage: false))
        {
            return ApplyInFull(rule, indicator, context, facts, out result);
        }

        Rate rate;
        Measured measured;
        // Stryker disable once Logical,Equality : the other branch measures the same rate through RuleMeasures.Measure; this one only skips the switch
        if (rule.Measure == RuleMeasure.AchievementRate && target is not null && facts.Observation!.Value is { } actual)
        {
            rate = TargetJudging.Achievement(indicator, target, actual, facts.PathValue);
            measured = Measured.Of(rate);
        }
        else
        {
            rate = default;
            measured = RuleMeasures.Measure(rule.Measure, indicator, facts, false, null, ref rate);
        }

        if (!measured.IsDefined)
        {
            return ApplyInFull(rule, indicator, context, facts, out result);
        }

        var band = ladder.BandOf(measured);
        if (band.Grade is null)
        {
            result = default;
            return false;
        }

        var baseline = BaselineCarried(rule, indicator, facts);
        result = new GradeResult(indicator.Id, context.Year, band.Grade, rule.Rule, NotGradableReason.None, new GradeNumbers(facts.Observation, target, baseline, null, false, rule.UsesRate ? rate : default, facts.PathValue));
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool ApplyInFull(CompiledRule rule, Indicator indicator, in GradingContext context, in RuleFacts.Facts facts, out GradeResult result)
    {
        var year = context.Year;
        var observation = facts.Observation;
        var target = facts.Target;
        var baseline = BaselineCarried(rule, indicator, facts);
        var isStage = IsStage(indicator, target);
        var firstYear = year <= context.PlanPeriod.First;
        var previous = rule.UsesPrevious && !firstYear ? indicator.ObservationFor(year.Previous) : null;
        var previousIsBaseline = rule.UsesPrevious && firstYear;

        // Stryker disable once Conditional : NothingMissing is true only when no reason can hold, so checking them all finds none
        foreach (var outcome in NothingMissing(rule, facts, isStage) ? Array.Empty<CompiledOutcome>() : rule.Outcomes)
        {
            if (!Holds(outcome.Reason, rule, indicator, facts, isStage, firstYear, previous))
            {
                continue;
            }

            // Without an actual there is nothing to judge: no point on a path is worked out for it.
            var missingActual = outcome.Reason is NotGradableReason.NoActual or NotGradableReason.NotPublished or NotGradableReason.Suspended;
            var known = missingActual
                ? new GradeNumbers(null, target, rule.UsesBaseline ? indicator.Baseline : null, previous, previousIsBaseline, default)
                : new GradeNumbers(observation, target, baseline, previous, previousIsBaseline, default, facts.PathValue);
            result = new GradeResult(indicator.Id, year, outcome.Grade, outcome.Rule ?? rule.Rule, outcome.Reason, known);
            return true;
        }

        var rate = default(Rate);
        if (isStage && rule.Measure != RuleMeasure.ChangeFromBaseline && rule.Measure != RuleMeasure.ChangeFromPrevious && rule.Measure != RuleMeasure.TargetMet)
        {
            // Stryker disable once Conditional : a stage rule without a target has reported NoTarget above (every rule that needs a target has that outcome)
            var reached = target is null ? null : TargetJudging.StageReached(indicator, observation, target);
            var stageGrade = reached switch
            {
                true => rule.StageReached,
                false => rule.StageNotReached,
                _ => null,
            };
            var stageNumbers = new GradeNumbers(observation, target, baseline, previous, previousIsBaseline, default, facts.PathValue);
            result = stageGrade is null
                ? new GradeResult(indicator.Id, year, Grade.NotGradable, rule.Rule, NotGradableReason.NotApplicable, stageNumbers)
                : new GradeResult(indicator.Id, year, stageGrade, rule.Rule, NotGradableReason.None, stageNumbers);
            return true;
        }

        var measured = RuleMeasures.Measure(rule.Measure, indicator, facts, previousIsBaseline, previous, ref rate);
        // Stryker disable once Conditional : only the measures that use a rate set one, so the rate is the default otherwise
        var numbers = new GradeNumbers(observation, target, baseline, previous, previousIsBaseline, rule.UsesRate ? rate : default, facts.PathValue);
        if (!measured.IsDefined)
        {
            result = new GradeResult(indicator.Id, year, Grade.NotGradable, rule.Rule, NotGradableReason.NotApplicable, numbers);
            return true;
        }

        if (rule.Ladder is { } ladder)
        {
            var rung = ladder.BandOf(measured);
            if (rung.Grade is null)
            {
                result = default;
                return false;
            }

            result = new GradeResult(indicator.Id, year, rung.Grade, rule.Rule, NotGradableReason.None, numbers);
            return true;
        }

        // Stryker disable once Conditional : a band measured in the baseline makes the rule use it, so without that no band reads the value
        var baselineValue = rule.UsesBaseline ? indicator.Baseline?.Value : null;
        var targetValue = facts.PathValue ?? target?.Value;
        foreach (var band in rule.Bands)
        {
            if (!band.Condition.Holds(measured, baselineValue, targetValue) || !AndHolds(band, indicator, facts, previousIsBaseline, previous, baselineValue, targetValue))
            {
                continue;
            }

            if (band.Grade is null)
            {
                result = default;
                return false;
            }

            result = new GradeResult(indicator.Id, year, band.Grade, rule.Rule, NotGradableReason.None, numbers);
            return true;
        }

        result = new GradeResult(indicator.Id, year, Grade.NotGradable, rule.Rule, NotGradableReason.NotApplicable, numbers);
        return true;
    }

    // Whether the actual to judge is a stage: the target's, else a milestone indicator's.
    internal static bool IsStage(Indicator indicator, Target? target)
        => target is not null ? TargetJudging.IsStage(indicator, target) : indicator.Direction == Direction.Milestone;

    // The baseline a result carries: when the rule uses it, or a straight line starts from it.
    internal static Baseline? BaselineCarried(CompiledRule rule, Indicator indicator, in RuleFacts.Facts facts)
        => rule.UsesBaseline || (facts.HasPath && rule.Target == TargetSource.StraightLine) ? indicator.Baseline : null;

    // True when no not-gradable reason can hold: one pass over what the common case has (a final
    // actual, the target, a non-zero value to judge against), so the reasons are checked one by one,
    // in the version's order, only when something is missing. False only means "check them".
    internal static bool NothingMissing(CompiledRule rule, in RuleFacts.Facts facts, bool isStage)
    {
        var observation = facts.Observation;
        if (observation is null || facts.PathFailed || rule.NeedsBaseline || rule.UsesPrevious)
        {
            return false;
        }

        // Stryker disable once Logical : "Final and Preliminary" matches no status, so the mutant answers false (check them) for every observation
        if (observation.Status is not (ObservationStatus.Final or ObservationStatus.Preliminary))
        {
            return false;
        }

        // Stryker disable once Conditional : a valid document gives a milestone's observations stages and other indicators' values, never the other way round, so the mutants only answer false more often
        if (isStage ? observation.Stage is null : observation.Value is null)
        {
            return false;
        }

        if (facts.Target is not { } target)
        {
            return !rule.TargetRequired;
        }

        // Stryker disable once Logical : answering false more often only sends more indicators through the full check
        return rule.Measure != RuleMeasure.AchievementRate || isStage || (facts.PathValue ?? target.Value) != 0m || TargetJudging.IsRange(target);
    }

    internal static bool AndHolds(CompiledBand band, Indicator indicator, in RuleFacts.Facts facts, bool previousIsBaseline, Observation? previous, decimal? baselineValue, decimal? targetValue)
    {
        foreach (var condition in band.And)
        {
            var ignored = default(Rate);
            var value = RuleMeasures.Measure(condition.Measure, indicator, facts, previousIsBaseline, previous, ref ignored);
            if (!condition.Holds(value, baselineValue, targetValue))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool Holds(NotGradableReason reason, CompiledRule rule, Indicator indicator, in RuleFacts.Facts facts, bool isStage, bool firstYear, Observation? previous)
    {
        var observation = facts.Observation;
        switch (reason)
        {
            case NotGradableReason.NotPublished:
                return observation is not null && observation.Status == ObservationStatus.NotPublished;
            case NotGradableReason.Suspended:
                return observation is not null && observation.Status == ObservationStatus.Suspended;
            case NotGradableReason.NoActual:
                return observation is null
                    || (observation.Status is not (ObservationStatus.NotPublished or ObservationStatus.Suspended)
                        && (isStage ? observation.Stage is null : observation.Value is null));
            case NotGradableReason.NoTarget:
                return rule.TargetRequired && facts.Target is null;
            case NotGradableReason.TargetZero:
                return rule.Measure == RuleMeasure.AchievementRate
                    && facts.Target is { } target
                    && !TargetJudging.IsRange(target)
                    && !isStage
                    && !facts.PathFailed
                    && (facts.PathValue ?? target.Value) == 0m;
            case NotGradableReason.NoBaseline:
                if (facts.PathFailed)
                {
                    return true;
                }

                if (!rule.NeedsBaseline && !(rule.UsesPrevious && firstYear))
                {
                    return false;
                }

                var baseline = indicator.Baseline;
                return indicator.Direction == Direction.Milestone ? baseline?.Stage is null : baseline?.Value is null;
            case NotGradableReason.NoPreviousActual:
                if (!rule.UsesPrevious || firstYear)
                {
                    return false;
                }

                return indicator.Direction == Direction.Milestone ? previous?.Stage is null : previous?.Value is null;
            default:
                return false;
        }
    }
}
