using BenchmarkDotNet.Attributes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>
/// Grading N indicators for one year with the Azumino policy, against a hand-written inline decimal
/// loop over the same numbers (the baseline): read Ratio and Alloc Ratio, not absolute times.
/// </summary>
[MemoryDiagnoser]
public class AzuminoGradingBenchmarks
{
    private Indicator[] indicators = Array.Empty<Indicator>();
    private decimal[] actuals = Array.Empty<decimal>();
    private decimal[] targets = Array.Empty<decimal>();
    private GradingContext context;
    private IGradingPolicy policy = GradingPolicies.Azumino;
    private IGradingPolicy declared = GradingPolicies.Azumino;

    /// <summary>Gets or sets the number of indicators graded per operation.</summary>
    [Params(10_000)]
    public int N { get; set; }

    /// <summary>Builds the indicators (one target and one actual each, for FY2020).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20201);
        indicators = new Indicator[N];
        actuals = new decimal[N];
        targets = new decimal[N];
        for (var i = 0; i < N; i++)
        {
            indicators[i] = Generated.Kpi(random, "k" + i, 1);
            actuals[i] = indicators[i].Observations[0].Value!.Value;
            targets[i] = indicators[i].Targets[0].Value!.Value;
        }

        context = new GradingContext(new FiscalYear(2020), Generated.Plan);
        policy = GradingPolicies.Azumino;

        // A city's own document, read from JSON: the Azumino document under another name.
        var json = Serialization.PolicyJson.Write(BuiltInPolicies.Definition("azumino") with { Name = "my-city" });
        declared = GradingPolicies.Create(Serialization.PolicyJson.Read(json).GetValueOrThrow());
    }

    /// <summary>
    /// The baseline: what a developer would write inline for the same job — find the year's target
    /// and the year's latest actual on each indicator, divide, and band A–D.
    /// </summary>
    /// <returns>A checksum of the grades, so the work is not optimised away.</returns>
    [Benchmark(Baseline = true)]
    public int InlineDecimalLoop()
    {
        var sum = 0;
        var year = context.Year;
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            decimal? target = null;
            foreach (var t in indicator.Targets)
            {
                if (t.Year == year)
                {
                    target = t.Value;
                    break;
                }
            }

            decimal? actual = null;
            var observations = indicator.Observations.AsSpan();
            for (var k = observations.Length - 1; k >= 0; k--)
            {
                if (observations[k].Year == year)
                {
                    actual = observations[k].Value;
                    break;
                }
            }

            if (target is not { } t0 || actual is not { } a0 || t0 == 0m)
            {
                sum += 5;
                continue;
            }

            var rate = a0 / t0;
            sum += rate >= 1.00m ? 1 : rate >= 0.80m ? 2 : rate >= 0.60m ? 3 : 4;
        }

        return sum;
    }

    /// <summary>
    /// For reference, not a baseline: the same arithmetic on packed arrays of decimals, with no
    /// model at all. The gap to <see cref="InlineDecimalLoop"/> is the cost of reaching the data.
    /// </summary>
    /// <returns>A checksum of the grades.</returns>
    [Benchmark]
    public int PackedArraysOnly()
    {
        var sum = 0;
        for (var i = 0; i < actuals.Length; i++)
        {
            var target = targets[i];
            if (target == 0m)
            {
                sum += 5;
                continue;
            }

            var rate = actuals[i] / target;
            sum += rate >= 1.00m ? 1 : rate >= 0.80m ? 2 : rate >= 0.60m ? 3 : 4;
        }

        return sum;
    }

    /// <summary>The policy: finds the year's target and actual on each indicator, grades, and records the numbers.</summary>
    /// <returns>A checksum of the grades.</returns>
    [Benchmark]
    public int AzuminoPolicy()
    {
        var sum = 0;
        for (var i = 0; i < indicators.Length; i++)
        {
            var result = policy.Evaluate(indicators[i], context);
            sum += result.Grade.Code.Length;
        }

        return sum;
    }

    /// <summary>The same grading by a policy read from a JSON document, as a city's own would be.</summary>
    /// <returns>A checksum of the grades.</returns>
    [Benchmark]
    public int PolicyReadFromJson()
    {
        var sum = 0;
        for (var i = 0; i < indicators.Length; i++)
        {
            var result = declared.Evaluate(indicators[i], context);
            sum += result.Grade.Code.Length;
        }

        return sum;
    }
}
