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
    /// <summary>The format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = StrategyDtoValidator.CurrentFormatVersion;

    private static readonly StrategyJsonContext Context = new(new JsonSerializerOptions(StrategyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>What the document is called in messages.</summary>
    internal const string DocumentName = "strategy document";

    private static readonly JsonDocumentReader<StrategyDto, Strategy> Reader = new(
        Context.Options,
        options => new StrategyJsonContext(options).StrategyDto,
        StrategyDtoValidator.CurrentFormatVersion,
        DocumentName,
        "docs/format.md",
        dto => Validate(dto),
        DtoMapper.ToModel,
        quickRead: (bytes, start, contract, maxDepth) => SplitDeserializer.TryRead(bytes, start, maxDepth, contract));

    /// <summary>Reads and validates a strategy document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits; <see cref="DocumentReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The strategy, or every problem found (then nothing is returned).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult<Strategy> Read(string json, DocumentReadOptions? options = null)
        => Reader.Read(Preconditions.CheckNotNull(json, nameof(json)), options);

    /// <summary>Reads and validates a strategy document from a file: UTF-8 with or without a byte order mark, or UTF-16 or UTF-32 with one.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits; <see cref="DocumentReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The strategy, or every problem found (then nothing is returned): also a file over the size limit or not in UTF-8.</returns>
    /// <exception cref="IOException">The file cannot be opened or read: it does not exist, is a folder, or does not open in time (a named pipe).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static DocumentReadResult<Strategy> ReadFile(string path, DocumentReadOptions? options = null)
        => Reader.ReadFile(Preconditions.CheckNotNull(path, nameof(path)), options);

    /// <summary>Reads and validates a strategy document from a stream of its bytes (as <see cref="ReadFile"/> decodes a file), up to the size limit.</summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="options">The limits; <see cref="DocumentReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The strategy, or every problem found (then nothing is returned).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static DocumentReadResult<Strategy> ReadStream(Stream stream, DocumentReadOptions? options = null)
        => Reader.ReadStream(Preconditions.CheckNotNull(stream, nameof(stream)), options);

    /// <summary>Writes a strategy as an indented JSON document.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Strategy strategy)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        return JsonSerializer.Serialize(DtoMapper.ToDto(strategy), Context.StrategyDto);
    }

    /// <summary>
    /// Writes a strategy as an indented JSON document in UTF-8 to a stream: the bytes of
    /// <see cref="Write(Strategy)"/>, without holding the document as a string first.
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="output">Where the document goes; flushed, not closed.</param>
    public static void Write(Strategy strategy, Stream output)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        Preconditions.CheckNotNull(output, nameof(output));
        JsonSerializer.Serialize(output, DtoMapper.ToDto(strategy), Context.StrategyDto);
        output.Flush();
    }

    /// <summary>Checks a strategy built in code against the same rules a document must meet.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The problems found, with the JSON paths the strategy would have as a document; empty when valid.</returns>
    public static ValueList<ValidationError> Validate(Strategy strategy)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        return Validate(DtoMapper.ToDto(strategy));
    }

    /// <summary>How one indicator of a document is deserialized, with the checks of the whole reader (duplicate fields, exact numbers, nesting).</summary>
    internal static System.Text.Json.Serialization.Metadata.JsonTypeInfo<IndicatorDto> IndicatorReading(DocumentReadOptions options)
    {
        var reading = new JsonSerializerOptions(Context.Options)
        {
            AllowDuplicateProperties = false,
            MaxDepth = options.MaxDepth,
        };
        reading.Converters.Add(new ExactDecimalConverter());
        return new StrategyJsonContext(reading).IndicatorDto;
    }

    internal static ValueList<ValidationError> Validate(StrategyDto dto)
    {
        return Failures.ToErrors(new StrategyDtoValidator().Validate(dto).Errors);
    }
}
