using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;

namespace LocalStrategy.Kpi.Tests.Grading;

/// <summary>
/// Generators of decimals for the property tests of rates and grades: small integers, values with few
/// digits over a wide range of magnitudes, full 96-bit mantissas at every scale, the extremes, and
/// values one smallest step away from a given one (where decimal rounding bites).
/// </summary>
internal static class DecimalGenerators
{
    /// <summary>The number of cases each property runs.</summary>
    internal const int Cases = 1_000;

    /// <summary>Values at the edges of what a decimal holds.</summary>
    internal static readonly decimal[] Extremes =
    {
        0m,
        1m,
        -1m,
        decimal.MaxValue,
        decimal.MinValue,
        decimal.MaxValue - 1m,
        decimal.MinValue + 1m,
        7.9e28m,
        -7.9e28m,
        1e-20m,
        -1e-20m,
        0.0000000000000000000000000001m,
        -0.0000000000000000000000000001m,
        0.9999999999999999999999999999m,
        1.0000000000000000000000000001m,
        3.0000000000000000000000000001m,
        -3.0000000000000000000000000001m,
        0.8m,
        0.6m,
        -473m,
        -508m,
    };

    // Declared before the generators that use it: static initializers run in textual order.
    /// <summary>Gets an integer generator over the whole range of <see cref="int"/>.</summary>
    internal static Gen<int> AnyInt { get; } = Gen.Choose(int.MinValue, int.MaxValue);

    /// <summary>Gets the configuration every property runs with.</summary>
    internal static Config PropertyConfig => Config.QuickThrowOnFailure.WithMaxTest(Cases);

    /// <summary>Gets decimals of every kind and magnitude, including 0 and the extremes.</summary>
    internal static Gen<decimal> Wide { get; } = Gen.Frequency(
        (2, Gen.Elements(Extremes)),
        (2, Gen.Choose(-1000, 1000).Select(i => (decimal)i)),
        (3, FewDigits(-20, 20)),
        (2, FullMantissa(hiBits: true)),
        (2, FullMantissa(hiBits: false)));

    /// <summary>Gets the same as <see cref="Wide"/> without 0.</summary>
    internal static Gen<decimal> NonZero { get; } = Wide.Where(d => d != 0m);

    /// <summary>Values m·10^e with |m| below a million and e in [minExponent, maxExponent]: exact in decimal.</summary>
    /// <param name="minExponent">The lowest power of ten.</param>
    /// <param name="maxExponent">The highest power of ten.</param>
    /// <returns>The generator.</returns>
    internal static Gen<decimal> FewDigits(int minExponent, int maxExponent)
        => from m in Gen.Choose(-999_999, 999_999)
           from e in Gen.Choose(minExponent, maxExponent)
           select Pow10(m, e);

    /// <summary>Decimals built from random bits at a random scale (0 to 28).</summary>
    /// <param name="hiBits">Whether the top 32 bits of the mantissa are random (29-digit values) or 0 (up to 20 digits).</param>
    /// <returns>The generator.</returns>
    internal static Gen<decimal> FullMantissa(bool hiBits)
        => from lo in AnyInt
           from mid in AnyInt
           from hi in hiBits ? AnyInt : Gen.Constant(0)
           from negative in Gen.Elements(true, false)
           from scale in Gen.Choose(0, 28)
           select new decimal(lo, mid, hi, negative, (byte)scale);

    /// <summary>Values near <paramref name="value"/>: itself, one smallest step either side, the 80 % and 60 % points and their neighbours, its negation.</summary>
    /// <param name="value">A value.</param>
    /// <returns>The generator.</returns>
    internal static Gen<decimal> Near(decimal value)
    {
        var candidates = new List<decimal> { value };
        foreach (var point in new[] { value, Try(() => value * 0.8m), Try(() => value * 0.6m), Try(() => value / 0.8m), Try(() => value / 0.6m) })
        {
            candidates.Add(point);
            candidates.Add(Try(() => point + Ulp(point)));
            candidates.Add(Try(() => point - Ulp(point)));
        }

        candidates.Add(-value);
        candidates.Add(0m);
        return Gen.Elements(candidates.ToArray());
    }

    /// <summary>The smallest step of the decimal grid at the scale of <paramref name="value"/>.</summary>
    /// <param name="value">A value.</param>
    /// <returns>1 at scale 0, 0.1 at scale 1, and so on.</returns>
    internal static decimal Ulp(decimal value) => new(1, 0, 0, false, value.Scale);

    /// <summary>Orders rates: −∞ below every finite rate, finite rates by value, +∞ above; fails on an undefined rate.</summary>
    /// <param name="x">The first rate.</param>
    /// <param name="y">The second rate.</param>
    /// <returns>A negative number, 0 or a positive number.</returns>
    internal static int CompareRates(Rate x, Rate y)
    {
        if (!x.IsDefined || !y.IsDefined)
        {
            throw new InvalidOperationException("An undefined rate does not order.");
        }

        var byKind = Rank(x).CompareTo(Rank(y));
        return byKind != 0 || x.Kind != RateKind.Finite ? byKind : x.Value.CompareTo(y.Value);

        static int Rank(Rate r) => r.Kind switch
        {
            RateKind.NegativeInfinity => 0,
            RateKind.Finite => 1,
            _ => 2,
        };
    }

    private static decimal Pow10(int mantissa, int exponent)
    {
        decimal value = mantissa;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            value = exponent > 0 ? value * 10m : value / 10m;
        }

        return value;
    }

    private static decimal Try(Func<decimal> f)
    {
        try
        {
            return f();
        }
        catch (OverflowException)
        {
            return 0m;
        }
    }
}
