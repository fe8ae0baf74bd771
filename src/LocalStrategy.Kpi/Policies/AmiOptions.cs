namespace LocalStrategy.Kpi.Policies;

/// <summary>Choices for a variant of the Ami policy (<see cref="GradingPolicies.CreateAmi"/>).</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record AmiOptions
{
    /// <summary>Gets the default options.</summary>
    public static AmiOptions Default { get; } = new();

    /// <summary>
    /// Gets how far from the current value an actual may lie and still count as unchanged (横ばい),
    /// as a fraction of the current value's magnitude: 0.1 is "the same level within 10 %".
    /// </summary>
    /// <value>The default value is 0: only an actual equal to the current value is unchanged.</value>
    public decimal UnchangedTolerance { get; init; }
}
