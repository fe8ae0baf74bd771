using System.Text.Json;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// A strategy document split for reading indicator by indicator: the skeleton (the document with every
/// indicators list emptied: goals, measures, the population vision, projects…), read and checked as any
/// document is, and where each indicator's JSON lies in the bytes, by the path of its list. The skeleton
/// is small whatever the number of indicators; the indicators are read one at a time when wanted.
/// </summary>
internal sealed class DocumentSkeleton
{
    private readonly byte[] bytes;
    private readonly Dictionary<string, List<(int Start, int Length)>> lists;

    private DocumentSkeleton(byte[] bytes, int start, byte[] skeleton, Dictionary<string, List<(int Start, int Length)>> lists)
    {
        this.bytes = bytes;
        Start = start;
        Skeleton = skeleton;
        this.lists = lists;
    }

    /// <summary>Gets where the JSON starts (after a byte order mark).</summary>
    internal int Start { get; }

    /// <summary>Gets the skeleton's JSON, in UTF-8.</summary>
    internal byte[] Skeleton { get; }

    /// <summary>The indicators of a list (<c>$.goals[0].measures[1]</c>), as slices of the document; empty when it has none.</summary>
    internal IReadOnlyList<(int Start, int Length)> IndicatorsOf(string listOwner)
        => lists.TryGetValue(listOwner, out var list) ? list : Array.Empty<(int, int)>();

    internal ReadOnlySpan<byte> Slice((int Start, int Length) at) => new(bytes, at.Start, at.Length);

    /// <summary>Splits a UTF-8 document; null when its JSON is not well formed (the whole reader then names the problem).</summary>
    internal static DocumentSkeleton? TrySplit(byte[] bytes, int start, int maxDepth)
    {
        var lists = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        using var output = new MemoryStream();
        try
        {
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, start, bytes.Length - start), new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
            using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { SkipValidation = true }))
            {
                if (!reader.Read())
                {
                    return null;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                CopyObject(ref reader, writer, bytes, start, lists, "$", Level.Document);
                if (reader.Read())
                {
                    return null;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return new DocumentSkeleton(bytes, start, output.ToArray(), lists);
    }

    private enum Level
    {
        Document,
        Goal,
        Measure,
    }

    // Copies an object (the reader is on its StartObject), emptying the indicators lists of goals and measures.
    private static void CopyObject(ref Utf8JsonReader reader, Utf8JsonWriter writer, byte[] bytes, int start, Dictionary<string, List<(int, int)>> lists, string path, Level level)
    {
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            writer.WritePropertyName(name);
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray && level == Level.Document && name == "goals")
            {
                CopyArray(ref reader, writer, bytes, start, lists, path + ".goals", Level.Goal);
            }
            else if (reader.TokenType == JsonTokenType.StartArray && level is Level.Goal or Level.Measure && name is "measures" or "subMeasures")
            {
                CopyArray(ref reader, writer, bytes, start, lists, path + "." + name, Level.Measure);
            }
            else if (reader.TokenType == JsonTokenType.StartArray && level is Level.Goal or Level.Measure && name == "indicators")
            {
                // Each element is kept aside; the skeleton keeps an empty list in its place.
                var list = new List<(int, int)>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var from = (int)reader.TokenStartIndex;
                    reader.Skip();
                    list.Add((start + from, (int)reader.BytesConsumed - from));
                }

                lists[path] = list;
                writer.WriteStartArray();
                writer.WriteEndArray();
            }
            else
            {
                CopyValue(ref reader, writer, bytes, start);
            }
        }

        writer.WriteEndObject();
    }

    private static void CopyArray(ref Utf8JsonReader reader, Utf8JsonWriter writer, byte[] bytes, int start, Dictionary<string, List<(int, int)>> lists, string path, Level level)
    {
        writer.WriteStartArray();
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                CopyObject(ref reader, writer, bytes, start, lists, path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", level);
            }
            else
            {
                CopyValue(ref reader, writer, bytes, start);
            }

            i++;
        }

        writer.WriteEndArray();
    }

    // Any other value, copied as written (numbers keep every digit, strings their escapes).
    private static void CopyValue(ref Utf8JsonReader reader, Utf8JsonWriter writer, byte[] bytes, int start)
    {
        var from = (int)reader.TokenStartIndex;
        reader.Skip();
        var length = (int)reader.BytesConsumed - from;
        writer.WriteRawValue(new ReadOnlySpan<byte>(bytes, start + from, length), skipInputValidation: true);
    }

    /// <summary>The error for a null element of an indicators list, as the whole reader gives it.</summary>
    internal static ValidationError NullIndicator(string path)
        => new(ValidationCodes.Required, path, null, ValidationMessages.NullElement("indicators"));
}
