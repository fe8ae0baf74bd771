using BenchmarkDotNet.Attributes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>
/// The whole country: 1,741 municipalities × 100 KPIs × 10 fiscal years, generated, graded with the
/// Azumino policy and rolled up (an <see cref="EvaluationReport"/> per municipality and year, with
/// its tallies per goal, measure and overall). Single-threaded.
/// </summary>
[MemoryDiagnoser]
public class WholeCountryBenchmarks
{
    private const int Municipalities = 1_741;
    private Strategy[] strategies = Array.Empty<Strategy>();

    /// <summary>Generates the strategies: 5 goals × 4 measures × 5 KPIs = 100 KPIs, 10 years each.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1741);
        strategies = new Strategy[Municipalities];
        for (var i = 0; i < Municipalities; i++)
        {
            strategies[i] = Generated.Strategy(random, i, goals: 5, measuresPerGoal: 4, kpisPerMeasure: 5, years: 10);
        }
    }

    /// <summary>Grades and rolls up every municipality for every year.</summary>
    /// <returns>The number of KPIs graded A, so the work is not optimised away.</returns>
    [Benchmark]
    public int GradeAndRollUp()
    {
        var a = 0;
        var policy = GradingPolicies.Azumino;
        foreach (var strategy in strategies)
        {
            for (var y = 0; y < 10; y++)
            {
                var report = EvaluationReport.Create(strategy, Generated.Plan.First.Plus(y), policy);
                a += report.Kpis.CountOf("A");
            }
        }

        return a;
    }
}
