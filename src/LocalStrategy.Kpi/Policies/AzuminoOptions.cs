namespace LocalStrategy.Kpi.Policies;

/// <summary>Choices for a variant of Azumino's policy where the source is ambiguous (<see cref="GradingPolicies.CreateAzumino"/>).</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record AzuminoOptions
{
    /// <summary>Gets the options as domain.md decides them.</summary>
    public static AzuminoOptions Default { get; } = new();

    /// <summary>
    /// Gets whether a rate of exactly 60 % is C. The printed bands overlap there (C: 60 %以上, D: 60 %以下);
    /// read top-down, C matches first.
    /// </summary>
    /// <value>The default value is <see langword="true"/>: exactly 60 % is C. <see langword="false"/> makes it D.</value>
    public bool ExactlySixtyPercentIsC { get; init; } = true;
}
