namespace LocalStrategy.Kpi.Grading;

/// <summary>What kind of number a <see cref="Rate"/> is.</summary>
public enum RateKind
{
    /// <summary>No rate is defined (the target is 0, or it is no improvement on the baseline).</summary>
    Undefined = 0,

    /// <summary>A finite rate, in <see cref="Rate.Value"/>.</summary>
    Finite = 1,

    /// <summary>Better than any finite rate: the actual passed a negative target into positive values, or lies beyond what a decimal holds.</summary>
    PositiveInfinity = 2,

    /// <summary>Worse than any finite rate: beyond what a decimal holds.</summary>
    NegativeInfinity = 3,
}
