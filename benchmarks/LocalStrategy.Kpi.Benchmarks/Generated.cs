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

    /// <summary>
    /// A strategy document (UTF-8 JSON) of the spreadsheet peer's kind of rows: one goal, one measure, N KPIs,
    /// each higher-is-better (4 in 5) or lower-is-better with one FY2020 target and one actual.
    /// </summary>
    /// <param name="indicators">The number of KPIs.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="zeroTargetOneIn">One target in this many is 0 (測定不能 under Azumino); 0 for none.</param>
    internal static byte[] FlatDocument(int indicators, int seed, int zeroTargetOneIn = 0)
    {
        var random = new Random(seed);
        var json = new System.Text.StringBuilder();
        json.Append("{\"formatVersion\":1,\"id\":\"bench\",\"municipality\":{\"name\":\"比較用\"},\"title\":\"bench\",\"planPeriod\":{\"first\":\"FY2020\",\"last\":\"FY2024\"},\"gradingPolicy\":\"azumino\",");
        json.Append("\"goals\":[{\"id\":\"g1\",\"code\":\"1\",\"title\":\"比較\",\"measures\":[{\"id\":\"m1\",\"code\":\"1-1\",\"title\":\"比較\",\"indicators\":[");
        for (var i = 0; i < indicators; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append("{\"id\":\"k").Append(i).Append("\",\"kind\":\"kpi\",\"name\":\"KPI ").Append(i).Append("\",\"unit\":{\"label\":\"件\"},\"direction\":\"")
                .Append(random.Next(5) == 0 ? "lowerIsBetter" : "higherIsBetter").Append("\",\"valueKind\":\"level\",\"basis\":\"target\",")
                .Append("\"targets\":[{\"year\":\"FY2020\",\"value\":").Append(zeroTargetOneIn > 0 && random.Next(zeroTargetOneIn) == 0 ? 0 : random.Next(1, 100000)).Append("}],")
                .Append("\"observations\":[{\"year\":\"FY2020\",\"value\":").Append(random.Next(0, 150000)).Append("}]}");
        }

        json.Append("]}]}]}");
        return System.Text.Encoding.UTF8.GetBytes(json.ToString());
    }
}
