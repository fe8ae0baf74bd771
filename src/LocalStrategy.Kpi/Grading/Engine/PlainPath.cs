using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// The common case in one pass: a <see cref="CompiledRule.IsPlain"/> rule, an indicator with a final
/// or preliminary actual and a non-zero target value for the year (not a stage, not a range). Nothing
/// can be missing then, so no not-gradable outcome is checked: the rate is measured and banded.
/// Anything else is declined and graded by the general path, which gives the same result for the
/// indicators taken here (property-tested against it).
/// </summary>
internal static class PlainPath
{
    /// <summary>Grades the indicator by the rule when the case is the common one.</summary>
    /// <param name="rule">A plain rule that applies to the indicator.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="year">The year graded.</param>
    /// <param name="result">The result, when graded here.</param>
    /// <returns>False when the case is not the common one, or a band passes the indicator on.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryGrade(CompiledRule rule, Indicator indicator, FiscalYear year, out GradeResult result)
    {
        result = default;
        var observation = indicator.ObservationFor(year);
        if (observation is null || observation.Status is not (ObservationStatus.Final or ObservationStatus.Preliminary) || observation.Value is not { } actual)
        {
            return false;
        }

        var target = indicator.TargetFor(year);
        if (target is null || target.Stage is not null || target.Comparison == TargetComparison.Between || target.Value is not { } value || value == 0m)
        {
            return false;
        }

        var direction = TargetJudging.DirectionOf(indicator, target);
        if (direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter or Direction.Maintain) || indicator.Direction == Direction.Milestone)
        {
            return false;
        }

        var rate = Rates.Achievement(direction, actual, value);
        var band = rule.Ladder!.BandOf(Measured.Of(rate));
        if (band.Grade is null)
        {
            return false;
        }

        result = new GradeResult(indicator.Id, year, band.Grade, rule.Rule, NotGradableReason.None, new GradeNumbers(observation, target, rule.UsesBaseline ? indicator.Baseline : null, null, false, rate));
        return true;
    }
}
