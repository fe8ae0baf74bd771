using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Reads and writes strategy documents (JSON, <c>formatVersion</c> 1, described field by field in
/// docs/format.md). Reading validates the whole document and reports every problem with its code,
/// JSON path, value and an English and a Japanese message; writing keeps Japanese text unescaped and
/// decimals exactly as they are (0.1 stays 0.1, 1563429 stays an integer).
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class StrategyJson
{
    private static readonly StrategyJsonContext Context = new(new JsonSerializerOptions(StrategyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly Regex InternalTypeName = new(@"(System\.Nullable`1\[System\.(?<t>\w+)\])|(LocalStrategy\.Kpi\.\S*Dto\b)|(System\.Collections\.Generic\.List`1\[\S*\])|(System\.(?<t>String|Int32|Boolean|Decimal))", RegexOptions.CultureInvariant);

    /// <summary>Reads and validates a document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The strategy, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static StrategyReadResult Read(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        StrategyDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, Context.StrategyDto);
        }
        catch (JsonException ex)
        {
            // A newer document fails on its new fields first; its version is the better message.
            if (TryReadFormatVersion(json, out var version) && version != StrategyDtoValidator.CurrentFormatVersion)
            {
                return StrategyReadResult.Failure(new[] { UnsupportedVersion(version) });
            }

            return StrategyReadResult.Failure(new[] { FromJsonException(ex, json) });
        }

        if (dto is null)
        {
            return StrategyReadResult.Failure(new[]
            {
                new ValidationError(ValidationCodes.JsonSyntax, "$", "null", "The document is JSON null, not an object.", "文書が JSON の null です。オブジェクトにしてください。"),
            });
        }

        var errors = Validate(dto);
        return errors.Count > 0 ? StrategyReadResult.Failure(errors) : StrategyReadResult.Success(DtoMapper.ToModel(dto));
    }

    /// <summary>Reads and validates a document from a UTF-8 file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The strategy, or every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static StrategyReadResult ReadFile(string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        return Read(File.ReadAllText(path, System.Text.Encoding.UTF8));
    }

    /// <summary>Reads a document and returns the strategy, throwing when it has problems.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="StrategyDocumentException">The document has problems; the exception lists them.</exception>
    public static Strategy Parse(string json) => Read(json).GetStrategyOrThrow();

    /// <summary>Writes a strategy as an indented JSON document.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Strategy strategy)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        return JsonSerializer.Serialize(DtoMapper.ToDto(strategy), Context.StrategyDto);
    }

    /// <summary>Checks a strategy built in code against the same rules a document must meet.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The problems found, with the JSON paths the strategy would have as a document; empty when valid.</returns>
    public static ValueList<ValidationError> Validate(Strategy strategy)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        return Validate(DtoMapper.ToDto(strategy));
    }

    internal static ValueList<ValidationError> Validate(StrategyDto dto)
    {
        var result = new StrategyDtoValidator().Validate(dto);
        return ValueList<ValidationError>.From(result.Errors.Select(f => new ValidationError(
            f.ErrorCode,
            f.PropertyName.StartsWith("$", StringComparison.Ordinal) ? f.PropertyName : "$." + f.PropertyName,
            f.AttemptedValue is string or IConvertible or IFormattable ? Text.Raw(f.AttemptedValue) : null,
            (f.CustomState as Messages)?.English ?? f.ErrorMessage,
            (f.CustomState as Messages)?.Japanese ?? f.ErrorMessage)));
    }

    private static bool TryReadFormatVersion(string json, out decimal version)
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

    private static ValidationError UnsupportedVersion(decimal version)
    {
        var text = version.ToString(CultureInfo.InvariantCulture);
        return new ValidationError(
            ValidationCodes.FormatVersionUnsupported,
            "$.formatVersion",
            text,
            $"formatVersion {text} is not supported; this library reads formatVersion {StrategyDtoValidator.CurrentFormatVersion}.",
            $"formatVersion {text} には対応していません。このライブラリが読めるのは formatVersion {StrategyDtoValidator.CurrentFormatVersion} です。");
    }

    private static ValidationError FromJsonException(JsonException ex, string json)
    {
        var line = (ex.LineNumber ?? 0) + 1;
        var position = CharacterPosition(json, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0) + 1;
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path!;
        var where = string.Format(CultureInfo.InvariantCulture, "Line {0}, position {1}", line, position);
        var whereJa = string.Format(CultureInfo.InvariantCulture, "{0}行目 {1}文字目", line, position);
        if (ex.Message.IndexOf("could not be mapped", StringComparison.Ordinal) >= 0)
        {
            return new ValidationError(
                ValidationCodes.UnknownField,
                path,
                null,
                $"{where}: the field {path} is not part of the format (check its spelling; docs/format.md lists the fields).",
                $"{whereJa}: 項目 {path} はこの形式にありません（綴りを確認してください。項目の一覧は docs/format.md にあります）。");
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
            $"{where}: {detail}",
            $"{whereJa}: JSON として読み取れないか、値の型が違います（{path}）。");
    }

    // System.Text.Json reports a UTF-8 byte offset within the line; people count characters
    // (安 is three bytes and one character).
    private static long CharacterPosition(string json, long lineIndex, long bytePosition)
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

    private static string Friendly(string type) => type switch
    {
        "Decimal" => "a number",
        "Int32" => "a whole number",
        "Boolean" => "true or false",
        "String" => "a string",
        _ => type,
    };
}
