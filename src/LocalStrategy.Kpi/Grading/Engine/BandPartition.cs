using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// Checks that a rule's bands partition its measure line, read top-down: every value gets a band
/// (no gap) and every band is the first match for some value (no band hidden by those above it).
/// A band with further conditions (<see cref="PolicyBand.And"/>) may not match, so it covers nothing
/// for the gap check, though it must still be reachable.
/// </summary>
/// <remarks>
/// The bands' sets are unions of intervals whose ends are the bands' constants, so testing every
/// constant, a point between each two neighbours and a point beyond each end decides both questions
/// exactly. A tolerance measured in the baseline (or the target) has a width that varies with it; the test
/// is repeated for every size at which an edge meets another constant, and sizes between. A rule's
/// bands measure one quantity, so at most one such basis appears in them.
/// </remarks>
internal static class BandPartition
{
    /// <summary>The outcome: a value no band takes, and the bands that never come first.</summary>
    internal sealed record Analysis(Measured? Gap, decimal? GapBaseline, IReadOnlyList<int> Unreachable);

    internal static Analysis Analyse(RuleMeasure measure, IReadOnlyList<(BandCondition Condition, bool Conditional)> bands)
    {
        var compiled = bands.Select(b => new CompiledCondition(b.Condition, measure)).ToArray();
        var reached = new bool[bands.Count];
        Measured? gap = null;
        decimal? gapBaseline = null;

        foreach (var baseline in BaselineSizes(bands))
        {
            foreach (var point in Points(measure, bands, baseline))
            {
                var covered = false;
                for (var i = 0; i < compiled.Length && !covered; i++)
                {
                    if (!compiled[i].Holds(point, baseline, baseline))
                    {
                        continue;
                    }

                    reached[i] = true;
                    covered = !bands[i].Conditional;
                }

                if (!covered && gap is null)
                {
                    gap = point;
                    gapBaseline = bands.Any(b => b.Condition.ToleranceOf != ToleranceBasis.Measure && b.Condition.Comparison == BandComparison.Within) ? baseline : null;
                }
            }
        }

        var unreachable = Enumerable.Range(0, bands.Count).Where(i => !reached[i]).ToArray();
        return new Analysis(gap, gapBaseline, unreachable);
    }

    private static IEnumerable<Measured> Points(RuleMeasure measure, IReadOnlyList<(BandCondition Condition, bool Conditional)> bands, decimal baseline)
    {
        if (measure == RuleMeasure.TargetMet)
        {
            yield return Measured.Finite(0m);
            yield return Measured.Finite(1m);
            yield break;
        }

        var constants = new SortedSet<decimal>();
        foreach (var (c, _) in bands)
        {
            Add(constants, c.Value);
            Add(constants, c.Min);
            Add(constants, c.Max);
            if (c.Comparison == BandComparison.Within)
            {
                var reference = c.Reference ?? 0m;
                var width = Width(c, baseline);
                Add(constants, reference);
                if (width is { } w)
                {
                    Add(constants, Shift(reference, -w));
                    Add(constants, Shift(reference, w));
                }
            }
        }

        if (constants.Count == 0)
        {
            constants.Add(0m);
        }

        var sorted = constants.ToArray();
        if (Shift(sorted[0], -1m) is { } below)
        {
            yield return Measured.Finite(below);
        }

        for (var i = 0; i < sorted.Length; i++)
        {
            yield return Measured.Finite(sorted[i]);
            if (i + 1 < sorted.Length && Between(sorted[i], sorted[i + 1]) is { } middle)
            {
                yield return Measured.Finite(middle);
            }
        }

        if (Shift(sorted[sorted.Length - 1], 1m) is { } above)
        {
            yield return Measured.Finite(above);
        }

        if (measure is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate)
        {
            yield return Measured.Of(Rate.PositiveInfinity);
            yield return Measured.Of(Rate.NegativeInfinity);
        }

        if (measure is RuleMeasure.ChangeFromBaseline or RuleMeasure.ChangeFromPrevious or RuleMeasure.ChangeFromTarget)
        {
            // A change is worked out exactly where decimal would round it, so it can lie between two
            // neighbouring decimals of 29 digits, or beyond decimal's range (up to twice its largest).
            for (var i = 0; i + 1 < sorted.Length; i++)
            {
                var low = ExactDecimal.Scale(sorted[i]);
                var high = ExactDecimal.Scale(sorted[i + 1]);
                if (high - low >= 2)
                {
                    yield return Measured.Exactly(new ExactDecimal((low + high) / 2));
                }
            }

            var max = ExactDecimal.Scale(decimal.MaxValue);
            foreach (var beyond in new[] { max + 1, -max - 1, max * 2, -max * 2 })
            {
                yield return Measured.Exactly(new ExactDecimal(beyond));
            }
        }
    }

    // The baseline sizes at which a baseline-relative edge meets a constant or another such edge,
    // with sizes between them and beyond; just 0 when no tolerance is measured in the baseline.
    private static IEnumerable<decimal> BaselineSizes(IReadOnlyList<(BandCondition Condition, bool Conditional)> bands)
    {
        var relative = bands.Select(b => b.Condition)
            .Where(c => c.Comparison == BandComparison.Within && c.ToleranceOf != ToleranceBasis.Measure && c.Tolerance is > 0m)
            .ToArray();
        if (relative.Length == 0)
        {
            return new[] { 0m };
        }

        var fixedPoints = new SortedSet<decimal>();
        foreach (var (c, _) in bands)
        {
            Add(fixedPoints, c.Value);
            Add(fixedPoints, c.Min);
            Add(fixedPoints, c.Max);
            if (c.Comparison == BandComparison.Within)
            {
                Add(fixedPoints, c.Reference ?? 0m);
                if (c.ToleranceOf == ToleranceBasis.Measure && c.Tolerance is { } t)
                {
                    Add(fixedPoints, Shift(c.Reference ?? 0m, -t));
                    Add(fixedPoints, Shift(c.Reference ?? 0m, t));
                }
            }
        }

        var sizes = new SortedSet<decimal> { 0m };
        foreach (var r in relative)
        {
            var reference = r.Reference ?? 0m;
            foreach (var p in fixedPoints)
            {
                Add(sizes, Divide(Gap(p, reference), r.Tolerance));
            }

            foreach (var other in relative)
            {
                var gap = Gap(other.Reference ?? 0m, reference);
                Add(sizes, Divide(gap, Shift(r.Tolerance!.Value, other.Tolerance!.Value)));
                if (r.Tolerance != other.Tolerance)
                {
                    Add(sizes, Divide(gap, Gap(r.Tolerance!.Value, other.Tolerance!.Value)));
                }
            }
        }

        var sorted = sizes.ToArray();
        var result = new List<decimal>();
        for (var i = 0; i < sorted.Length; i++)
        {
            result.Add(sorted[i]);
            result.Add(i + 1 < sorted.Length ? Between(sorted[i], sorted[i + 1]) ?? sorted[i] : Shift(sorted[i], 1m) ?? sorted[i]);
        }

        return result;
    }

    private static decimal? Width(BandCondition c, decimal baseline)
    {
        try
        {
            return c.ToleranceOf != ToleranceBasis.Measure ? (c.Tolerance ?? 0m) * baseline : c.Tolerance ?? 0m;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static void Add(SortedSet<decimal> set, decimal? value)
    {
        if (value is { } v)
        {
            set.Add(v);
        }
    }

    private static decimal? Shift(decimal value, decimal by)
    {
        try
        {
            return value + by;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // A value strictly between two neighbours, or null when decimal has none (they differ in the last digit).
    private static decimal? Between(decimal low, decimal high)
    {
        if (Gap(high, low) is not { } gap)
        {
            return null;
        }

        var middle = low + (gap / 2m);
        return middle > low && middle < high ? middle : null;
    }

    // |a − b|, or null when it overflows.
    private static decimal? Gap(decimal a, decimal b)
    {
        try
        {
            return Math.Abs(a - b);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Divide(decimal? a, decimal? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        try
        {
            return b == 0m ? null : a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
