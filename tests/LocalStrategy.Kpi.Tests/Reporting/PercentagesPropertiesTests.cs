using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Reporting;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

public sealed class PercentagesPropertiesTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    // Counts as tallies have them (mostly small, many zeros) and, now and then, huge ones.
    private static readonly Gen<int> Count = Gen.Frequency(
        (3, Gen.Choose(0, 30)),
        (2, Gen.Constant(0)),
        (1, Gen.Choose(0, int.MaxValue)));

    private static readonly Gen<int[]> Counts = Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Count, n));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Shares_of_a_non_zero_total_sum_to_exactly_100(int decimals)
    {
        Check.One(Quick, Prop.ForAll(Counts.Where(c => c.Any(x => x > 0)).ToArbitrary(), counts =>
            Percentages.LargestRemainder(counts, decimals).Sum() == 100m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Each_share_is_within_one_unit_of_the_exact_share_and_a_zero_count_gets_0(int decimals)
    {
        var unit = decimals switch { 0 => 1m, 1 => 0.1m, _ => 0.01m };
        Check.One(Quick, Prop.ForAll(Counts.Where(c => c.Any(x => x > 0)).ToArbitrary(), counts =>
        {
            var total = counts.Sum(c => (long)c);
            var shares = Percentages.LargestRemainder(counts, decimals);
            return shares.Length == counts.Length
                && shares.Select((s, i) => (Share: s, Exact: counts[i] * 100m / total)).All(p =>
                    Math.Abs(p.Share - p.Exact) < unit
                    && p.Share >= 0m
                    && decimal.Remainder(p.Share, unit) == 0m)
                && shares.Where((s, i) => counts[i] == 0).All(s => s == 0m);
        }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_larger_count_never_gets_a_smaller_share(int decimals)
    {
        Check.One(Quick, Prop.ForAll(Counts.Where(c => c.Any(x => x > 0)).ToArbitrary(), counts =>
        {
            var shares = Percentages.LargestRemainder(counts, decimals);
            return Enumerable.Range(0, counts.Length).All(i => Enumerable.Range(0, counts.Length).All(j =>
                counts[i] <= counts[j] || shares[i] >= shares[j]));
        }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void All_shares_are_0_when_every_count_is_0(int decimals)
    {
        Check.One(Quick, Prop.ForAll(Gen.Choose(0, 20).ToArbitrary(), n =>
            Percentages.LargestRemainder(new int[n], decimals).All(s => s == 0m)
            && Percentages.LargestRemainder(new int[n], decimals).Length == n));
    }
}
