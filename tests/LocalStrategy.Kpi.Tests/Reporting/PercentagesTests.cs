using LocalStrategy.Kpi.Reporting;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

public sealed class PercentagesTests
{
    [Fact]
    public void Azuminos_10_5_0_6_3_of_24_give_the_published_42_21_0_25_12()
    {
        // Exact shares 41.67, 20.83, 0, 25, 12.5: floors 41 + 20 + 0 + 25 + 12 = 98; the two units left go
        // to the largest remainders, .83 (B) and .67 (A). Rounding each alone would give 101.
        Assert.Equal(new[] { 42m, 21m, 0m, 25m, 12m }, Percentages.LargestRemainder(new[] { 10, 5, 0, 6, 3 }, 0));
    }

    [Fact]
    public void One_decimal_place_hands_out_tenths_by_the_same_rule()
    {
        // 2 and 1 of 3: 66.666… → 66.6 (remainder .0667), 33.333… → 33.3 (remainder .0333); 0.1 left goes to the first.
        Assert.Equal(new[] { 66.7m, 33.3m }, Percentages.LargestRemainder(new[] { 2, 1 }, 1));

        // 5, 7, 11 of 23: 21.739… → 21.7 (.039), 30.434… → 30.4 (.035), 47.826… → 47.8 (.026); 99.9, one tenth to the first.
        Assert.Equal(new[] { 21.8m, 30.4m, 47.8m }, Percentages.LargestRemainder(new[] { 5, 7, 11 }, 1));
    }

    [Fact]
    public void Equal_remainders_go_to_the_earlier_share()
    {
        // Thirds: 33 + 33 + 33 = 99; the one unit left goes to the first.
        Assert.Equal(new[] { 34m, 33m, 33m }, Percentages.LargestRemainder(new[] { 1, 1, 1 }, 0));
        Assert.Equal(new[] { 33.4m, 33.3m, 33.3m }, Percentages.LargestRemainder(new[] { 1, 1, 1 }, 1));
    }

    [Fact]
    public void A_total_of_0_gives_all_zeros()
    {
        Assert.Equal(new[] { 0m, 0m, 0m }, Percentages.LargestRemainder(new[] { 0, 0, 0 }, 0));
        Assert.Empty(Percentages.LargestRemainder(Array.Empty<int>(), 1));
    }

    [Fact]
    public void Exact_shares_are_left_alone()
    {
        Assert.Equal(new[] { 25m, 75m }, Percentages.LargestRemainder(new[] { 1, 3 }, 0));
        Assert.Equal(new[] { 100m, 0m }, Percentages.LargestRemainder(new[] { 7, 0 }, 1));
    }

    [Fact]
    public void Negative_counts_and_unsupported_precisions_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.LargestRemainder(new[] { 1, -1 }, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.LargestRemainder(new[] { 1 }, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.LargestRemainder(new[] { 1 }, -1));
    }
}
