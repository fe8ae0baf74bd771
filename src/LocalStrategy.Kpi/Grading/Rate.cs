using System.Globalization;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A rate as a fraction (1 = 100 %), computed in <see cref="decimal"/> with no rounding, or one of
/// the non-finite cases of <see cref="RateKind"/>. Rates order from negative infinity through the
/// finite values to positive infinity; an undefined rate does not order.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public readonly struct Rate : IEquatable<Rate>
{
    private Rate(RateKind kind, decimal value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Gets the undefined rate.</summary>
    public static Rate Undefined => default;

    /// <summary>Gets the rate above every finite rate.</summary>
    public static Rate PositiveInfinity => new(RateKind.PositiveInfinity, 0m);

    /// <summary>Gets the rate below every finite rate.</summary>
    public static Rate NegativeInfinity => new(RateKind.NegativeInfinity, 0m);

    /// <summary>Gets the kind of rate.</summary>
    public RateKind Kind { get; }

    /// <summary>Gets the value when <see cref="Kind"/> is <see cref="RateKind.Finite"/>; 0 otherwise.</summary>
    public decimal Value { get; }

    /// <summary>Gets whether the rate is defined.</summary>
    public bool IsDefined => Kind != RateKind.Undefined;

    /// <summary>Creates a finite rate.</summary>
    /// <param name="value">The fraction, 1 for 100 %.</param>
    /// <returns>The rate.</returns>
    public static Rate Of(decimal value) => new(RateKind.Finite, value);

    /// <summary>Tells whether the rate is at least <paramref name="threshold"/> (or above it when <paramref name="inclusive"/> is false).</summary>
    /// <param name="threshold">A finite threshold, as a fraction.</param>
    /// <param name="inclusive">Whether a rate equal to the threshold passes.</param>
    /// <returns>Whether the rate passes; an undefined rate never does.</returns>
    public bool Passes(decimal threshold, bool inclusive) => Kind switch
    {
        RateKind.Finite => inclusive ? Value >= threshold : Value > threshold,
        RateKind.PositiveInfinity => true,
        _ => false,
    };

    /// <summary>Writes the rate as a percentage with the given decimals, rounded half away from zero, culture-invariant.</summary>
    /// <param name="decimals">Decimal places, 0 to 4.</param>
    /// <returns>For example <c>93.1%</c>, <c>+∞</c> or <c>—</c> when undefined.</returns>
    public string ToPercentString(int decimals = 1) => Kind switch
    {
        RateKind.Finite => Percent(Value, decimals) + "%",
        RateKind.PositiveInfinity => "+∞",
        RateKind.NegativeInfinity => "-∞",
        _ => "—",
    };

    // value × 100 rounded to the decimals, written invariantly. Rounding the fraction at two more places and
    // moving the point is the same rounding, and cannot overflow where value × 100 would (|value| > 7.9e26).
    private static string Percent(decimal value, int decimals)
    {
        var text = Math.Round(value, decimals + 2, MidpointRounding.AwayFromZero).ToString("F" + (decimals + 2).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var negative = text[0] == '-';
        var digits = (negative ? text.Substring(1) : text).Replace(".", string.Empty);
        var point = digits.Length - decimals;
        var result = new System.Text.StringBuilder();
        result.Append(digits, 0, point);
        while (result.Length > 1 && result[0] == '0')
        {
            result.Remove(0, 1);
        }

        if (decimals > 0)
        {
            result.Append('.').Append(digits, point, decimals);
        }

        var zero = digits.All(c => c == '0');
        return negative && !zero ? "-" + result : result.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Rate other) => Kind == other.Kind && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc/>
    // Stryker disable once Bitwise,Arithmetic : the spread of hash codes is not observable; equal values still hash alike
    public override int GetHashCode() => ((int)Kind * 397) ^ Value.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => ToPercentString(1);

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Compares two rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);
}
