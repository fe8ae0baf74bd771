namespace LocalStrategy.Kpi.Validation;

/// <summary>
/// The stable codes of problems in a policy document (docs/policies.md lists each with an example).
/// A policy document also reports the general codes of <see cref="ValidationCodes"/>:
/// <see cref="ValidationCodes.JsonSyntax"/>, <see cref="ValidationCodes.UnknownField"/>,
/// <see cref="ValidationCodes.FormatVersionUnsupported"/>, <see cref="ValidationCodes.Required"/>,
/// <see cref="ValidationCodes.UnknownValue"/>, <see cref="ValidationCodes.DuplicateId"/>,
/// <see cref="ValidationCodes.InvalidPeriod"/>, <see cref="ValidationCodes.PeriodsNotIncreasing"/> and
/// <see cref="ValidationCodes.OutOfRange"/>. A code never changes meaning once released.
/// </summary>
public static class PolicyValidationCodes
{
    /// <summary>The policy's name is not lower-case letters, digits and hyphens.</summary>
    public const string InvalidName = "InvalidName";

    /// <summary>A grade uses the code <c>NotGradable</c>, which the library keeps for 評価不能, or a rule uses an id the library reports itself (<c>name.override</c>, <c>name.notInForce</c>).</summary>
    public const string ReservedCode = "ReservedCode";

    /// <summary>A band, outcome, stage or override names a grade the version's scale does not have.</summary>
    public const string UnknownGrade = "UnknownGrade";

    /// <summary>A band condition lacks a field its comparison needs, or has one it does not use; or a band of a version's last rule passes to a next rule.</summary>
    public const string ConditionIncomplete = "ConditionIncomplete";

    /// <summary>A rule's measure does not fit its target, bands or conditions (a rate without a target, a manual rule with bands).</summary>
    public const string MeasureMismatch = "MeasureMismatch";

    /// <summary>Some value of the measure gets no band: the bands leave a gap.</summary>
    public const string BandGap = "BandGap";

    /// <summary>A band is never the first match: the bands above it take every value it covers.</summary>
    public const string BandUnreachable = "BandUnreachable";

    /// <summary>An override names both a policy and a grade, or neither, or a grade without a reason.</summary>
    public const string OverrideInvalid = "OverrideInvalid";

    /// <summary>An override names a policy that is not registered.</summary>
    public const string UnknownPolicy = "UnknownPolicy";

    /// <summary>An override names a policy that has a grade with one of this policy's codes and other labels.</summary>
    public const string GradeConflict = "GradeConflict";

    /// <summary>
    /// A warning, not an error: a threshold of a rate rule beyond ±10 (±1,000 %), most likely a
    /// percentage written where rates are fractions (100 for 1 = 100 %). The document is still valid.
    /// </summary>
    public const string ImplausibleRateThreshold = "ImplausibleRateThreshold";

    /// <summary>A rule has more than 64 bands, or more than 12 <c>within</c> bands whose tolerance is measured in the baseline or the target.</summary>
    public const string TooManyBands = "TooManyBands";
}
