using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;

namespace LocalStrategy.Kpi.Tests.Grading;

/// <summary>Small indicators built in code for the grading tests; the plan runs FY2020–FY2024.</summary>
internal static class Indicators
{
    internal static readonly FiscalYear Fy2020 = new(2020);
    internal static readonly FiscalYear Fy2021 = new(2021);
    internal static readonly FiscalYearRange Plan = new(Fy2020, new FiscalYear(2024));

    internal static Indicator New(Direction direction, GradingBasis basis, string id = "k1")
        => new(id, IndicatorKind.Kpi, "テスト指標", new Unit("人"), direction, ValueKind.Level, basis);

    /// <summary>A rule (1) indicator with one FY2020 target and, when given, one FY2020 actual.</summary>
    internal static Indicator WithTarget(Direction direction, decimal target, decimal? actual)
        => New(direction, GradingBasis.Target) with
        {
            Targets = ValueList<Target>.Of(new Target(Fy2020) { Value = target }),
            Observations = actual is null ? ValueList<Observation>.Empty : ValueList<Observation>.Of(new Observation(Fy2020) { Value = actual }),
        };

    /// <summary>A rule (2) indicator with a baseline and actuals for FY2020, FY2021 … in order.</summary>
    internal static Indicator Trend(Direction direction, decimal? baseline, params decimal[] actuals)
        => New(direction, GradingBasis.Trend) with
        {
            Baseline = baseline is null ? null : new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2019)) },
            Observations = ValueList<Observation>.From(actuals.Select((a, i) => new Observation(Fy2020.Plus(i)) { Value = a })),
        };

    internal static GradeResult Grade(Indicator indicator, FiscalYear year, AzuminoPolicy? policy = null)
        => (policy ?? AzuminoPolicy.Default).Evaluate(indicator, new GradingContext(year, Plan));

    internal static GradeResult Grade(Indicator indicator) => Grade(indicator, Fy2020);

    internal static decimal D(string text) => decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The order of the scale for monotonicity: A 4, B 3, C 2, D 1; anything else 0.</summary>
    internal static int Rank(Grade grade) => grade.Code switch
    {
        "A" => 4,
        "B" => 3,
        "C" => 2,
        "D" => 1,
        _ => 0,
    };
}
