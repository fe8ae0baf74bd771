using System.Numerics;

namespace LocalStrategy.Kpi.Internal;

/// <summary>
/// Decimals as exact integers (the value times 10^28) and the one way back: a quotient of two of them
/// cut, not rounded, to a decimal. Every decimal has at most 28 decimal places, so sums, differences and
/// comparisons of scaled decimals are exact where decimal itself would round or overflow.
/// </summary>
internal static class ScaledDecimals
{
    private static readonly BigInteger DecimalMantissaLimit = BigInteger.One << 96;

    /// <summary>10^28: the scaled value of 1.</summary>
    internal static readonly BigInteger One = BigInteger.Pow(10, 28);

    /// <summary>The decimal times 10^28, exactly.</summary>
    internal static BigInteger Scale(decimal value)
    {
        var bits = decimal.GetBits(value);
        // The three low ints are the 96-bit mantissa, read as unsigned: unchecked, as the project checks overflow.
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        var scaled = mantissa * BigInteger.Pow(10, 28 - scale);
        return bits[3] < 0 ? -scaled : scaled;
    }

    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> as a decimal with as many decimal
    /// places as fit (at most 28), cut toward zero: a quotient is never rounded onto a threshold it is
    /// short of. False when the quotient is beyond decimal's range.
    /// </summary>
    internal static bool TryDivide(BigInteger numerator, BigInteger denominator, out decimal quotient)
    {
        quotient = 0m;
        if (denominator.IsZero)
        {
            return false;
        }

        var negative = numerator.Sign * denominator.Sign < 0;
        var n = BigInteger.Abs(numerator);
        var d = BigInteger.Abs(denominator);
        for (var scale = 28; scale >= 0; scale--)
        {
            var mantissa = BigInteger.Divide(n * BigInteger.Pow(10, scale), d);
            if (mantissa < DecimalMantissaLimit)
            {
                var bytes = mantissa.ToByteArray();
                var words = new int[3];
                for (var i = 0; i < bytes.Length && i < 12; i++)
                {
                    words[i / 4] |= bytes[i] << (8 * (i % 4));
                }

                quotient = new decimal(words[0], words[1], words[2], negative && !mantissa.IsZero, (byte)scale);
                return true;
            }
        }

        return false;
    }
}
