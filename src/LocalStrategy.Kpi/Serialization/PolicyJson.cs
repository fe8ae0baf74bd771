using System.Text.Encodings.Web;
using System.Text.Json;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Reads and writes policy documents (JSON, <c>formatVersion</c> 1, described field by field in
/// docs/policies.md with a JSON Schema in docs/policy.schema.json). Reading validates the whole
/// document and reports every problem together, each with its code, JSON path, value and an
/// English and a Japanese message; writing keeps Japanese unescaped and decimals exactly as they are.
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class PolicyJson
{
    /// <summary>The format version this library reads and writes.</summary>
    public const int CurrentFormatVersion = 1;

    private static readonly PolicyJsonContext Context = new(new JsonSerializerOptions(PolicyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>What the document is called in messages.</summary>
    internal const string DocumentName = "policy document";

    private static readonly JsonDocumentReader<PolicyDocumentDto, PolicyDefinition> Reader = new(
        Context.Options,
        options => new PolicyJsonContext(options).PolicyDocumentDto,
        CurrentFormatVersion,
        DocumentName,
        "docs/policies.md",
        dto => Validate(dto),
        PolicyDtoMapper.ToModel,
        PolicyWarnings.Of);

    /// <summary>Reads and validates a policy document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits; <see cref="DocumentReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The definition, or every problem found (then nothing is returned).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static DocumentReadResult<PolicyDefinition> Read(string json, DocumentReadOptions? options = null)
        => Reader.Read(Preconditions.CheckNotNull(json, nameof(json)), options);

    /// <summary>Reads and validates a policy document from a file: UTF-8 with or without a byte order mark, or UTF-16 or UTF-32 with one.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">The limits; <see cref="DocumentReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The definition, or every problem found (then nothing is returned): also a file over the size limit or not in UTF-8.</returns>
    /// <exception cref="IOException">The file cannot be opened or read: it does not exist, is a folder, or does not open in time (a named pipe).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static DocumentReadResult<PolicyDefinition> ReadFile(string path, DocumentReadOptions? options = null)
        => Reader.ReadFile(Preconditions.CheckNotNull(path, nameof(path)), options);

    /// <summary>Reads and validates a policy document from a stream of its bytes (as <see cref="ReadFile"/> decodes a file), up to the size limit.</summary>
    /// <param name="stream">The bytes; read to the end, not closed.</param>
    /// <param name="options">The limits; <see cref="DocumentReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The definition, or every problem found (then nothing is returned).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static DocumentReadResult<PolicyDefinition> ReadStream(Stream stream, DocumentReadOptions? options = null)
        => Reader.ReadStream(Preconditions.CheckNotNull(stream, nameof(stream)), options);

    /// <summary>Writes a definition as an indented JSON document.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(PolicyDefinition definition)
    {
        Preconditions.CheckNotNull(definition, nameof(definition));
        return JsonSerializer.Serialize(PolicyDtoMapper.ToDto(definition), Context.PolicyDocumentDto);
    }

    /// <summary>Checks a definition built in code against the rules a policy document must meet.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The problems found, with the JSON paths the definition would have as a document; empty when valid.</returns>
    public static ValueList<ValidationError> Validate(PolicyDefinition definition)
    {
        Preconditions.CheckNotNull(definition, nameof(definition));
        return Validate(PolicyDtoMapper.ToDto(definition));
    }

    internal static ValueList<ValidationError> Validate(PolicyDocumentDto dto)
        => Failures.ToErrors(new PolicyDocumentValidator().Validate(dto).Errors);
}
