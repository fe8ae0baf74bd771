using System.Globalization;
using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>Target resolution: what a rule judges an indicator's actual against in a year (the year's target, the final one, the latest so far, the one dated as the statistic, a pro-rated one or a point on a straight line).</summary>
internal static class RuleFacts
{
    internal static Facts Resolve(CompiledRule rule, Indicator indicator, in GradingContext context, Observation? observation)
    {
        var year = context.Year;
        switch (rule.Target)
        {
            case null:
                return new Facts(observation, null);
            case TargetSource.Year:
                return new Facts(observation, indicator.TargetFor(year));
            case TargetSource.Final:
                return new Facts(observation, TargetJudging.Final(indicator));
            case TargetSource.YearOrFinal:
                return new Facts(observation, indicator.TargetFor(year) ?? TargetJudging.Final(indicator));
            case TargetSource.LatestUpToYear:
                return new Facts(observation, LatestUpTo(indicator, year));
            case TargetSource.ObservationPeriod:
                if (observation?.AsOf is not { } asOf)
                {
                    return new Facts(observation, indicator.TargetFor(year));
                }

                // A statistic dated January to March 1900 falls in FY1899, for which no target can exist.
                return new Facts(observation, FiscalYear.TryContaining(asOf.End, out var dated) ? indicator.TargetFor(dated) : null);
        }

        var final = TargetJudging.Final(indicator);
        if (final is null || final.Year < year)
        {
            return new Facts(observation, null);
        }

        if (TargetJudging.IsRange(final) || TargetJudging.IsStage(indicator, final))
        {
            return new Facts(observation, final);
        }

        if (rule.Target == TargetSource.StraightLine)
        {
            return TargetJudging.TryPathValue(indicator, final, year, out var value)
                ? new Facts(observation, final, value, false)
                : new Facts(observation, final, null, true);
        }

        // Pro-rated: year n of the N years from the plan's first year to the final target's year.
        var first = context.PlanPeriod.First;
        if (year < first || final.Value is not { } t)
        {
            return new Facts(observation, null);
        }

        var n = year.Year - first.Year + 1;
        var total = final.Year.Year - first.Year + 1;
        try
        {
            return new Facts(observation, final, t * n / total, false);
        }
        catch (OverflowException)
        {
            return new Facts(observation, final, null, true);
        }
    }

    private static Target? LatestUpTo(Indicator indicator, FiscalYear year)
    {
        Target? latest = null;
        foreach (var target in indicator.Targets)
        {
            // Stryker disable once Equality : two targets for one year are refused when a document is read
            if (target.Year <= year && (latest is null || target.Year > latest.Year))
            {
                latest = target;
            }
        }

        return latest;
    }

    /// <summary>What a rule found for an indicator: the year's observation, the target, the value judged against when not the target's own, and whether a path could not be drawn.</summary>
    internal readonly struct Facts
    {
        private readonly decimal pathValue;
        private readonly bool hasPath;

        internal Facts(Observation? observation, Target? target, decimal? pathValue, bool pathFailed)
        {
            Observation = observation;
            Target = target;
            this.pathValue = pathValue.GetValueOrDefault();
            hasPath = pathValue.HasValue;
            PathFailed = pathFailed;
        }

        internal Facts(Observation? observation, Target? target)
        {
            Observation = observation;
            Target = target;
            pathValue = 0m;
            hasPath = false;
            PathFailed = false;
        }

        internal Observation? Observation { get; }

        internal Target? Target { get; }

        internal decimal? PathValue => hasPath ? pathValue : null;

        internal bool HasPath => hasPath;

        internal bool PathFailed { get; }
    }
}
