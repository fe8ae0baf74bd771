namespace LocalStrategy.Kpi.Validation;

/// <summary>
/// The stable codes of <see cref="ValidationError"/>. A code never changes meaning once released;
/// docs/format.md lists each with an example.
/// </summary>
public static class ValidationCodes
{
    /// <summary>The text is not well-formed JSON, or a field has the wrong JSON type.</summary>
    public const string JsonSyntax = "JsonSyntax";

    /// <summary>A field the format does not define (often a misspelt name).</summary>
    public const string UnknownField = "UnknownField";

    /// <summary>The document has no <c>formatVersion</c>, or one this library does not read.</summary>
    public const string FormatVersionUnsupported = "FormatVersionUnsupported";

    /// <summary>A required field is missing or blank.</summary>
    public const string Required = "Required";

    /// <summary>An indicator states no direction; a direction is never inferred.</summary>
    public const string DirectionMissing = "DirectionMissing";

    /// <summary>A field holds a name the format does not define (direction "up").</summary>
    public const string UnknownValue = "UnknownValue";

    /// <summary>Two elements share an identifier.</summary>
    public const string DuplicateId = "DuplicateId";

    /// <summary>A reference names a viewpoint or measure the document does not have.</summary>
    public const string UnknownReference = "UnknownReference";

    /// <summary>A period or fiscal year cannot be read.</summary>
    public const string InvalidPeriod = "InvalidPeriod";

    /// <summary>The plan period ends before it starts: its length would be zero or negative.</summary>
    public const string PlanPeriodInvalid = "PlanPeriodInvalid";

    /// <summary>A target or observation is for a fiscal year outside the plan period.</summary>
    public const string OutsidePlanPeriod = "OutsidePlanPeriod";

    /// <summary>A percentage indicator has a value below 0 or above 100.</summary>
    public const string PercentageOutOfRange = "PercentageOutOfRange";

    /// <summary>A range target has a minimum above its maximum.</summary>
    public const string RangeMinGreaterThanMax = "RangeMinGreaterThanMax";

    /// <summary>A target states no value, range or stage, or mixes them.</summary>
    public const string TargetIncomplete = "TargetIncomplete";

    /// <summary>Two targets of one indicator are for the same fiscal year.</summary>
    public const string DuplicateTarget = "DuplicateTarget";

    /// <summary>A milestone stage that the indicator's <c>stages</c> list does not have.</summary>
    public const string UnknownStage = "UnknownStage";

    /// <summary>The municipality code is not 6 digits with a valid prefecture and check digit.</summary>
    public const string MunicipalityCodeInvalid = "MunicipalityCodeInvalid";

    /// <summary>A population (a target, a range end or an actual) is negative.</summary>
    public const string NegativePopulation = "NegativePopulation";

    /// <summary>The periods of a list that must increase (population targets, path points, actuals) do not.</summary>
    public const string PeriodsNotIncreasing = "PeriodsNotIncreasing";

    /// <summary>Two ranges of fiscal years for the same component of population change overlap.</summary>
    public const string OverlappingRanges = "OverlappingRanges";

    /// <summary>A range of fiscal years ends before it starts.</summary>
    public const string YearRangeInvalid = "YearRangeInvalid";

    /// <summary>A number outside what the field allows (priority level 1–4, positive scale, generation ≥ 1, a non-negative fertility rate).</summary>
    public const string OutOfRange = "OutOfRange";

    /// <summary>The document is larger than <c>DocumentReadOptions.MaxBytes</c>; it is not read.</summary>
    public const string DocumentTooLarge = "DocumentTooLarge";

    /// <summary>The bytes are not valid UTF-8 (or not the UTF-16/UTF-32 their byte order mark says); the message names a likely Japanese encoding.</summary>
    public const string NotUtf8 = "NotUtf8";

    /// <summary>An object gives the same field twice; neither is taken.</summary>
    public const string DuplicateProperty = "DuplicateProperty";

    /// <summary>A number has more digits, or is smaller or larger, than a decimal holds exactly (28–29 significant digits, 1e-28 to about 7.9e28); it is not rounded.</summary>
    public const string NumberNotExact = "NumberNotExact";

    /// <summary>Objects and arrays are nested deeper than <c>DocumentReadOptions.MaxDepth</c>.</summary>
    public const string NestingTooDeep = "NestingTooDeep";

    /// <summary>More problems than <c>DocumentReadOptions.MaxProblems</c>: the last error says how many more were found and not listed.</summary>
    public const string TooManyProblems = "TooManyProblems";
}
