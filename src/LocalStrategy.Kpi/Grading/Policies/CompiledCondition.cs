using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading.Policies;

/// <summary>A band condition unpacked for the hot path: values stored at a rate's scale, flags resolved.</summary>
internal sealed class CompiledCondition
{
    internal CompiledCondition(BandCondition condition, RuleMeasure ruleMeasure)
    {
        Source = condition;
        Measure = condition.Measure ?? ruleMeasure;
        Comparison = condition.Comparison;
        Value = Rates.AtRateScale(condition.Value ?? 0m);
        Min = condition.Min ?? 0m;
        Max = condition.Max ?? 0m;
        MinInclusive = condition.MinInclusive ?? false;
        MaxInclusive = condition.MaxInclusive ?? false;
        Reference = condition.Reference ?? 0m;
        Tolerance = condition.Tolerance ?? 0m;
        OfBaseline = condition.ToleranceOf == ToleranceBasis.Baseline;
        Inclusive = condition.Inclusive ?? false;
    }

    internal BandCondition Source { get; }

    internal RuleMeasure Measure { get; }

    internal BandComparison Comparison { get; }

    internal decimal Value { get; }

    internal decimal Min { get; }

    internal decimal Max { get; }

    internal bool MinInclusive { get; }

    internal bool MaxInclusive { get; }

    internal decimal Reference { get; }

    internal decimal Tolerance { get; }

    internal bool OfBaseline { get; }

    internal bool Inclusive { get; }

    /// <summary>Whether the value meets the condition; an undefined value meets none but <see cref="BandComparison.Otherwise"/>.</summary>
    /// <param name="m">The value.</param>
    /// <param name="baseline">The baseline, for a tolerance measured in it.</param>
    internal bool Holds(in Measured m, decimal? baseline)
    {
        if (Comparison == BandComparison.Otherwise)
        {
            return true;
        }

        switch (m.Kind)
        {
            case RateKind.PositiveInfinity:
                return Comparison is BandComparison.AtLeast or BandComparison.Above;
            case RateKind.NegativeInfinity:
                return Comparison is BandComparison.AtMost or BandComparison.Below;
            case RateKind.Finite:
                break;
            default:
                return false;
        }

        var v = m.Value;
        var s = m.Scale;
        return Comparison switch
        {
            BandComparison.AtLeast => v >= At(Value, s),
            BandComparison.Above => v > At(Value, s),
            BandComparison.AtMost => v <= At(Value, s),
            BandComparison.Below => v < At(Value, s),
            BandComparison.EqualTo => v == At(Value, s),
            BandComparison.Between => (MinInclusive ? v >= At(Min, s) : v > At(Min, s)) && (MaxInclusive ? v <= At(Max, s) : v < At(Max, s)),
            BandComparison.Within => IsWithin(v, s, baseline),
            _ => false,
        };
    }

    private static decimal At(decimal value, decimal scale) => scale == 1m ? value : value * scale;

    private bool IsWithin(decimal v, decimal s, decimal? baseline)
    {
        decimal tolerance;
        try
        {
            tolerance = OfBaseline ? Tolerance * Math.Abs((baseline ?? 0m) * s) : Tolerance * s;
        }
        catch (OverflowException)
        {
            // A band wider than the largest decimal holds every difference.
            return true;
        }

        decimal distance;
        try
        {
            distance = Math.Abs(v - At(Reference, s));
        }
        catch (OverflowException)
        {
            return false;
        }

        return Inclusive ? distance <= tolerance : distance < tolerance;
    }
}
