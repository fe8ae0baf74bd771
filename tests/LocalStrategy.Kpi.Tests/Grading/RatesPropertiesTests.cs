using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;

namespace LocalStrategy.Kpi.Tests.Grading;

public sealed class RatesPropertiesTests
{
    public static TheoryData<Direction, int> RatedDirectionsAndTargetSigns { get; } = new()
    {
        { Direction.HigherIsBetter, 1 },
        { Direction.HigherIsBetter, -1 },
        { Direction.LowerIsBetter, 1 },
        { Direction.LowerIsBetter, -1 },
    };

    public static TheoryData<Direction, int> EveryValueDirectionAndTargetSign { get; } = new()
    {
        { Direction.HigherIsBetter, 1 },
        { Direction.HigherIsBetter, -1 },
        { Direction.LowerIsBetter, 1 },
        { Direction.LowerIsBetter, -1 },
        { Direction.Maintain, 1 },
        { Direction.Maintain, -1 },
    };

    // Rates divides without exception handling when the denominator has no more decimal places than
    // the numerator, on the proof that the quotient then fits; this checks the proof on every kind of
    // decimal, the extremes and full mantissas included, and that the rate is then the exact quotient
    // (rounded as decimal rounds) or, just short of 1 for an unmet target, the largest decimal below 1.
    [Fact]
    public void A_quotient_whose_denominator_has_no_more_decimal_places_never_overflows()
    {
        var cases =
            from n in Wide
            from d in NonZero.Select(Math.Abs)
            where Scale(d) <= Scale(n)
            select (Numerator: n, Denominator: d);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var quotient = c.Numerator / c.Denominator; // throws OverflowException if the proof is wrong
            var rate = Rates.Achievement(Direction.HigherIsBetter, c.Numerator, c.Denominator);
            return rate.Kind == RateKind.Finite
                && (rate.Value == quotient || (quotient == 1m && c.Numerator < c.Denominator && rate.Value == 0.9999999999999999999999999999m));
        }));
    }

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;

    [Theory]
    [MemberData(nameof(RatedDirectionsAndTargetSigns))]
    public void The_rate_reaches_100_percent_exactly_when_the_target_is_met(Direction direction, int sign)
    {
        var cases =
            from t in NonZero.Select(t => WithSign(t, sign))
            from a in Gen.Frequency((1, Wide), (1, Near(t)))
            select (Actual: a, Target: t);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
            Rates.Achievement(direction, c.Actual, c.Target).Passes(1m, inclusive: true) == Rates.Meets(direction, c.Actual, c.Target)));
    }

    [Theory]
    [MemberData(nameof(EveryValueDirectionAndTargetSign))]
    public void A_better_actual_never_gives_a_lower_rate(Direction direction, int sign)
    {
        var cases =
            from t in NonZero.Select(t => WithSign(t, sign))
            from a1 in Gen.Frequency((1, Wide), (1, Near(t)))
            from a2 in Gen.Frequency((1, Wide), (1, Near(t)), (1, Near(a1)))
            select (Target: t, A1: a1, A2: a2);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (worse, better) = IsAtLeastAsGood(direction, c.A2, c.A1, c.Target) ? (c.A1, c.A2) : (c.A2, c.A1);
            return CompareRates(Rates.Achievement(direction, better, c.Target), Rates.Achievement(direction, worse, c.Target)) >= 0;
        }));
    }

    [Theory]
    [MemberData(nameof(EveryValueDirectionAndTargetSign))]
    public void Scaling_actual_and_target_by_an_exact_positive_factor_leaves_the_rate_unchanged(Direction direction, int sign)
    {
        // Actual and target have at most 6 significant digits, the factor at most 4 and a power of ten
        // from 1e-4 to 1e4: k·a and k·t are then exact decimals (at most 10 digits, scale at most 10),
        // so k·a / k·t and a / t are the same exact quotient, and decimal division rounds an exact
        // quotient to one value. Equality must therefore be exact.
        var cases =
            from t in FewDigits(-6, 6).Where(t => t != 0m).Select(t => WithSign(t, sign))
            from a in Gen.Frequency((3, FewDigits(-6, 6)), (1, Gen.Elements(t, -t, 0m)))
            from km in Gen.Choose(1, 9_999)
            from ke in Gen.Choose(-4, 4)
            select (Actual: a, Target: t, K: km * Pow10(ke));

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
            Rates.Achievement(direction, c.K * c.Actual, c.K * c.Target) == Rates.Achievement(direction, c.Actual, c.Target)));
    }

    [Theory]
    [MemberData(nameof(EveryValueDirectionAndTargetSign))]
    public void Scaling_actual_and_target_by_any_positive_factor_changes_the_rate_only_by_decimal_rounding(Direction direction, int sign)
    {
        // Here k has up to 28 digits, so k·a and k·t are rounded. With |a|, |t| ≥ 0.01 and k ≥ 0.01,
        // |k·a| ≥ 1e-4; a decimal of that size keeps at least 24 significant digits (scale ≤ 28), so
        // each product carries a relative error of at most 0.5e-28 / 1e-4 = 5e-25. A quotient (or, to
        // maintain, a difference over the target) of two such values is off by at most about
        // 1e-24 · (|r| + 3) relative to r, plus 1e-28 for rounding the quotient itself. The tolerance
        // 1e-22 · max(1, |r|) covers that bound about 25 times over, and is still 2 orders of magnitude
        // below the smallest digit (1e-20) a grade boundary could care about.
        var cases =
            from t in Moderate.Select(t => WithSign(t, sign))
            from a in Gen.Frequency((3, Moderate), (1, Gen.Elements(t, -t, 0m)))
            from k in FullPrecisionFactor
            select (Actual: a, Target: t, K: k);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var scaled = Rates.Achievement(direction, c.K * c.Actual, c.K * c.Target);
            var plain = Rates.Achievement(direction, c.Actual, c.Target);
            if (scaled.Kind != RateKind.Finite || plain.Kind != RateKind.Finite)
            {
                return scaled == plain;
            }

            var tolerance = 1e-22m * Math.Max(1m, Math.Abs(plain.Value));
            return Math.Abs(scaled.Value - plain.Value) <= tolerance;
        }));
    }

    [Fact]
    public void Rate_functions_never_throw_for_any_decimals()
    {
        var directions = Enum.GetValues<Direction>().Concat(new[] { (Direction)0, (Direction)99 }).ToArray();
        var cases =
            from d in Gen.Elements(directions)
            from a in Wide
            from b in Wide
            from t in Wide
            select (Direction: d, A: a, B: b, T: t);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var achievement = Rates.Achievement(c.Direction, c.A, c.T);
            var inRange = Rates.AchievementInRange(c.A, Math.Min(c.B, c.T), Math.Max(c.B, c.T));
            var reversed = Rates.AchievementInRange(c.A, Math.Max(c.B, c.T), Math.Min(c.B, c.T));
            _ = Rates.Progress(c.Direction, c.A, c.B, c.T);
            _ = Rates.Meets(c.Direction, c.A, c.T);

            // Beyond not throwing: a rated direction with a non-zero target always has a rate, and
            // a range with its ends swapped never does (unless both ends are equal).
            var rated = c.Direction is Direction.HigherIsBetter or Direction.LowerIsBetter or Direction.Maintain;
            return (!rated || (achievement.IsDefined == (c.T != 0m)))
                && (c.B == c.T || !reversed.IsDefined)
                && (!(c.A >= Math.Min(c.B, c.T) && c.A <= Math.Max(c.B, c.T)) || inRange == Rate.Of(1m));
        }));
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter)]
    [InlineData(Direction.LowerIsBetter)]
    [InlineData(Direction.Maintain)]
    public void Rate_functions_do_not_throw_at_the_extremes(Direction direction)
    {
        foreach (var a in Extremes)
        {
            foreach (var t in Extremes)
            {
                _ = Rates.Achievement(direction, a, t);
                _ = Rates.AchievementInRange(a, Math.Min(a, t), Math.Max(a, t));
                _ = Rates.AchievementInRange(a, t, t);
                foreach (var b in Extremes)
                {
                    _ = Rates.Progress(direction, a, b, t);
                }
            }
        }

        Assert.All(
            from a in Extremes from t in Extremes where t != 0m select Rates.Achievement(direction, a, t),
            rate => Assert.True(rate.IsDefined));
    }

    // Moderate magnitudes for the tolerance property: |x| in [0.01, 1e12].
    private static Gen<decimal> Moderate { get; } = FewDigits(-2, 6).Where(x => Math.Abs(x) >= 0.01m);

    // Factors in [0.01, 1000) with up to 20 significant digits: a 64-bit mantissa m of d digits at a
    // scale from d − 3 to d + 1.
    private static Gen<decimal> FullPrecisionFactor { get; } =
        from lo in AnyInt
        from mid in AnyInt
        let m = new decimal(lo, mid, 0, false, 0)
        where m != 0m
        let digits = m.ToString(System.Globalization.CultureInfo.InvariantCulture).Length
        from scale in Gen.Choose(Math.Max(0, digits - 3), Math.Min(28, digits + 1))
        select new decimal(lo, mid, 0, false, (byte)scale);

    private static decimal WithSign(decimal value, int sign) => sign > 0 ? Math.Abs(value) : -Math.Abs(value);

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            value = exponent > 0 ? value * 10m : value / 10m;
        }

        return value;
    }

    // Whether x is at least as good as y in the direction: higher, lower, or (to maintain) at least as close to t.
    private static bool IsAtLeastAsGood(Direction direction, decimal x, decimal y, decimal t) => direction switch
    {
        Direction.HigherIsBetter => x >= y,
        Direction.LowerIsBetter => x <= y,
        _ => IsAtLeastAsClose(x, y, t),
    };

    // A distance |x − t| that overflows a decimal is farther than any that does not; two that
    // overflow both give −∞, so either order will do for them.
    private static bool IsAtLeastAsClose(decimal x, decimal y, decimal t)
    {
        var dx = Distance(x, t);
        var dy = Distance(y, t);
        return dx is null ? dy is null : dy is null || dx <= dy;
    }

    private static decimal? Distance(decimal x, decimal t)
    {
        try
        {
            return Math.Abs(x - t);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
