using System.Runtime.CompilerServices;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// A value on a rule's measure line: a rate (with its non-finite kinds) or a change in the
/// indicator's unit. A change that decimal would round or overflow is kept exactly in
/// <see cref="Exact"/> (its <see cref="Value"/> is then 0), so that comparing it with a band's values
/// stays exact.
/// </summary>
internal readonly struct Measured
{
    private Measured(RateKind kind, decimal value, ExactDecimal? exact)
    {
        Kind = kind;
        Value = value;
        Exact = exact;
    }

    internal RateKind Kind { get; }

    internal decimal Value { get; }

    /// <summary>Gets the exact value of a change that decimal would round or overflow, or <see langword="null"/>.</summary>
    internal ExactDecimal? Exact { get; }

    internal bool IsDefined => Kind != RateKind.Undefined;

    internal static Measured Undefined => default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Measured Of(in Rate rate) => new(rate.Kind, rate.Value, null);

    internal static Measured Finite(decimal value) => new(RateKind.Finite, value, null);

    internal static Measured Exactly(ExactDecimal exact) => new(RateKind.Finite, 0m, exact);
}
