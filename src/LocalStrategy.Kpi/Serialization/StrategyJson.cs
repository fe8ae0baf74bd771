using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
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
        catch (ArgumentException)
        {
            // System.Text.Json cannot transcode text that is not valid UTF-16 (an unpaired surrogate).
            return StrategyReadResult.Failure(new[] { JsonReadErrors.NotUnicode() });
        }
        catch (JsonException ex)
        {
            // A newer document fails on its new fields first; its version is the better message.
            if (JsonReadErrors.TryReadFormatVersion(json, out var version) && version != StrategyDtoValidator.CurrentFormatVersion)
            {
                return StrategyReadResult.Failure(new[] { JsonReadErrors.UnsupportedVersion(version, StrategyDtoValidator.CurrentFormatVersion) });
            }

            return StrategyReadResult.Failure(new[] { JsonReadErrors.FromJsonException(ex, json, "docs/format.md") });
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
        return Failures.ToErrors(new StrategyDtoValidator().Validate(dto).Errors);
    }
}
