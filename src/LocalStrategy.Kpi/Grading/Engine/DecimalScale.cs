namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// Whether decimal arithmetic was exact. A sum or difference of decimals is exact exactly when its
/// scale is the larger scale of its operands, and a product exactly when its scale is the sum of
/// theirs: decimal lowers the scale only when the exact result does not fit, rounding it.
/// </summary>
internal static class DecimalScale
{
#if NET7_0_OR_GREATER
    internal static int Of(decimal value) => value.Scale;
#else
    // Bits 16 to 23 of the fourth int hold the scale (the documented layout of decimal.GetBits).
    internal static int Of(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
#endif

    /// <summary>x − y, when it is exact; false when it rounds or overflows.</summary>
    internal static bool TrySubtract(decimal x, decimal y, out decimal difference)
    {
        try
        {
            difference = x - y;
        }
        catch (OverflowException)
        {
            difference = 0m;
            return false;
        }

        return Of(difference) == Math.Max(Of(x), Of(y));
    }

    /// <summary>x × y, when it is exact; false when it rounds or overflows.</summary>
    internal static bool TryMultiply(decimal x, decimal y, out decimal product)
    {
        try
        {
            product = x * y;
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }

        // A product with a factor 0 is exact, whatever scale decimal gives it; a product of two non-zero
        // factors that comes out 0 was too small for decimal (1e-15 × 1e-15) and is not.
        return x == 0m || y == 0m || Of(product) == Of(x) + Of(y);
    }
}
