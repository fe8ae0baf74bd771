using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

public sealed class StrategyJsonRoundTripTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(200);

    [Fact]
    public void The_generator_makes_valid_and_varied_strategies()
    {
        var samples = ValidStrategies.Strategy.Sample(200);
        var indicators = samples.SelectMany(s => s.AllIndicators()).Select(p => p.Indicator).ToList();
        var decimals = indicators.SelectMany(Decimals).ToList();

        Assert.Equal(200, samples.Length);
        Assert.All(samples, s => Assert.Empty(StrategyJson.Validate(s)));
        Assert.Contains(indicators, i => i.ValueKind == ValueKind.Percentage && i.Observations.Any(o => o.Value is not null));
        Assert.Contains(indicators, i => i.Direction == Direction.Milestone && i.Targets.Count > 0);
        Assert.Contains(indicators, i => i.Targets.Any(t => t.Comparison == TargetComparison.Between));
        Assert.Contains(decimals, d => d < 0);
        Assert.Contains(decimals, d => d.Scale >= 6);
        Assert.Contains(decimals, d => d.ToString(CultureInfo.InvariantCulture).EndsWith('0') && d.Scale > 0);
        Assert.Contains(samples, s => s.Projects.Any(p => p.MeasureCodes.Count > 0));
        Assert.Contains(samples, s => s.Goals.Any(g => g.ViewpointIds.Count > 0));
        Assert.Contains(samples, s => s.Goals.Any(g => g.Measures.Any(m => m.SubMeasures.Count > 0)));
        Assert.True(indicators.Count > 1000, $"Only {indicators.Count} indicators in 200 strategies.");
    }

    [Fact]
    public void Writing_then_reading_any_valid_strategy_gives_an_equal_strategy_and_the_same_text()
        => Check.One(Cases, Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), strategy =>
        {
            Assert.Empty(StrategyJson.Validate(strategy));

            var json = StrategyJson.Write(strategy);
            var result = StrategyJson.Read(json);

            Assert.Empty(result.Errors);
            Assert.True(result.IsValid);
            Assert.Equal(strategy, result.Strategy);
            Assert.Equal(json, StrategyJson.Write(result.Strategy));
        }));

    [Fact]
    public void Writing_then_reading_keeps_the_scale_of_every_decimal()
        => Check.One(Cases, Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), strategy =>
        {
            var back = StrategyJson.Parse(StrategyJson.Write(strategy));

            static string[] Texts(Strategy s)
                => s.AllIndicators().SelectMany(p => Decimals(p.Indicator)).Select(d => d.ToString(CultureInfo.InvariantCulture)).ToArray();

            Assert.Equal(Texts(strategy), Texts(back));
        }));

    private static IEnumerable<decimal> Decimals(Indicator indicator)
    {
        if (indicator.Baseline?.Value is { } b)
        {
            yield return b;
        }

        foreach (var t in indicator.Targets)
        {
            foreach (var d in new[] { t.Value, t.Min, t.Max })
            {
                if (d is { } v)
                {
                    yield return v;
                }
            }
        }

        foreach (var o in indicator.Observations)
        {
            if (o.Value is { } v)
            {
                yield return v;
            }
        }

        if (indicator.Unit.Scale != 1m)
        {
            yield return indicator.Unit.Scale;
        }
    }
}
