using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Reads a JSON number into a decimal only when the decimal holds it exactly: <c>1e-30</c> (below
/// decimal's smallest step) and <c>12.000000000000000000000000000000001</c> (more digits than it keeps)
/// are refused, naming the number, instead of being rounded to 0 or to 12. Trailing zeros are kept
/// (50.0 stays 50.0). Writes as System.Text.Json does.
/// </summary>
internal sealed class ExactDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException("The JSON value could not be converted to System.Decimal.");
        }

        var parsed = reader.TryGetDecimal(out var value);

        // The usual number (no exponent, at most 28 digits) is exact whenever it parses: nothing to check, nothing allocated.
        if (parsed && !reader.HasValueSequence && IsShortPlain(reader.ValueSpan))
        {
            return value;
        }

        var text = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray());
        if (!parsed || !IsExact(text, value))
        {
            throw new InexactNumberException(text);
        }

        return value;
    }

    // At most 28 digits and no exponent: every such number is a decimal exactly (28 significant digits, 28 decimal places).
    internal static bool IsShortPlain(ReadOnlySpan<byte> number)
    {
        var digits = 0;
        foreach (var b in number)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'0' and <= (byte)'9' && ++digits > 28)
            {
                return false;
            }
        }

        return true;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Whether <paramref name="value"/> equals the number <paramref name="text"/> writes (a JSON number), exactly.</summary>
    internal static bool IsExact(string text, decimal value)
    {
        // text = ±digits[.digits][e±digits]: as mantissa × 10^exponent, with no trailing zeros.
        var e = text.IndexOf('e') >= 0 ? text.IndexOf('e') : text.IndexOf('E');
        var exponent = 0L;
        if (e >= 0 && !long.TryParse(text.Substring(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return false;
        }

        var number = e >= 0 ? text.Substring(0, e) : text;
        var negative = number.StartsWith("-", StringComparison.Ordinal);
        var digits = negative ? number.Substring(1) : number;
        var point = digits.IndexOf('.');
        if (point >= 0)
        {
            exponent -= digits.Length - point - 1;
            digits = digits.Remove(point, 1);
        }

        var (textMantissa, textExponent) = Normalize(BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), exponent);

        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        var (valueMantissa, valueExponent) = Normalize(mantissa, -((bits[3] >> 16) & 0xFF));
        if (textMantissa.IsZero)
        {
            return valueMantissa.IsZero;
        }

        return textMantissa == valueMantissa && textExponent == valueExponent && negative == (value < 0m);
    }

    private static (BigInteger Mantissa, long Exponent) Normalize(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero)
        {
            return (mantissa, 0);
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return (mantissa, exponent);
    }
}

/// <summary>A JSON number that a decimal cannot hold exactly.</summary>
internal sealed class InexactNumberException : JsonException
{
    internal InexactNumberException(string number)
        : base("The number " + number + " cannot be held exactly.") => Number = number;

    internal string Number { get; }
}
