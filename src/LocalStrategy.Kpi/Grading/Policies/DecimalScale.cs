using System.Runtime.InteropServices;

namespace LocalStrategy.Kpi.Grading.Policies;

/// <summary>
/// Whether decimal arithmetic was exact. A sum or difference of decimals is exact exactly when its
/// scale is the larger scale of its operands, and a product exactly when its scale is the sum of
/// theirs: decimal lowers the scale only when the exact result does not fit, rounding it.
/// </summary>
internal static class DecimalScale
{
    internal static int Of(decimal value) => new View { Value = value }.Flags >> 16 & 0xFF;

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

        // A product that is 0 is exact, whatever scale decimal gives it.
        return product == 0m || Of(product) == Of(x) + Of(y);
    }

    // The first 32 bits of a decimal hold its sign and scale, in .NET and in .NET Framework alike.
    [StructLayout(LayoutKind.Explicit)]
    private struct View
    {
        [FieldOffset(0)]
        public decimal Value;

        [FieldOffset(0)]
        public int Flags;
    }
}
