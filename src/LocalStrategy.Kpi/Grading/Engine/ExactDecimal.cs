using System.Numerics;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// A number beyond what a decimal holds, kept exactly: its value times 10^28 as a
/// <see cref="BigInteger"/>. Every decimal has at most 28 decimal places, so any decimal scales to an
/// integer exactly, and sums, differences and comparisons of scaled decimals are exact. Used only when
/// decimal would round or overflow a change or a tolerance, so that a band's comparison is exact there too.
/// </summary>
internal sealed class ExactDecimal
{
    private static readonly BigInteger One = Internal.ScaledDecimals.One;

    internal ExactDecimal(BigInteger scaled) => Scaled = scaled;

    /// <summary>Gets the value times 10^28.</summary>
    internal BigInteger Scaled { get; }

    /// <summary>The decimal times 10^28, exactly.</summary>
    internal static BigInteger Scale(decimal value) => Internal.ScaledDecimals.Scale(value);

    /// <summary>Writes the value culture-invariantly, with no more decimal places than it has.</summary>
    /// <returns>The text, for example <c>79228162514264337593543950335.5</c>.</returns>
    public override string ToString()
    {
        var negative = Scaled.Sign < 0;
        var digits = BigInteger.Abs(Scaled).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(29, '0');
        var whole = digits.Substring(0, digits.Length - 28);
        var fraction = digits.Substring(digits.Length - 28).TrimEnd('0');
        return (negative ? "-" : string.Empty) + whole + (fraction.Length > 0 ? "." + fraction : string.Empty);
    }

    /// <summary>Compares with a decimal: negative, zero or positive as this is below, equal to or above it.</summary>
    internal int CompareTo(decimal value) => Scaled.CompareTo(Scale(value));

    /// <summary>Whether |this − reference| is within <paramref name="tolerance"/> × |<paramref name="of"/>| (or × 1 when <paramref name="of"/> is null).</summary>
    internal bool IsWithin(decimal reference, decimal tolerance, decimal? of, bool inclusive)
    {
        var distance = BigInteger.Abs(Scaled - Scale(reference));
        var left = of is null ? distance : distance * One;
        var right = of is { } o ? Scale(tolerance) * BigInteger.Abs(Scale(o)) : Scale(tolerance);
        var c = left.CompareTo(right);
        return inclusive ? c <= 0 : c < 0;
    }
}
