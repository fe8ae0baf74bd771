using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// How an actual is judged against a target, shared by every policy: value targets in the
/// direction the comparison states (以上 is higher-is-better, 以下 lower-is-better), range targets,
/// and milestone stages.
/// </summary>
internal static class TargetJudging
{
    /// <summary>The direction a target is judged in.</summary>
    internal static Direction DirectionOf(Indicator indicator, Target target) => target.Comparison switch
    {
        TargetComparison.AtLeast => Direction.HigherIsBetter,
        TargetComparison.AtMost => Direction.LowerIsBetter,
        _ => indicator.Direction,
    };

    /// <summary>Whether the target is a stage of a milestone list.</summary>
    internal static bool IsStage(Indicator indicator, Target target)
        => indicator.Direction == Direction.Milestone || target.Stage is not null;

    /// <summary>Whether the target is a range.</summary>
    internal static bool IsRange(Target target)
        => target.Comparison == TargetComparison.Between && target.Min is not null && target.Max is not null;

    /// <summary>
    /// The achievement rate of <paramref name="actual"/> against <paramref name="target"/>, or against
    /// <paramref name="value"/> instead of the target's own value (a point on a path to it).
    /// </summary>
    internal static Rate Achievement(Indicator indicator, Target target, decimal actual, decimal? value = null)
    {
        if (IsRange(target))
        {
            return Rates.AchievementInRange(actual, target.Min!.Value, target.Max!.Value);
        }

        var against = value ?? target.Value;
        return against is { } v ? Rates.Achievement(DirectionOf(indicator, target), actual, v) : Rate.Undefined;
    }

    /// <summary>Whether <paramref name="actual"/> meets the target, exactly.</summary>
    internal static bool Meets(Indicator indicator, Target target, decimal actual)
    {
        if (IsRange(target))
        {
            return actual >= target.Min!.Value && actual <= target.Max!.Value;
        }

        return target.Value is { } v && Rates.Meets(DirectionOf(indicator, target), actual, v);
    }

    /// <summary>Whether the observation's stage is at or past the target's; <see langword="null"/> when either stage is unknown.</summary>
    internal static bool? StageReached(Indicator indicator, Observation? observation, Target target)
    {
        var reached = indicator.StageIndex(observation?.Stage);
        var wanted = indicator.StageIndex(target.Stage);
        return reached < 0 || wanted < 0 ? null : reached >= wanted;
    }

    /// <summary>
    /// The straight-line value for <paramref name="year"/>: b + (t − b) × (year − yb) / (yt − yb), with
    /// the baseline b at the fiscal year its period ends in and the target t at its year; false when
    /// there is no baseline value or period, the target's year is not after the baseline's, or the
    /// arithmetic overflows.
    /// </summary>
    internal static bool TryPathValue(Indicator indicator, Target target, Periods.FiscalYear year, out decimal value)
    {
        value = 0m;
        if (indicator.Baseline is not { Value: { } b, Period: { } period } || target.Value is not { } t)
        {
            return false;
        }

        // January to March 1900 belongs to FY1899, before the fiscal years the library holds.
        if (!FiscalYear.TryContaining(period.End, out var baselineYear))
        {
            return false;
        }

        var from = baselineYear.Year;
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

    /// <summary>The indicator's final target: the one for the latest fiscal year.</summary>
    internal static Target? Final(Indicator indicator)
    {
        Target? final = null;
        foreach (var target in indicator.Targets)
        {
            // Stryker disable once Equality : two targets for one year are refused when a document is read
            if (final is null || target.Year > final.Year)
            {
                final = target;
            }
        }

        return final;
    }
}
