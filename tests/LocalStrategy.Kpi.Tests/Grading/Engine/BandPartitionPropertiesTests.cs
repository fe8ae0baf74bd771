using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// The band partition check against brute force: for generated bands on a change measure (thresholds,
/// between, and within bands with fixed or baseline-relative tolerances), every value and baseline
/// size on a dense grid that no band takes must make the check report a gap, and every band that comes
/// first for some grid point must not be reported unreachable.
/// </summary>
public sealed class BandPartitionPropertiesTests
{
    private static readonly decimal[] Values = Enumerable.Range(-40, 81).Select(i => i / 4m).ToArray();
    private static readonly decimal[] Baselines = [0m, 0.5m, 1m, 2m, 3m, 5m, 8m, 13m, 20m, -1m, -4m];

    private static Gen<BandCondition> Condition { get; } = Gen.OneOf(
        Gen.Choose(-8, 8).Select(v => BandCondition.AtLeast(v)),
        Gen.Choose(-8, 8).Select(v => BandCondition.Above(v)),
        Gen.Choose(-8, 8).Select(v => BandCondition.AtMost(v)),
        Gen.Choose(-8, 8).Select(v => BandCondition.Below(v)),
        Gen.Choose(-8, 8).Select(v => BandCondition.EqualTo(v)),
        from min in Gen.Choose(-8, 4)
        from width in Gen.Choose(0, 6)
        from lo in Gen.Elements(true, false)
        from hi in Gen.Elements(true, false)
        select new BandCondition(BandComparison.Between) { Min = min, Max = min + width, MinInclusive = lo, MaxInclusive = hi },
        from reference in Gen.Choose(-4, 4)
        from tolerance in Gen.Choose(0, 6)
        from relative in Gen.Elements(true, false)
        from inclusive in Gen.Elements(true, false)
        select new BandCondition(BandComparison.Within)
        {
            Reference = reference,
            Tolerance = relative ? tolerance / 4m : tolerance,
            ToleranceOf = relative ? ToleranceBasis.Baseline : ToleranceBasis.Measure,
            Inclusive = inclusive,
        });

    private static Arbitrary<BandCondition[]> Bands { get; } =
        Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Condition, n)).ToArbitrary();

    // On a rate the check has no exact probes between decimals, so its decimal probes are tested alone;
    // a rate takes no baseline-relative tolerance.
    [Theory]
    [InlineData(RuleMeasure.ChangeFromBaseline)]
    [InlineData(RuleMeasure.AchievementRate)]
    public void A_value_no_band_takes_on_the_grid_is_reported_as_a_gap(RuleMeasure measure)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Bands, generated =>
        {
            var bands = measure == RuleMeasure.AchievementRate ? generated.Select(b => b with { ToleranceOf = ToleranceBasis.Measure }).ToArray() : generated;
            var analysis = BandPartition.Analyse(measure, bands.Select(b => (b, false)).ToList());
            var compiled = bands.Select(b => new CompiledCondition(b, measure)).ToArray();
            (decimal Value, decimal Baseline)? uncovered = (from baseline in Baselines
                                                            from value in Values
                                                            where !compiled.Any(c => c.Holds(Measured.Finite(value), baseline, null))
                                                            select ((decimal, decimal)?)(value, baseline)).FirstOrDefault();
            if (uncovered is { } point)
            {
                Assert.True(analysis.Gap is not null, "uncovered at " + point + " but no gap reported for " + string.Join(" | ", bands.Select(b => b.ToString())));
            }

            // Every band that is the first to take some grid point is reachable.
            foreach (var baseline in Baselines)
            {
                foreach (var value in Values)
                {
                    var first = Array.FindIndex(compiled, c => c.Holds(Measured.Finite(value), baseline, null));
                    if (first >= 0)
                    {
                        Assert.DoesNotContain(first, analysis.Unreachable);
                    }
                }
            }
        }));

    [Fact]
    public void A_reported_gap_is_a_value_no_band_takes()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(400), Prop.ForAll(Bands, bands =>
        {
            var analysis = BandPartition.Analyse(RuleMeasure.ChangeFromBaseline, bands.Select(b => (b, false)).ToList());
            if (analysis.Gap is { } gap)
            {
                var compiled = bands.Select(b => new CompiledCondition(b, RuleMeasure.ChangeFromBaseline)).ToArray();
                Assert.DoesNotContain(compiled, c => c.Holds(gap, analysis.GapBaseline ?? 0m, null));
            }
        }));
}
