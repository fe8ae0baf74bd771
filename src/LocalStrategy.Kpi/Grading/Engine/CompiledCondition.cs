using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>A band condition unpacked for the hot path: values stored at a rate's scale, flags resolved.</summary>
internal sealed class CompiledCondition
{
    internal CompiledCondition(BandCondition condition, RuleMeasure ruleMeasure)
    {
        Measure = condition.Measure ?? ruleMeasure;
        Comparison = condition.Comparison;
        Value = Rates.AtRateScale(condition.Value ?? 0m);
        Min = condition.Min ?? 0m;
        Max = condition.Max ?? 0m;
        MinInclusive = condition.MinInclusive ?? false;
        MaxInclusive = condition.MaxInclusive ?? false;
        Reference = condition.Reference ?? 0m;
        Tolerance = condition.Tolerance ?? 0m;
        Basis = condition.ToleranceOf;
        Inclusive = condition.Inclusive ?? false;
    }

    internal RuleMeasure Measure { get; }

    internal BandComparison Comparison { get; }

    internal decimal Value { get; }

    internal decimal Min { get; }

    internal decimal Max { get; }

    internal bool MinInclusive { get; }

    internal bool MaxInclusive { get; }

    internal decimal Reference { get; }

    internal decimal Tolerance { get; }

    /// <summary>Gets what the tolerance of a within condition is measured in.</summary>
    internal ToleranceBasis Basis { get; }

    /// <summary>Gets whether the tolerance is measured in the baseline.</summary>
    internal bool OfBaseline => Basis == ToleranceBasis.Baseline;

    internal bool Inclusive { get; }

    /// <summary>Whether the value meets the condition; an undefined value meets none but <see cref="BandComparison.Otherwise"/>.</summary>
    /// <param name="m">The value.</param>
    /// <param name="baseline">The baseline, for a tolerance measured in it.</param>
    /// <param name="target">The value judged against, for a tolerance measured in the target.</param>
    internal bool Holds(in Measured m, decimal? baseline, decimal? target)
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

        if (m.Exact is { } exact)
        {
            return Comparison switch
            {
                // Stryker disable once Equality : an exact value is used only where decimal cannot hold it, so it never equals a decimal bound
                BandComparison.AtLeast => exact.CompareTo(Value) >= 0,
                BandComparison.Above => exact.CompareTo(Value) > 0,
                // Stryker disable once Equality : an exact value is used only where decimal cannot hold it, so it never equals a decimal bound
                BandComparison.AtMost => exact.CompareTo(Value) <= 0,
                BandComparison.Below => exact.CompareTo(Value) < 0,
                BandComparison.EqualTo => exact.CompareTo(Value) == 0,
                // Stryker disable once Conditional : an exact value never equals a decimal bound, so whether a bound is inside does not change the answer
                BandComparison.Between => (MinInclusive ? exact.CompareTo(Min) >= 0 : exact.CompareTo(Min) > 0) && (MaxInclusive ? exact.CompareTo(Max) <= 0 : exact.CompareTo(Max) < 0),
                BandComparison.Within => exact.IsWithin(Reference, Tolerance, Of(baseline, target), Inclusive),
                _ => false,
            };
        }

        var v = m.Value;
        return Comparison switch
        {
            BandComparison.AtLeast => v >= Value,
            BandComparison.Above => v > Value,
            BandComparison.AtMost => v <= Value,
            BandComparison.Below => v < Value,
            BandComparison.EqualTo => v == Value,
            BandComparison.Between => (MinInclusive ? v >= Min : v > Min) && (MaxInclusive ? v <= Max : v < Max),
            BandComparison.Within => IsWithin(v, Of(baseline, target)),
            _ => false,
        };
    }

    // The magnitude a relative tolerance is measured in (0 when it is missing), or null for a tolerance in the measure's own terms.
    private decimal? Of(decimal? baseline, decimal? target) => Basis switch
    {
        ToleranceBasis.Baseline => baseline ?? 0m,
        ToleranceBasis.Target => target ?? 0m,
        _ => null,
    };

    private bool IsWithin(decimal v, decimal? of)
    {
        var tolerance = Tolerance;
        if ((of is not { } magnitude || DecimalScale.TryMultiply(Tolerance, Math.Abs(magnitude), out tolerance))
            && DecimalScale.TrySubtract(v, Reference, out var distance))
        {
            distance = Math.Abs(distance);
            return Inclusive ? distance <= tolerance : distance < tolerance;
        }

        // The tolerance or the distance rounds or overflows in decimal: the same comparison, exactly.
        return new ExactDecimal(ExactDecimal.Scale(v)).IsWithin(Reference, Tolerance, of, Inclusive);
    }
}
