using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// The exact arithmetic the engine falls back on where decimal rounds or overflows, checked against
/// <see cref="BigInteger"/> arithmetic on the same values: whether a decimal product or difference was
/// exact, distances from ranges, tolerances, quotients, and the text of an exact number.
/// </summary>
public sealed class ExactArithmeticPropertiesTests
{
    private static readonly BigInteger One = BigInteger.Pow(10, 28);
    private static readonly BigInteger MantissaLimit = BigInteger.One << 96;

    private static Arbitrary<(decimal X, decimal Y)> Pairs { get; } =
        (from x in Wide from y in Wide select (x, y)).ToArbitrary();

    private static BigInteger S(decimal value) => ScaledDecimals.Scale(value);

    // Whether the exact value n / 10^scale is a decimal at that scale (its mantissa fits in 96 bits).
    private static bool FitsAtScale(BigInteger scaledBy28, int scale)
        => scale <= 28 && BigInteger.Abs(scaledBy28) / BigInteger.Pow(10, 28 - scale) < MantissaLimit;

    [Fact]
    public void A_product_is_exact_when_it_says_so_and_says_so_when_its_scale_and_digits_fit()
        => Check.One(PropertyConfig, Prop.ForAll(Pairs, p =>
        {
            var exact = S(p.X) * S(p.Y); // the product times 10^56
            var claimed = DecimalScale.TryMultiply(p.X, p.Y, out var product);
            if (claimed)
            {
                Assert.Equal(exact, S(product) * One);
            }

            var scale = p.X.Scale + p.Y.Scale;
            if (p.X == 0m || p.Y == 0m || (scale <= 28 && FitsAtScale(exact / One, scale) && exact % One == 0))
            {
                Assert.True(claimed, $"{p.X} × {p.Y} is exact at scale {scale} but was not taken as exact");
            }
        }));

    [Theory]
    [InlineData("0.000000000000001", "0.000000000000001")]   // 1e-30: too small, comes out 0
    [InlineData("-0.00000000000001", "0.000000000000001")]  // −1e-29
    public void A_product_too_small_for_decimal_is_not_exact(string x, string y)
    {
        Assert.False(DecimalScale.TryMultiply(decimal.Parse(x, CultureInfo.InvariantCulture), decimal.Parse(y, CultureInfo.InvariantCulture), out var product));
        Assert.Equal(0m, product);
    }

    [Fact]
    public void A_difference_is_exact_when_it_says_so_and_says_so_when_it_fits()
        => Check.One(PropertyConfig, Prop.ForAll(Pairs, p =>
        {
            var exact = S(p.X) - S(p.Y);
            var claimed = DecimalScale.TrySubtract(p.X, p.Y, out var difference);
            if (claimed)
            {
                Assert.Equal(exact, S(difference));
            }

            if (FitsAtScale(exact, Math.Max(p.X.Scale, p.Y.Scale)))
            {
                Assert.True(claimed, $"{p.X} − {p.Y} fits but was not taken as exact");
            }
        }));

    [Fact]
    public void An_exact_number_is_written_as_the_decimal_it_equals_without_trailing_zeros()
        => Check.One(PropertyConfig, Prop.ForAll(Wide.ToArbitrary(), value =>
        {
            var text = new ExactDecimal(S(value)).ToString();

            Assert.Equal(value, decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            Assert.Equal(value < 0m, text.StartsWith('-'));
            Assert.False(text.Contains('.', StringComparison.Ordinal) && text.EndsWith('0'), text);
            Assert.False(text.EndsWith('.'), text);
        }));

    [Theory]
    [InlineData("79228162514264337593543950335", "0.5", "79228162514264337593543950334.5")]
    [InlineData("-79228162514264337593543950335", "0.5", "-79228162514264337593543950335.5")]
    [InlineData("0", "0", "0")]
    [InlineData("0.0000000000000000000000000001", "0", "0.0000000000000000000000000001")]
    public void An_exact_difference_beyond_decimal_is_written_in_full(string x, string y, string expected)
        => Assert.Equal(expected, new ExactDecimal(S(decimal.Parse(x, CultureInfo.InvariantCulture)) - S(decimal.Parse(y, CultureInfo.InvariantCulture))).ToString());

    private static Arbitrary<(decimal Value, decimal Reference, decimal Tolerance, decimal? Of, bool Inclusive)> Tolerances { get; } =
        (from value in FewDigits(-4, 4)
         from reference in FewDigits(-4, 4)
         from tolerance in Gen.Choose(0, 2000).Select(t => t / 100m)
         from of in Gen.OneOf(Gen.Constant((decimal?)null), FewDigits(-3, 3).Select(o => (decimal?)o))
         from inclusive in Gen.Elements(true, false)
         select (value, reference, tolerance, of, inclusive)).ToArbitrary();

    [Fact]
    public void Within_a_tolerance_exactly_as_decimal_says_where_decimal_is_exact()
        => Check.One(PropertyConfig, Prop.ForAll(Tolerances, t =>
        {
            // Few-digit values: every step below is exact in decimal.
            var distance = Math.Abs(t.Value - t.Reference);
            var allowed = t.Of is { } of ? t.Tolerance * Math.Abs(of) : t.Tolerance;
            var expected = t.Inclusive ? distance <= allowed : distance < allowed;

            Assert.Equal(expected, new ExactDecimal(S(t.Value)).IsWithin(t.Reference, t.Tolerance, t.Of, t.Inclusive));
        }));

    [Theory]
    [InlineData("5", "5", "0", null, true, true)]
    [InlineData("5", "5", "0", null, false, false)]
    [InlineData("6", "5", "0.5", "2", true, true)]   // |6 − 5| = 1 = 0.5 × |2|
    [InlineData("6", "5", "0.5", "2", false, false)]
    [InlineData("6", "5", "0.5", "-3", false, true)]  // 1 < 0.5 × |−3|
    [InlineData("3", "5", "1", null, true, false)]    // 2 > 1, below the reference
    public void Within_a_tolerance_at_its_edges(string value, string reference, string tolerance, string? of, bool inclusive, bool within)
    {
        static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

        Assert.Equal(within, new ExactDecimal(S(D(value))).IsWithin(D(reference), D(tolerance), of is null ? null : D(of), inclusive));
    }

    private static Arbitrary<(decimal Min, decimal Width, decimal Value)> Ranges { get; } =
        (from min in FewDigits(-3, 3)
         from width in FewDigits(-3, 3).Select(Math.Abs)
         from value in Gen.OneOf(FewDigits(-3, 3), Gen.Elements(0m, 1m, -1m))
         select (min, width, value)).ToArbitrary();

    [Fact]
    public void The_exact_distance_from_a_range_or_a_value_is_the_decimal_one()
        => Check.One(PropertyConfig, Prop.ForAll(Ranges, r =>
        {
            var range = new Target(new FiscalYear(2029)) { Comparison = TargetComparison.Between, Min = r.Min, Max = r.Min + r.Width };
            var point = new Target(new FiscalYear(2029)) { Value = r.Min };
            var onTheEdges = new[] { r.Value, r.Min, r.Min + r.Width, r.Min - 1m, r.Min + r.Width + 1m };
            foreach (var v in onTheEdges)
            {
                Assert.True(RuleMeasures.TryDistance(range, v, out var toRange));
                Assert.Equal(S(toRange), RuleMeasures.ExactDistance(range, S(v)));
                Assert.True(RuleMeasures.TryDistance(point, v, out var toPoint));
                Assert.Equal(S(toPoint), RuleMeasures.ExactDistance(point, S(v)));
            }
        }));

    [Fact]
    public void A_quotient_is_cut_toward_zero_and_within_one_step_of_decimals_own()
        => Check.One(PropertyConfig, Prop.ForAll(Pairs, p =>
        {
            if (p.Y == 0m)
            {
                Assert.False(ScaledDecimals.TryDivide(S(p.X), S(p.Y), out _));
                return;
            }

            decimal rounded;
            try
            {
                rounded = p.X / p.Y;
            }
            catch (OverflowException)
            {
                Assert.False(ScaledDecimals.TryDivide(S(p.X), S(p.Y), out _));
                return;
            }

            Assert.True(ScaledDecimals.TryDivide(S(p.X), S(p.Y), out var cut));
            // |cut| ≤ |x / y| exactly, and the same sign.
            Assert.True(BigInteger.Abs(S(cut) * S(p.Y)) <= BigInteger.Abs(S(p.X) * One), $"{cut} is beyond {p.X} / {p.Y}");
            Assert.True(cut == 0m || (cut < 0m) == (rounded < 0m));
            Assert.True(Math.Abs(rounded - cut) <= Ulp(cut) + Ulp(rounded), $"{cut} is far from {rounded}");
        }));

    [Theory]
    [InlineData("1", "3", "0.3333333333333333333333333333")]
    [InlineData("-2", "3", "-0.6666666666666666666666666666")]   // cut, not rounded to …667
    [InlineData("158456325028528675187087900670", "2", "79228162514264337593543950335")] // twice decimal's maximum, halved
    public void A_quotient_keeps_the_places_that_fit(string numerator, string denominator, string expected)
    {
        var n = BigInteger.Parse(numerator, CultureInfo.InvariantCulture) * One;
        var d = BigInteger.Parse(denominator, CultureInfo.InvariantCulture) * One;

        Assert.True(ScaledDecimals.TryDivide(n, d, out var quotient));
        Assert.Equal(expected, quotient.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_quotient_beyond_decimal_is_refused()
        => Assert.False(ScaledDecimals.TryDivide(S(decimal.MaxValue) * 4, 2 * One, out _));
}
