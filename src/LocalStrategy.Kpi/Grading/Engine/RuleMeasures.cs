using System.Globalization;
using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>What a rule measures (a rate, a change, whether the target is met) and the exact arithmetic of distances beyond decimal.</summary>
internal static class RuleMeasures
{
    internal static Measured Measure(RuleMeasure measure, Indicator indicator, in RuleFacts.Facts facts, bool previousIsBaseline, Observation? previous, ref Rate rate)
    {
        var observation = facts.Observation;
        var target = facts.Target;
        switch (measure)
        {
            case RuleMeasure.AchievementRate:
                if (target is null || observation?.Value is not { } actual)
                {
                    return Measured.Undefined;
                }

                rate = TargetJudging.Achievement(indicator, target, actual, facts.PathValue);
                return Measured.Of(rate);

            case RuleMeasure.ProgressRate:
                if (target is null || observation?.Value is not { } a || indicator.Baseline?.Value is not { } b || (facts.PathValue ?? target.Value) is not { } t)
                {
                    return Measured.Undefined;
                }

                rate = Rates.Progress(TargetJudging.DirectionOf(indicator, target), a, b, t);
                return Measured.Of(rate);

            case RuleMeasure.TargetMet:
                if (target is null || observation is null)
                {
                    return Measured.Undefined;
                }

                if (TargetJudging.IsStage(indicator, target))
                {
                    return Measured.Finite(TargetJudging.StageReached(indicator, observation, target) == true ? 1m : 0m);
                }

                if (observation.Value is not { } value)
                {
                    return Measured.Undefined;
                }

                rate = TargetJudging.Achievement(indicator, target, value, facts.PathValue);
                var met = facts.PathValue is { } judged && !TargetJudging.IsRange(target)
                    ? Rates.Meets(TargetJudging.DirectionOf(indicator, target), value, judged)
                    : TargetJudging.Meets(indicator, target, value);
                return Measured.Finite(met ? 1m : 0m);

            case RuleMeasure.ChangeFromBaseline:
                return Change(indicator, target, observation, indicator.Baseline?.Value, indicator.Baseline?.Stage);

            case RuleMeasure.ChangeFromPrevious:
                return previousIsBaseline
                    ? Change(indicator, target, observation, indicator.Baseline?.Value, indicator.Baseline?.Stage)
                    : Change(indicator, target, observation, previous?.Value, previous?.Stage);

            case RuleMeasure.ChangeFromTarget:
                // Against the value judged (a path's point, the target's value, or inside a range: any of its points, here its minimum).
                if (target is null)
                {
                    return Measured.Undefined;
                }

                // Stryker disable once NullCoalescing,Linq : inside a range any point is 0 from it, so min and max give the same closeness; a value target has no min
                return Change(indicator, target, observation, facts.PathValue ?? target.Value ?? target.Min, target.Stage);

            default:
                return Measured.Undefined;
        }
    }

    // How much better the actual is than a reference (the baseline, the previous year), positive when
    // better: a − r for higher is better, r − a for lower is better, the gain in closeness to the target
    // for maintain and range targets, the gain in stages for a milestone. In decimal; a change too large
    // for decimal is worked out exactly instead (ExactDecimal), so no comparison with it is ever rounded.
    internal static Measured Change(Indicator indicator, Target? target, Observation? observation, decimal? referenceValue, string? referenceStage)
    {
        if (indicator.Direction == Direction.Milestone)
        {
            var now = indicator.StageIndex(observation?.Stage);
            var then = indicator.StageIndex(referenceStage);
            return now < 0 || then < 0 ? Measured.Undefined : Measured.Finite(now - then);
        }

        if (referenceValue is not { } r || observation?.Value is not { } a)
        {
            return Measured.Undefined;
        }

        var closeness = target is not null && (indicator.Direction == Direction.Maintain || TargetJudging.IsRange(target));
        var direction = target is null ? indicator.Direction : TargetJudging.DirectionOf(indicator, target);
        if (!closeness && direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter))
        {
            return Measured.Undefined;
        }

        if (closeness
            ? TryDistance(target!, r, out var dr) && TryDistance(target!, a, out var da) && DecimalScale.TrySubtract(dr, da, out var gain)
            : DecimalScale.TrySubtract(direction == Direction.HigherIsBetter ? a : r, direction == Direction.HigherIsBetter ? r : a, out gain))
        {
            return Measured.Finite(gain);
        }

        // The change rounds or overflows in decimal: work it out exactly.
        var ea = ExactDecimal.Scale(a);
        var er = ExactDecimal.Scale(r);
        var d = closeness ? ExactDistance(target!, er) - ExactDistance(target!, ea) : direction == Direction.HigherIsBetter ? ea - er : er - ea;
        return Measured.Exactly(new ExactDecimal(d));
    }

    // The distance of a value from a target: |v − t|, or how far outside [min, max] (0 inside); false
    // when it is not exact in decimal.
    internal static bool TryDistance(Target target, decimal value, out decimal distance)
    {
        if (TargetJudging.IsRange(target))
        {
            var min = target.Min!.Value;
            var max = target.Max!.Value;
            distance = 0m;
            // Stryker disable once Equality : at an end of the range the distance is 0 either way
            return value < min ? DecimalScale.TrySubtract(min, value, out distance) : value <= max || DecimalScale.TrySubtract(value, max, out distance);
        }

        if (target.Value is not { } t)
        {
            distance = 0m;
            return true;
        }

        var exact = DecimalScale.TrySubtract(value, t, out distance);
        distance = Math.Abs(distance);
        return exact;
    }

    internal static System.Numerics.BigInteger ExactDistance(Target target, System.Numerics.BigInteger value)
    {
        if (TargetJudging.IsRange(target))
        {
            var min = ExactDecimal.Scale(target.Min!.Value);
            var max = ExactDecimal.Scale(target.Max!.Value);
            return value < min ? min - value : value > max ? value - max : System.Numerics.BigInteger.Zero;
        }

        return target.Value is { } t ? System.Numerics.BigInteger.Abs(value - ExactDecimal.Scale(t)) : System.Numerics.BigInteger.Zero;
    }
}
