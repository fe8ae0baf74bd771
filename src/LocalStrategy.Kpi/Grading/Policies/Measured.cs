using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading.Policies;

/// <summary>
/// A value on a rule's measure line: a rate (with its non-finite kinds) or a change in the
/// indicator's unit. A change too large for decimal is held at a quarter of its size
/// (<see cref="Scale"/> 0.25), where no difference of two decimals overflows; conditions compare
/// it with their values multiplied by the same scale, so no comparison is changed by it.
/// </summary>
internal readonly struct Measured
{
    private Measured(RateKind kind, decimal value, decimal scale)
    {
        Kind = kind;
        Value = value;
        Scale = scale;
    }

    internal RateKind Kind { get; }

    internal decimal Value { get; }

    internal decimal Scale { get; }

    internal bool IsDefined => Kind != RateKind.Undefined;

    internal static Measured Undefined => default;

    internal static Measured Of(in Rate rate) => new(rate.Kind, rate.Value, 1m);

    internal static Measured Finite(decimal value, decimal scale) => new(RateKind.Finite, value, scale);
}
