using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>Percentages of a whole that add up to exactly 100.</summary>
internal static class Percentages
{
    /// <summary>
    /// Shares of <paramref name="counts"/> in percent, rounded by the largest-remainder method so that
    /// they sum to exactly 100 (when the total is not 0): each share is first rounded down to
    /// <paramref name="decimals"/> places, then the units left over go, one each, to the shares with the
    /// largest remainders; equal remainders go to the earlier share. Azumino's 10, 5, 0, 6, 3 of 24
    /// gives 42, 21, 0, 25, 12.
    /// </summary>
    /// <param name="counts">The counts, none negative.</param>
    /// <param name="decimals">Decimal places, 0 to 2.</param>
    /// <returns>The percentages in the order of <paramref name="counts"/>; all 0 when the total is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="decimals"/> is outside 0 to 2.</exception>
    public static decimal[] LargestRemainder(IReadOnlyList<int> counts, int decimals)
    {
        Preconditions.CheckNotNull(counts, nameof(counts));
        Preconditions.CheckRange(decimals, 0, 2, nameof(decimals));
        var result = new decimal[counts.Count];
        long total = 0;
        foreach (var count in counts)
        {
            Preconditions.CheckRange(count, 0, int.MaxValue, nameof(counts));
            total += count;
        }

        if (total == 0)
        {
            return result;
        }

        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        var remainders = new decimal[counts.Count];
        var allotted = 0m;
        for (var i = 0; i < counts.Count; i++)
        {
            var exact = counts[i] * 100m / total;
            var floor = Math.Floor(exact / unit) * unit;
            result[i] = floor;
            remainders[i] = exact - floor;
            allotted += floor;
        }

        // Hand out the units left over to the largest remainders, earlier shares first on ties.
        var left = (int)((100m - allotted) / unit);
        var given = new bool[counts.Count];
        for (var k = 0; k < left; k++)
        {
            var best = -1;
            for (var i = 0; i < counts.Count; i++)
            {
                if (!given[i] && (best < 0 || remainders[i] > remainders[best]))
                {
                    best = i;
                }
            }

            given[best] = true;
            result[best] += unit;
        }

        return result;
    }
}
