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
    public void The_generator_makes_predecessors_lineage_alignments_and_varied_population_visions()
    {
        var samples = ValidStrategies.Strategy.Sample(200);
        var goals = samples.SelectMany(s => s.Goals).ToList();
        var measures = goals.SelectMany(g => g.Measures).SelectMany(m => m.SubMeasures.Prepend(m)).ToList();
        var visions = samples.Select(s => s.Population).OfType<PopulationVision>().ToList();
        var components = visions.SelectMany(v => v.ComponentTargets).ToList();

        Assert.All(samples, s => Assert.Empty(StrategyJson.Validate(s)));
        Assert.Contains(samples, s => s.Predecessor is { PlanPeriod: not null, Generation: not null, Id: not null });
        Assert.Contains(samples, s => s.Predecessor is { PlanPeriod: null });
        Assert.Contains(samples, s => s.Predecessor is null);
        Assert.Contains(goals, g => g.Lineage?.Relation == LineageRelation.CarriedOver);
        Assert.Contains(goals, g => g.Lineage?.Relation == LineageRelation.Changed && g.Lineage.Note is not null);
        Assert.Contains(goals, g => g.Alignments.Count == 2);
        Assert.Contains(measures, m => m.Alignments.Any(a => a.Note is not null));
        Assert.Contains(measures, m => m.SubMeasures.Count == 0 && m.Alignments.Count > 0 && measures.Any(p => p.SubMeasures.Contains(m)));
        Assert.True(visions.Count > 50, $"Only {visions.Count} visions in 200 strategies.");
        Assert.Contains(samples, s => s.Population is null);
        Assert.Contains(visions, v => v.Targets.Count >= 3 && v.Targets.Select(t => t.Period.Kind).Distinct().Count() >= 3);
        Assert.Contains(visions, v => v.Targets.Any(t => t.Versions.Count == 3 && t.Versions.Any(x => x.Value is null) && t.Versions.Any(x => x.Value is not null)));
        Assert.Contains(visions, v => v.Targets.Any(t => t.Current is { Min: { } min, Max: { } max } && min < max && t.Current.Date is not null));
        Assert.Contains(visions, v => v.FertilityPath.Count >= 2 && v.FertilityPath.Any(p => p.IsActual));
        Assert.Contains(visions, v => v.SocialChangePath.Any(p => p.Value < 0));
        Assert.Contains(visions, v => v.Actuals.Count >= 2 && v.Actuals.Any(a => a.Source is not null));
        Assert.Contains(visions, v => v.ComponentTargets.Count(c => c.Component == PopulationComponent.NaturalChange) >= 2
            && v.ComponentTargets.Count(c => c.Component == PopulationComponent.SocialChange) >= 2);
        Assert.Contains(components, c => c.PerYear < 0);
        Assert.Contains(components, c => c.Years.Length == 1);

        // Ranges of one component that meet end to end, and ranges of the two components that overlap.
        Assert.Contains(visions, v => v.ComponentTargets.Any(a => v.ComponentTargets.Any(b => a.Component == b.Component && b.Years.First.Year == a.Years.Last.Year + 1)));
        Assert.Contains(visions, v => v.ComponentTargets.Any(a => v.ComponentTargets.Any(b => a.Component != b.Component && a.Years.Contains(b.Years.First))));

        // Every list a document must order is strictly increasing.
        Assert.All(visions, v =>
        {
            foreach (var periods in new[] { v.Targets.Select(t => t.Period), v.FertilityPath.Select(p => p.Period), v.SocialChangePath.Select(p => p.Period), v.Actuals.Select(a => a.AsOf) })
            {
                var list = periods.ToList();
                Assert.All(list.Zip(list.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} then {pair.Second}"));
            }
        });
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
            Assert.Equal(strategy, result.Value);
            Assert.Equal(json, StrategyJson.Write(result.Value));
        }));

    [Fact]
    public void Writing_to_a_stream_gives_the_bytes_of_the_text_and_reads_back_equal()
        => Check.One(Cases, Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), strategy =>
        {
            using var stream = new MemoryStream();
            StrategyJson.Write(strategy, stream);

            Assert.Equal(new System.Text.UTF8Encoding(false).GetBytes(StrategyJson.Write(strategy)), stream.ToArray());
            Assert.Equal(strategy, StrategyJson.ReadStream(new MemoryStream(stream.ToArray(), false)).GetValueOrThrow());
        }));

    [Fact]
    public void Writing_then_reading_keeps_the_scale_of_every_decimal()
        => Check.One(Cases, Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), strategy =>
        {
            var back = StrategyJson.Read(StrategyJson.Write(strategy)).GetValueOrThrow();

            static string[] Texts(Strategy s)
                => s.AllIndicators().SelectMany(p => Decimals(p.Indicator))
                    .Concat(s.Population is null ? Enumerable.Empty<decimal>() : Decimals(s.Population))
                    .Select(d => d.ToString(CultureInfo.InvariantCulture))
                    .ToArray();

            Assert.Equal(Texts(strategy), Texts(back));
        }));

    private static IEnumerable<decimal> Decimals(PopulationVision vision)
        => vision.Targets.SelectMany(t => t.Versions).SelectMany(v => new[] { v.Value, v.Min, v.Max }).OfType<decimal>()
            .Concat(vision.FertilityPath.Concat(vision.SocialChangePath).Select(p => p.Value))
            .Concat(vision.ComponentTargets.Select(c => c.PerYear))
            .Concat(vision.Actuals.Select(a => a.Value));

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
