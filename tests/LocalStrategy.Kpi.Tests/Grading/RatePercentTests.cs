using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;

namespace LocalStrategy.Kpi.Tests.Grading;

/// <summary><see cref="Rate.ToPercentString"/> for every rate, the largest included.</summary>
public sealed class RatePercentTests
{
    [Fact]
    public void The_percentage_is_the_rate_times_100_rounded_half_away_from_zero_wherever_that_product_fits()
    {
        var cases = from value in Wide from decimals in Gen.Choose(0, 4) select (Value: value, Decimals: decimals);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            decimal product;
            try
            {
                product = c.Value * 100m;
            }
            catch (OverflowException)
            {
                return true;
            }

            var expected = Math.Round(product, c.Decimals, MidpointRounding.AwayFromZero).ToString("F" + c.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            expected = expected.TrimStart('-').All(ch => ch is '0' or '.') ? expected.TrimStart('-') : expected;
            return Rate.Of(c.Value).ToPercentString(c.Decimals) == expected + "%";
        }));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", 1, "7922816251426433759354395033500.0%")]
    [InlineData("-79228162514264337593543950335", 0, "-7922816251426433759354395033500%")]
    [InlineData("0.9311023622047244094488188976", 1, "93.1%")]
    [InlineData("0.99995", 2, "100.00%")]
    [InlineData("-0.00001", 1, "0.0%")]
    [InlineData("0.5", 0, "50%")]
    public void Large_and_small_rates_are_written_without_overflow(string value, int decimals, string text)
    {
        Assert.Equal(text, Rate.Of(decimal.Parse(value, CultureInfo.InvariantCulture)).ToPercentString(decimals));
    }
}
