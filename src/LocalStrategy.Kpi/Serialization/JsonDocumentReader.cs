using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// The one reading pipeline of every document format: JSON to data-transfer object, the format's
/// rules over the whole object (every problem reported together), then the domain value. A problem
/// at any step gives a failed result, never an exception and never a half-built value.
/// </summary>
/// <typeparam name="TDto">The document's data-transfer object.</typeparam>
/// <typeparam name="T">The domain value.</typeparam>
internal sealed class JsonDocumentReader<TDto, T>
    where TDto : class
    where T : class
{
    private readonly Func<JsonSerializerOptions, JsonTypeInfo<TDto>> contract;
    private readonly JsonSerializerOptions baseOptions;
    private readonly int currentFormatVersion;
    private readonly string documentName;
    private readonly string formatPage;
    private readonly Func<TDto, IReadOnlyList<ValidationError>> validate;
    private readonly Func<TDto, T> toModel;
    private readonly Func<T, ValueList<ValidationError>>? warn;
    private readonly JsonTypeInfo<TDto> defaultTypeInfo;
    private readonly Func<byte[], int, JsonTypeInfo<TDto>, int, TDto?>? quickRead;

    /// <param name="baseOptions">The source-generated context's options (encoder, comments, unmapped members).</param>
    /// <param name="contract">The source-generated contract of the object for a set of options.</param>
    /// <param name="currentFormatVersion">The <c>formatVersion</c> this library reads.</param>
    /// <param name="documentName">What the document is, for messages: <c>strategy document</c>.</param>
    /// <param name="formatPage">The page that describes the format, named in syntax errors.</param>
    /// <param name="validate">The format's rules.</param>
    /// <param name="toModel">Maps a valid object to the domain value.</param>
    /// <param name="warn">What is valid but most likely not meant, or <see langword="null"/>.</param>
    /// <param name="quickRead">
    /// A quicker way to the object from UTF-8 bytes (the bytes, where the JSON starts, the contract, the
    /// nesting limit), giving what the contract would or <see langword="null"/> to leave the bytes to it.
    /// </param>
    internal JsonDocumentReader(
        JsonSerializerOptions baseOptions,
        Func<JsonSerializerOptions, JsonTypeInfo<TDto>> contract,
        int currentFormatVersion,
        string documentName,
        string formatPage,
        Func<TDto, IReadOnlyList<ValidationError>> validate,
        Func<TDto, T> toModel,
        Func<T, ValueList<ValidationError>>? warn = null,
        Func<byte[], int, JsonTypeInfo<TDto>, int, TDto?>? quickRead = null)
    {
        this.baseOptions = baseOptions;
        this.contract = contract;
        this.currentFormatVersion = currentFormatVersion;
        this.documentName = documentName;
        this.formatPage = formatPage;
        this.validate = validate;
        this.toModel = toModel;
        this.warn = warn;
        this.quickRead = quickRead;
        defaultTypeInfo = contract(ReadingOptions(DocumentReadOptions.Default));
    }

    internal DocumentReadResult<T> Read(string json, DocumentReadOptions? options = null)
    {
        options ??= DocumentReadOptions.Default;
        if ((long)json.Length * 3 > options.MaxBytes && System.Text.Encoding.UTF8.GetByteCount(json) > options.MaxBytes)
        {
            return Failure(new ValidationError(ValidationCodes.DocumentTooLarge, "$", null, ValidationMessages.DocumentTooLarge(null, options.MaxBytes)));
        }

        return Finish(typeInfo => JsonSerializer.Deserialize(json, typeInfo), () => json, options);
    }

    // Deserializes (from text or from UTF-8 bytes), then checks the format's rules and maps to the model.
    // The text is asked for only to report a syntax error with its line and position.
    private DocumentReadResult<T> Finish(Func<JsonTypeInfo<TDto>, TDto?> deserialize, Func<string> text, DocumentReadOptions options)
    {
        var typeInfo = options.MaxDepth == DocumentReadOptions.Default.MaxDepth ? defaultTypeInfo : contract(ReadingOptions(options));
        TDto? dto;
        try
        {
            dto = deserialize(typeInfo);
        }
        catch (ArgumentException)
        {
            // System.Text.Json cannot transcode text that is not valid UTF-16 (an unpaired surrogate).
            return Failure(JsonReadErrors.NotUnicode());
        }
        catch (JsonException ex)
        {
            // A newer document fails on its new fields first; its version is the better message.
            var json = text();
            return JsonReadErrors.TryReadFormatVersion(json, out var version) && version != currentFormatVersion
                ? Failure(JsonReadErrors.UnsupportedVersion(version, currentFormatVersion))
                : Failure(JsonReadErrors.FromJsonException(ex, json, formatPage, options.MaxDepth));
        }

        if (dto is null)
        {
            return Failure(new ValidationError(ValidationCodes.JsonSyntax, "$", "null", ValidationMessages.DocumentIsNull()));
        }

        var errors = validate(dto);
        if (errors.Count > 0)
        {
            return DocumentReadResult<T>.Failure(Capped(errors, options.MaxProblems), documentName);
        }

        var value = toModel(dto);
        return DocumentReadResult<T>.Success(value, warn?.Invoke(value) ?? ValueList<ValidationError>.Empty, documentName);
    }

    internal DocumentReadResult<T> ReadFile(string path, DocumentReadOptions? options = null)
    {
        options ??= DocumentReadOptions.Default;
        var bytes = DocumentText.ReadFile(path, options, out var error);
        return bytes is null ? Failure(error!) : ReadBytes(bytes, options);
    }

    internal DocumentReadResult<T> ReadStream(Stream stream, DocumentReadOptions? options = null)
    {
        options ??= DocumentReadOptions.Default;
        var bytes = DocumentText.ReadStream(stream, options, out var error);
        return bytes is null ? Failure(error!) : ReadBytes(bytes, options);
    }

    // UTF-8 (the usual case) is deserialized from the bytes as they are, with no decoded copy of the text;
    // UTF-16 and UTF-32 (with a byte order mark) are decoded first.
    private DocumentReadResult<T> ReadBytes(byte[] bytes, DocumentReadOptions options)
    {
        if (DocumentText.IsUtf8(bytes, out var start, out var error))
        {
            return Finish(
                typeInfo => quickRead?.Invoke(bytes, start, typeInfo, options.MaxDepth) ?? JsonSerializer.Deserialize(new ReadOnlySpan<byte>(bytes, start, bytes.Length - start), typeInfo),
                () => System.Text.Encoding.UTF8.GetString(bytes, start, bytes.Length - start),
                options);
        }

        if (error is not null)
        {
            return Failure(error);
        }

        var text = DocumentText.Decode(bytes, out error);
        return text is null ? Failure(error!) : Read(text, options);
    }

    // The options a document is read with: duplicate fields refused, the nesting limit, exact decimals.
    private JsonSerializerOptions ReadingOptions(DocumentReadOptions options)
    {
        var reading = new JsonSerializerOptions(baseOptions)
        {
            AllowDuplicateProperties = false,
            MaxDepth = options.MaxDepth,
        };
        reading.Converters.Add(new ExactDecimalConverter());
        return reading;
    }

    private static IEnumerable<ValidationError> Capped(IReadOnlyList<ValidationError> errors, int max)
    {
        if (errors.Count <= max)
        {
            return errors;
        }

        return errors.Take(max).Concat(new[] { new ValidationError(ValidationCodes.TooManyProblems, "$", null, ValidationMessages.TooManyProblems(max, errors.Count - max)) });
    }

    private DocumentReadResult<T> Failure(ValidationError error) => DocumentReadResult<T>.Failure(new[] { error }, documentName);
}
