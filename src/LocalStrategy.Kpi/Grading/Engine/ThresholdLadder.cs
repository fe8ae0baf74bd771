using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// Bands that are ≥ or &gt; thresholds, each lower than the one above, ending with "otherwise", with
/// no further conditions: the shape of every rate scheme (A ≥ 100 %, B ≥ 80 % …). Read top-down
/// they are one comparison per threshold, with no dispatch on the comparison. Gives the same band as
/// reading the general conditions, which the tests check.
/// </summary>
internal sealed class ThresholdLadder
{
    private readonly decimal[] thresholds;
    private readonly bool[] inclusive;
    private readonly CompiledBand[] bands;

    private ThresholdLadder(decimal[] thresholds, bool[] inclusive, CompiledBand[] bands)
    {
        this.thresholds = thresholds;
        this.inclusive = inclusive;
        this.bands = bands;
    }

    internal static ThresholdLadder? TryCreate(CompiledBand[] bands)
    {
        if (bands.Length < 2 || bands[bands.Length - 1].Condition.Comparison != BandComparison.Otherwise || bands.Any(b => b.And.Length > 0))
        {
            return null;
        }

        var count = bands.Length - 1;
        var thresholds = new decimal[count];
        var inclusive = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var c = bands[i].Condition;
            if (c.Comparison is not (BandComparison.AtLeast or BandComparison.Above) || (i > 0 && c.Value >= thresholds[i - 1]))
            {
                return null;
            }

            thresholds[i] = c.Value;
            inclusive[i] = c.Comparison == BandComparison.AtLeast;
        }

        return new ThresholdLadder(thresholds, inclusive, bands);
    }

    /// <summary>The band of a measured value, read top-down.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal CompiledBand BandOf(in Measured value)
    {
        // Stryker disable once Equality : the loop below reads the same bands through their conditions; this one compares decimals directly
        if (value.Kind == RateKind.Finite && value.Exact is null)
        {
            var v = value.Value;
            for (var i = 0; i < thresholds.Length; i++)
            {
                if (inclusive[i] ? v >= thresholds[i] : v > thresholds[i])
                {
                    return bands[i];
                }
            }

            return bands[thresholds.Length];
        }

        // Stryker disable once Equality : one step further reaches the last band, otherwise, which holds and is returned after the loop anyway
        for (var i = 0; i < thresholds.Length; i++)
        {
            if (bands[i].Condition.Holds(value, null, null))
            {
                return bands[i];
            }
        }

        return bands[thresholds.Length];
    }
}
