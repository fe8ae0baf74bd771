using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>Deterministic generated data: indicators with a target and an actual for each year of a plan.</summary>
internal static class Generated
{
    internal static readonly FiscalYearRange Plan = new(new FiscalYear(2020), new FiscalYear(2029));

    /// <summary>Creates a higher-is-better KPI with positive targets and actuals for every year of <see cref="Plan"/>.</summary>
    internal static Indicator Kpi(Random random, string id, int years)
    {
        var targets = new Target[years];
        var observations = new Observation[years];
        for (var y = 0; y < years; y++)
        {
            var year = Plan.First.Plus(y);
            var target = random.Next(1, 100_000);
            var actual = random.Next(0, 130_000) / 100m * target / 1000m;
            targets[y] = new Target(year) { Value = target };
            observations[y] = new Observation(year) { Value = decimal.Round(actual, 2) };
        }

        return new Indicator(id, IndicatorKind.Kpi, "KPI " + id, new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Period = ReportingPeriod.OfFiscalYear(Plan.First.Previous), Value = random.Next(1, 100_000) },
            Targets = ValueList<Target>.From(targets),
            Observations = ValueList<Observation>.From(observations),
        };
    }

    /// <summary>Creates a strategy with <paramref name="goals"/> goals of <paramref name="measuresPerGoal"/> measures of <paramref name="kpisPerMeasure"/> KPIs.</summary>
    internal static Strategy Strategy(Random random, int index, int goals, int measuresPerGoal, int kpisPerMeasure, int years)
    {
        var goalList = new BasicGoal[goals];
        for (var g = 0; g < goals; g++)
        {
            var measures = new Measure[measuresPerGoal];
            for (var m = 0; m < measuresPerGoal; m++)
            {
                var kpis = new Indicator[kpisPerMeasure];
                for (var k = 0; k < kpisPerMeasure; k++)
                {
                    kpis[k] = Kpi(random, $"k{g}-{m}-{k}", years);
                }

                measures[m] = new Measure($"m{g}-{m}", $"{g + 1}-{m + 1}", "Measure") { Indicators = ValueList<Indicator>.From(kpis) };
            }

            goalList[g] = new BasicGoal($"g{g}", (g + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "Goal") { Measures = ValueList<Measure>.From(measures) };
        }

        return new Strategy($"s{index}", new Municipality("City " + index), "Strategy", Plan) { Goals = ValueList<BasicGoal>.From(goalList) };
    }
}
