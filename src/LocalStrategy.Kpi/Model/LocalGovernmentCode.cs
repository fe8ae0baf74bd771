using System.Globalization;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A 6-digit local government code (全国地方公共団体コード): a 2-digit prefecture, a 3-digit
/// municipality and a check digit. The check digit is the last digit of 11 − (Σ dᵢ·wᵢ mod 11)
/// with weights 6, 5, 4, 3, 2 on the first five digits (so 安曇野市 is 202207).
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public readonly struct LocalGovernmentCode : IEquatable<LocalGovernmentCode>
{
    private readonly string value;

    private LocalGovernmentCode(string value) => this.value = value;

    /// <summary>Gets the six digits.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Gets the 2-digit prefecture code.</summary>
    public string PrefectureCode => Value.Length == 6 ? Value.Substring(0, 2) : string.Empty;

    /// <summary>Computes the check digit for the first five digits.</summary>
    /// <param name="fiveDigits">Five ASCII digits.</param>
    /// <returns>The check digit, 0 to 9.</returns>
    /// <exception cref="ArgumentException">The text is not five digits.</exception>
    public static int CheckDigit(string fiveDigits)
    {
        if (fiveDigits is null || fiveDigits.Length != 5 || !AllDigits(fiveDigits))
        {
            throw new ArgumentException("Expected five digits.", nameof(fiveDigits));
        }

        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (fiveDigits[i] - '0') * (6 - i);
        }

        return (11 - (sum % 11)) % 10;
    }

    /// <summary>Parses a code, checking its length, digits, prefecture (01–47) and check digit.</summary>
    /// <param name="text">The text.</param>
    /// <param name="code">The code, when valid.</param>
    /// <param name="error">Why the text is not a valid code; <see langword="null"/> when it is.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryParse(string? text, out LocalGovernmentCode code, out string? error)
    {
        code = default;
        if (text is null || text.Length != 6 || !AllDigits(text))
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a local government code: expected 6 digits.", text);
            return false;
        }

        var prefecture = ((text[0] - '0') * 10) + (text[1] - '0');
        if (prefecture < 1 || prefecture > 47)
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a local government code: the prefecture {1:D2} is not 01 to 47.", text, prefecture);
            return false;
        }

        var expected = CheckDigit(text.Substring(0, 5));
        if (text[5] - '0' != expected)
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a local government code: its check digit should be {1}.", text, expected);
            return false;
        }

        code = new LocalGovernmentCode(text);
        error = null;
        return true;
    }

    /// <summary>Parses a code.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a valid code; the message says why.</exception>
    public static LocalGovernmentCode Parse(string text)
        => TryParse(text, out var code, out var error) ? code : throw new FormatException(error);

    /// <inheritdoc/>
    public bool Equals(LocalGovernmentCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LocalGovernmentCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(LocalGovernmentCode left, LocalGovernmentCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(LocalGovernmentCode left, LocalGovernmentCode right) => !left.Equals(right);

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
