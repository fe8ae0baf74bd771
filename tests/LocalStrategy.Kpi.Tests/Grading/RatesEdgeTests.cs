using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading;

/// <summary>Edges of the rates that mutation testing showed no other test pinned.</summary>
public sealed class RatesEdgeTests
{
    [Fact]
    public void A_range_of_one_value_is_met_by_that_value_only()
    {
        Assert.Equal(Rate.Of(1m), Rates.AchievementInRange(5m, 5m, 5m));
        Assert.Equal(Rate.Of(0.8m), Rates.AchievementInRange(4m, 5m, 5m));
    }

    [Fact]
    public void A_range_that_ends_at_zero_is_met_at_zero()
    {
        // The upper end 0 cannot be a lower-is-better target (a rate against 0 is undefined): 0 is inside.
        Assert.Equal(Rate.Of(1m), Rates.AchievementInRange(0m, -5m, 0m));
        Assert.Equal(Rate.Of(1m), Rates.AchievementInRange(-5m, -5m, 0m));
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter, "1.5", true)]   // (max − 1) / 0.5 passes decimal: far above the baseline, +∞
    [InlineData(Direction.HigherIsBetter, "1.5", false)]  // min − 1 passes decimal: far below, −∞
    [InlineData(Direction.LowerIsBetter, "0.5", false)]   // far below a lower-is-better baseline: +∞
    [InlineData(Direction.LowerIsBetter, "0.5", true)]    // far above: −∞
    public void A_progress_rate_beyond_decimal_is_infinite_by_the_side_the_actual_is_on(Direction direction, string target, bool actualIsMax)
    {
        var actual = actualIsMax ? decimal.MaxValue : decimal.MinValue;

        var rate = Rates.Progress(direction, actual, 1m, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture));

        var better = direction == Direction.HigherIsBetter ? actualIsMax : !actualIsMax;
        Assert.Equal(better ? Rate.PositiveInfinity : Rate.NegativeInfinity, rate);
    }

    // A span or a progress beyond decimal does not make the rate infinite; only a quotient beyond it does.
    [Theory]
    [InlineData(Direction.HigherIsBetter, "0", "-70000000000000000000000000000", "70000000000000000000000000000", "0.5")]
    [InlineData(Direction.HigherIsBetter, "-70000000000000000000000000000", "-70000000000000000000000000000", "70000000000000000000000000000", "0")]
    [InlineData(Direction.HigherIsBetter, "70000000000000000000000000000", "-70000000000000000000000000000", "70000000000000000000000000000", "1")]
    [InlineData(Direction.HigherIsBetter, "79000000000000000000000000000", "-79000000000000000000000000000", "-78000000000000000000000000000", "158")]
    [InlineData(Direction.LowerIsBetter, "-60000000000000000000000000000", "70000000000000000000000000000", "-70000000000000000000000000000", "0.9285714285714285714285714285")]
    [InlineData(Direction.HigherIsBetter, "-79000000000000000000000000000", "79228162514264337593543950334", "79228162514264337593543950335", "-inf")]
    [InlineData(Direction.HigherIsBetter, "79000000000000000000000000000", "-79000000000000000000000000000", "-78999999999999999999999999999", "+inf")]
    public void A_progress_rate_is_exact_where_the_differences_pass_decimal(Direction direction, string actual, string baseline, string target, string expected)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        var rate = Rates.Progress(direction, D(actual), D(baseline), D(target));

        var want = expected switch
        {
            "+inf" => Rate.PositiveInfinity,
            "-inf" => Rate.NegativeInfinity,
            _ => Rate.Of(D(expected)),
        };
        Assert.Equal(want, rate);
    }

    [Fact]
    public void An_undefined_rate_is_not_a_rate_of_zero()
    {
        Assert.False(Rate.Undefined.Equals(Rate.Of(0m)));
        Assert.True(Rate.Undefined != Rate.Of(0m));
        Assert.False(Rate.Of(0.5m) != Rate.Of(0.50m));
        Assert.NotEqual(Rate.PositiveInfinity.GetHashCode(), Rate.NegativeInfinity.GetHashCode());
        Assert.Equal(Rate.Of(0.5m).GetHashCode(), Rate.Of(0.5m).GetHashCode());
    }
}
