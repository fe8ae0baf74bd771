using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>Turns what System.Text.Json reports about a document into validation errors people can act on; shared by every document format.</summary>
internal static class JsonReadErrors
{
    private static readonly Regex InternalTypeName = new(@"(System\.Nullable`1\[System\.(?<t>\w+)\])|(LocalStrategy\.Kpi\.\S*Dto\b)|(System\.Collections\.Generic\.List`1\[\S*\])|(System\.(?<t>String|Int32|Boolean|Decimal))", RegexOptions.CultureInvariant);

    internal static bool TryReadFormatVersion(string json, out decimal version)
    {
        version = 0;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("formatVersion", out var element)
                && element.ValueKind == JsonValueKind.Number
                && element.TryGetDecimal(out version);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static ValidationError NotUnicode()
        => new(
            ValidationCodes.JsonSyntax,
            "$",
            null,
            ValidationMessages.NotUnicode());

    internal static ValidationError UnsupportedVersion(decimal version, int current)
    {
        var text = version.ToString(CultureInfo.InvariantCulture);
        return new ValidationError(
            ValidationCodes.FormatVersionUnsupported,
            "$.formatVersion",
            text,
            ValidationMessages.FormatVersionUnsupported(text, current));
    }

    internal static ValidationError FromJsonException(JsonException ex, string json, string fieldsDoc, int maxDepth)
    {
        var line = (ex.LineNumber ?? 0) + 1;
        var position = CharacterPosition(json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0) + 1;
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path!;
        var where = string.Format(CultureInfo.InvariantCulture, "Line {0}, position {1}", line, position);
        var whereJa = string.Format(CultureInfo.InvariantCulture, "{0}行目 {1}文字目", line, position);
        if ((ex as InexactNumberException ?? ex.InnerException as InexactNumberException) is { } inexact)
        {
            return new ValidationError(ValidationCodes.NumberNotExact, path, inexact.Number, ValidationMessages.NumberNotExact(inexact.Number, where, whereJa));
        }

        if (ex.Message.IndexOf("Duplicate property", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return new ValidationError(ValidationCodes.DuplicateProperty, path, null, ValidationMessages.DuplicateProperty(where, whereJa));
        }

        if (ex.Message.IndexOf("maximum", StringComparison.OrdinalIgnoreCase) >= 0 && ex.Message.IndexOf("depth", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return new ValidationError(ValidationCodes.NestingTooDeep, path, null, ValidationMessages.NestingTooDeep(maxDepth, where, whereJa));
        }
        if (ex.Message.IndexOf("could not be mapped", StringComparison.Ordinal) >= 0)
        {
            return new ValidationError(
                ValidationCodes.UnknownField,
                path,
                null,
                ValidationMessages.UnknownField(where, path, fieldsDoc, whereJa));
        }

        var detail = ex.Message;
        var cut = detail.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            detail = detail.Substring(0, cut);
        }

        detail = InternalTypeName.Replace(detail, m => m.Groups["t"].Success ? Friendly(m.Groups["t"].Value) : "this field's type");
        return new ValidationError(
            ValidationCodes.JsonSyntax,
            path,
            null,
            ValidationMessages.JsonSyntax(where, detail, whereJa, path));
    }

    // System.Text.Json reports a UTF-8 byte offset within the line; people count characters
    // (安 is three bytes and one character).
    internal static long CharacterPosition(string json, long lineIndex, long bytePosition)
    {
        var start = 0;
        for (long l = 0; l < lineIndex && start < json.Length; l++)
        {
            var next = json.IndexOf('\n', start);
            if (next < 0)
            {
                return bytePosition;
            }

            start = next + 1;
        }

        long bytes = 0;
        var chars = 0;
        for (var i = start; i < json.Length && bytes < bytePosition && json[i] != '\n'; i++)
        {
            var c = json[i];
            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                bytes += 4;
                chars += 2;
                i++;
                continue;
            }

            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            chars++;
        }

        return chars;
    }

    internal static string Friendly(string type) => type switch
    {
        "Decimal" => "a number",
        "Int32" => "a whole number",
        "Boolean" => "true or false",
        "String" => "a string",
        _ => type,
    };
}
