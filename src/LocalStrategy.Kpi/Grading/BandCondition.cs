using System.Globalization;
using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A condition of a band: a comparison of a measure with a value, a range or a tolerance around a
/// reference. Which fields a comparison needs is stated on <see cref="BandComparison"/>; a policy
/// document that leaves one out, or gives one that does not belong, is rejected when read.
/// </summary>
/// <remarks>An immutable value; safe to share between threads. Rates are fractions: 0.8 is 80 %.</remarks>
public sealed record BandCondition
{
    /// <summary>Initializes a new instance of the <see cref="BandCondition"/> class.</summary>
    /// <param name="comparison">The comparison.</param>
    public BandCondition(BandComparison comparison) => Comparison = comparison;

    /// <summary>Gets the comparison.</summary>
    public BandComparison Comparison { get; }

    /// <summary>Gets the measure compared, when not the rule's own (only in <see cref="PolicyBand.And"/>).</summary>
    public RuleMeasure? Measure { get; init; }

    /// <summary>Gets the value of ≥, &gt;, ≤, &lt; and =.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the lower end of <see cref="BandComparison.Between"/>.</summary>
    public decimal? Min { get; init; }

    /// <summary>Gets the upper end of <see cref="BandComparison.Between"/>.</summary>
    public decimal? Max { get; init; }

    /// <summary>Gets whether the lower end of <see cref="BandComparison.Between"/> is inside.</summary>
    public bool? MinInclusive { get; init; }

    /// <summary>Gets whether the upper end of <see cref="BandComparison.Between"/> is inside.</summary>
    public bool? MaxInclusive { get; init; }

    /// <summary>Gets the reference of <see cref="BandComparison.Within"/>.</summary>
    /// <value>The default value is <see langword="null"/>, read as 0.</value>
    public decimal? Reference { get; init; }

    /// <summary>Gets the tolerance of <see cref="BandComparison.Within"/>, not negative.</summary>
    public decimal? Tolerance { get; init; }

    /// <summary>Gets what the tolerance is measured in.</summary>
    /// <value>The default value is <see cref="ToleranceBasis.Measure"/>.</value>
    public ToleranceBasis ToleranceOf { get; init; } = ToleranceBasis.Measure;

    /// <summary>Gets whether a value exactly at the tolerance's edge is inside <see cref="BandComparison.Within"/>.</summary>
    public bool? Inclusive { get; init; }

    /// <summary>Creates ≥ <paramref name="value"/>.</summary>
    /// <param name="value">The boundary, inside.</param>
    /// <returns>The condition.</returns>
    public static BandCondition AtLeast(decimal value) => new(BandComparison.AtLeast) { Value = value };

    /// <summary>Creates &gt; <paramref name="value"/>.</summary>
    /// <param name="value">The boundary, outside.</param>
    /// <returns>The condition.</returns>
    public static BandCondition Above(decimal value) => new(BandComparison.Above) { Value = value };

    /// <summary>Creates ≤ <paramref name="value"/>.</summary>
    /// <param name="value">The boundary, inside.</param>
    /// <returns>The condition.</returns>
    public static BandCondition AtMost(decimal value) => new(BandComparison.AtMost) { Value = value };

    /// <summary>Creates &lt; <paramref name="value"/>.</summary>
    /// <param name="value">The boundary, outside.</param>
    /// <returns>The condition.</returns>
    public static BandCondition Below(decimal value) => new(BandComparison.Below) { Value = value };

    /// <summary>Creates = <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The condition.</returns>
    public static BandCondition EqualTo(decimal value) => new(BandComparison.EqualTo) { Value = value };

    /// <summary>Creates the condition that every value meets.</summary>
    /// <returns>The condition.</returns>
    public static BandCondition Otherwise() => new(BandComparison.Otherwise);

    /// <summary>Describes the condition culture-invariantly, for example <c>≥ 0.8</c> or <c>within ±0.1 × |baseline| of 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var prefix = Measure is { } m ? JsonNames<RuleMeasure>.OfAny(m) + " " : string.Empty;
        return prefix + (Comparison switch
        {
            BandComparison.AtLeast => "≥ " + N(Value),
            BandComparison.Above => "> " + N(Value),
            BandComparison.AtMost => "≤ " + N(Value),
            BandComparison.Below => "< " + N(Value),
            BandComparison.EqualTo => "= " + N(Value),
            BandComparison.Between => (MinInclusive == true ? "[" : "(") + N(Min) + ", " + N(Max) + (MaxInclusive == true ? "]" : ")"),
            BandComparison.Within => "within ±" + N(Tolerance) + Relative(ToleranceOf)
                + " of " + N(Reference ?? 0m) + (Inclusive == true ? " (edge inside)" : " (edge outside)"),
            _ => "any other value",
        });
    }

    private static string Relative(ToleranceBasis basis) => basis switch
    {
        ToleranceBasis.Baseline => " × |baseline|",
        ToleranceBasis.Target => " × |target|",
        _ => string.Empty,
    };

    private static string N(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
