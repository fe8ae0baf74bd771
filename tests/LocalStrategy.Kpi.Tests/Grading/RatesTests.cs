using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading;

public sealed class RatesTests
{
    public static TheoryData<Direction> AllDirections { get; } = new(Enum.GetValues<Direction>());

    [Fact]
    public void Natural_change_target_minus_473_with_actual_minus_508_is_473_over_508()
    {
        // domain.md: −508/−473 = 107.4 % would be A; the sign must be handled: 473/508 = 93.1 % → B.
        var rate = Rates.Achievement(Direction.HigherIsBetter, -508m, -473m);

        Assert.Equal(RateKind.Finite, rate.Kind);
        Assert.Equal(473m / 508m, rate.Value);
        Assert.Equal("93.1%", rate.ToPercentString(1));
        Assert.False(rate.Passes(1m, inclusive: true));
    }

    [Fact]
    public void A_smaller_natural_decrease_than_the_target_passes_100_percent()
    {
        // Target ▲473, actual ▲400: better than the target, 473/400 = 118.25 %.
        var rate = Rates.Achievement(Direction.HigherIsBetter, -400m, -473m);

        Assert.Equal(1.1825m, rate.Value);
        Assert.True(rate.Passes(1m, inclusive: true));
    }

    [Fact]
    public void Crossing_zero_past_a_negative_target_is_positive_infinity()
    {
        Assert.Equal(Rate.PositiveInfinity, Rates.Achievement(Direction.HigherIsBetter, 0m, -473m));
        Assert.Equal(Rate.PositiveInfinity, Rates.Achievement(Direction.HigherIsBetter, 12m, -473m));
    }

    [Fact]
    public void Waiting_list_children_7_to_11_against_a_target_of_7_is_below_100_percent()
    {
        // Lower is better: 7/11 = 63.6 %; a plain 11/7 = 157 % would wrongly pass.
        var rate = Rates.Achievement(Direction.LowerIsBetter, 11m, 7m);

        Assert.Equal(7m / 11m, rate.Value);
        Assert.True(rate.Value < 1m);
        Assert.Equal("63.6%", rate.ToPercentString(1));
    }

    [Fact]
    public void Co2_above_a_lower_is_better_target_is_the_target_over_the_actual()
    {
        // 003: CO2 461,000 → target 287,182 t-CO2/年; still at 461,000 the rate is 287182/461000 = 62.3 %.
        var rate = Rates.Achievement(Direction.LowerIsBetter, 461_000m, 287_182m);

        Assert.Equal(287_182m / 461_000m, rate.Value);
        Assert.Equal("62.3%", rate.ToPercentString(1));
    }

    [Fact]
    public void Lower_is_better_at_or_below_zero_beats_any_positive_target()
    {
        Assert.Equal(Rate.PositiveInfinity, Rates.Achievement(Direction.LowerIsBetter, 0m, 7m));
        Assert.Equal(Rate.PositiveInfinity, Rates.Achievement(Direction.LowerIsBetter, -3m, 7m));
    }

    [Fact]
    public void Lower_is_better_with_a_negative_target_rewards_a_deeper_negative()
    {
        // Target −10: −20 is twice as good (200 %), −5 half (50 %), +5 is on the wrong side (−50 %).
        Assert.Equal(2m, Rates.Achievement(Direction.LowerIsBetter, -20m, -10m).Value);
        Assert.Equal(0.5m, Rates.Achievement(Direction.LowerIsBetter, -5m, -10m).Value);
        Assert.Equal(-0.5m, Rates.Achievement(Direction.LowerIsBetter, 5m, -10m).Value);
    }

    [Fact]
    public void Maintain_is_100_percent_only_when_the_value_is_kept()
    {
        // 全6校 → 全6校: 6 kept is 100 %; 5 is 1 − 1/6; 7 is also 1 − 1/6.
        Assert.Equal(Rate.Of(1m), Rates.Achievement(Direction.Maintain, 6m, 6m));
        Assert.Equal(1m - (1m / 6m), Rates.Achievement(Direction.Maintain, 5m, 6m).Value);
        Assert.Equal(1m - (1m / 6m), Rates.Achievement(Direction.Maintain, 7m, 6m).Value);
    }

    [Theory]
    [MemberData(nameof(AllDirections))]
    public void A_target_of_0_gives_an_undefined_rate_for_every_direction(Direction direction)
    {
        Assert.Equal(Rate.Undefined, Rates.Achievement(direction, 5m, 0m));
        Assert.Equal(Rate.Undefined, Rates.Achievement(direction, 0m, 0m));
        Assert.Equal(Rate.Undefined, Rates.Achievement(direction, -5m, 0m));
        Assert.False(Rates.Achievement(direction, 5m, 0m).IsDefined);
    }

    [Theory]
    [InlineData(Direction.WithinRange)]
    [InlineData(Direction.Milestone)]
    public void Directions_without_a_single_target_value_give_an_undefined_achievement_rate(Direction direction)
    {
        Assert.Equal(Rate.Undefined, Rates.Achievement(direction, 50_500m, 50_000m));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(339)]
    [InlineData(568)]
    [InlineData(-10)]
    public void Amis_social_increase_from_568_to_a_target_of_339_has_no_progress_rate(int actual)
    {
        // 004: 社会増数 +568 → +339 while higher is better: the target is no improvement on the baseline.
        Assert.Equal(Rate.Undefined, Rates.Progress(Direction.HigherIsBetter, actual, 568m, 339m));
    }

    [Fact]
    public void Inas_local_timber_from_51_to_a_target_of_50_has_no_progress_rate()
    {
        Assert.Equal(Rate.Undefined, Rates.Progress(Direction.HigherIsBetter, 50.5m, 51m, 50m));
    }

    [Fact]
    public void Progress_is_the_share_of_the_way_from_the_baseline_to_the_target()
    {
        // 就労者数の割合 20.6 → target 21.1, actual 22.2: (22.2 − 20.6) / (21.1 − 20.6) = 1.6 / 0.5 = 320 %.
        Assert.Equal(3.2m, Rates.Progress(Direction.HigherIsBetter, 22.2m, 20.6m, 21.1m).Value);

        // CO2 461,000 → 287,182, actual 400,000: (400000 − 461000) / (287182 − 461000) = 61000 / 173818.
        Assert.Equal(61_000m / 173_818m, Rates.Progress(Direction.LowerIsBetter, 400_000m, 461_000m, 287_182m).Value);

        // Going the wrong way is negative progress.
        Assert.Equal(-0.5m, Rates.Progress(Direction.HigherIsBetter, 95m, 100m, 110m).Value);
    }

    [Theory]
    [InlineData(Direction.Maintain)]
    [InlineData(Direction.WithinRange)]
    [InlineData(Direction.Milestone)]
    public void Only_higher_and_lower_is_better_have_a_progress_rate(Direction direction)
    {
        Assert.Equal(Rate.Undefined, Rates.Progress(direction, 15m, 10m, 20m));
    }

    [Theory]
    [InlineData(50_000)]
    [InlineData(50_500)]
    [InlineData(51_000)]
    public void A_value_inside_a_range_target_is_100_percent(int actual)
    {
        // 004: population outlook 50,000–51,000 in 2033; both ends inclusive.
        Assert.Equal(Rate.Of(1m), Rates.AchievementInRange(actual, 50_000m, 51_000m));
    }

    [Fact]
    public void Outside_a_range_target_the_rate_is_measured_against_the_nearer_end()
    {
        Assert.Equal(0.98m, Rates.AchievementInRange(49_000m, 50_000m, 51_000m).Value);
        Assert.Equal(51_000m / 52_000m, Rates.AchievementInRange(52_000m, 50_000m, 51_000m).Value);
    }

    [Fact]
    public void A_range_whose_minimum_exceeds_its_maximum_gives_an_undefined_rate()
    {
        Assert.Equal(Rate.Undefined, Rates.AchievementInRange(50_500m, 51_000m, 50_000m));
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter, "280", "280", true)]
    [InlineData(Direction.HigherIsBetter, "275", "280", false)]
    [InlineData(Direction.HigherIsBetter, "-473", "-473", true)]
    [InlineData(Direction.HigherIsBetter, "-508", "-473", false)]
    [InlineData(Direction.LowerIsBetter, "7", "7", true)]
    [InlineData(Direction.LowerIsBetter, "11", "7", false)]
    [InlineData(Direction.LowerIsBetter, "6", "7", true)]
    [InlineData(Direction.Maintain, "6", "6", true)]
    [InlineData(Direction.Maintain, "7", "6", false)]
    [InlineData(Direction.Milestone, "1", "1", false)]
    public void Meets_compares_the_actual_with_the_target_in_the_stated_direction(Direction direction, string actual, string target, bool meets)
    {
        Assert.Equal(meets, Rates.Meets(direction, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_29_digit_actual_one_step_below_its_target_does_not_round_up_to_100_percent()
    {
        // (MaxValue − 1) / MaxValue = 1 − 1.26e-29, which a 28-decimal quotient would round to exactly 1.
        var below = decimal.MaxValue - 1m;

        Assert.False(Rates.Achievement(Direction.HigherIsBetter, below, decimal.MaxValue).Passes(1m, inclusive: true));
        Assert.False(Rates.Achievement(Direction.HigherIsBetter, -decimal.MaxValue, -below).Passes(1m, inclusive: true));
        Assert.False(Rates.Achievement(Direction.LowerIsBetter, decimal.MaxValue, below).Passes(1m, inclusive: true));
        Assert.False(Rates.Achievement(Direction.LowerIsBetter, -below, -decimal.MaxValue).Passes(1m, inclusive: true));
        Assert.False(Rates.Achievement(Direction.Maintain, below, decimal.MaxValue).Passes(1m, inclusive: true));
        Assert.False(Rates.AchievementInRange(below, decimal.MaxValue, decimal.MaxValue).Passes(1m, inclusive: true));
    }

    [Fact]
    public void Overflowing_quotients_become_infinities_on_the_side_of_the_exact_result()
    {
        // 7.9e28 / 1e-20 does not fit a decimal: better than the target is +∞, worse is −∞.
        Assert.Equal(Rate.PositiveInfinity, Rates.Achievement(Direction.HigherIsBetter, 7.9e28m, 1e-20m));
        Assert.Equal(Rate.NegativeInfinity, Rates.Achievement(Direction.HigherIsBetter, -7.9e28m, 1e-20m));
        Assert.Equal(Rate.PositiveInfinity, Rates.Achievement(Direction.LowerIsBetter, 1e-20m, 7.9e28m));
        Assert.Equal(Rate.NegativeInfinity, Rates.Achievement(Direction.LowerIsBetter, 7.9e28m, -1e-20m));
    }

    [Fact]
    public void Passes_honours_the_inclusivity_of_the_threshold()
    {
        Assert.True(Rate.Of(0.6m).Passes(0.6m, inclusive: true));
        Assert.False(Rate.Of(0.6m).Passes(0.6m, inclusive: false));
        Assert.True(Rate.Of(0.6000000000000000000000000001m).Passes(0.6m, inclusive: false));
        Assert.True(Rate.PositiveInfinity.Passes(1m, inclusive: true));
        Assert.False(Rate.NegativeInfinity.Passes(-1e28m, inclusive: true));
        Assert.False(Rate.Undefined.Passes(-1e28m, inclusive: true));
    }

    [Theory]
    [InlineData("0.12345", 1, "12.3%")]
    [InlineData("0.1235", 1, "12.4%")]
    [InlineData("-0.1235", 1, "-12.4%")]
    [InlineData("1", 0, "100%")]
    [InlineData("0.7996", 1, "80.0%")]
    public void Percent_strings_round_half_away_from_zero_without_changing_the_rate(string value, int decimals, string expected)
    {
        var rate = Rate.Of(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, rate.ToPercentString(decimals));
    }

    [Fact]
    public void Non_finite_rates_have_their_own_percent_strings()
    {
        Assert.Equal("+∞", Rate.PositiveInfinity.ToPercentString());
        Assert.Equal("-∞", Rate.NegativeInfinity.ToPercentString());
        Assert.Equal("—", Rate.Undefined.ToPercentString());
    }
}
