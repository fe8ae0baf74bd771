using System.Runtime.CompilerServices;

namespace LocalStrategy.Kpi.Grading.Policies;

/// <summary>
/// A value on a rule's measure line: a rate (with its non-finite kinds) or a change in the
/// indicator's unit. A change too large for decimal is held at a quarter of its size
/// (<see cref="Scale"/> 0.25), where no difference of two decimals overflows; conditions compare
/// it with their values multiplied by the same scale, so no comparison is changed by it.
/// </summary>
internal readonly struct Measured
{
    private Measured(RateKind kind, decimal value, decimal scale, bool isUnitScale)
    {
        Kind = kind;
        Value = value;
        Scale = scale;
        IsUnitScale = isUnitScale;
    }

    internal RateKind Kind { get; }

    internal decimal Value { get; }

    internal decimal Scale { get; }

    /// <summary>Gets whether <see cref="Scale"/> is 1, the common case, tested once here instead of at every comparison.</summary>
    internal bool IsUnitScale { get; }

    internal bool IsDefined => Kind != RateKind.Undefined;

    internal static Measured Undefined => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Measured Of(in Rate rate) => new(rate.Kind, rate.Value, 1m, true);

    /// <summary>A finite value at scale 1, or at 0.25 for a change too large for decimal (<paramref name="quarter"/>).</summary>
    internal static Measured Finite(decimal value, bool quarter = false) => new(RateKind.Finite, value, quarter ? 0.25m : 1m, !quarter);
}
