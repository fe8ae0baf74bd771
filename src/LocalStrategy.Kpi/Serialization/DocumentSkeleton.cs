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

    /// <summary>Gets how many lists were split by scanning them for braces, not read token by token (for tests).</summary>
    internal int ScannedLists { get; private init; }

    /// <summary>Gets the nesting depth of the deepest indicators list (its opening bracket's depth as the reader counts it).</summary>
    internal int DeepestList { get; private init; }

    /// <summary>
    /// Whether an indicator may nest as deep as the whole document's limit allows or deeper: an indicator
    /// nests up to four deep below its list (indicator, observations, observation, manual grade), and the
    /// serializer refuses a document once its nesting reaches the limit. Read alone, an indicator does
    /// not know how deep it lies; such a document is read whole first (tests hold this at the limit).
    /// </summary>
    internal bool NearDepthLimit(int maxDepth) => DeepestList + 5 >= maxDepth;

    /// <summary>Every list's indicators, by the path of its owner (for tests).</summary>
    internal IReadOnlyDictionary<string, List<(int Start, int Length)>> Lists => lists;

    /// <summary>Splits a UTF-8 document; null when its JSON is not well formed (the whole reader then names the problem).</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="start">Where its JSON starts.</param>
    /// <param name="maxDepth">The deepest nesting read.</param>
    /// <param name="scan">Whether indicator lists are scanned by their braces (false reads them token by token: tests compare the two).</param>
    internal static DocumentSkeleton? TrySplit(byte[] bytes, int start, int maxDepth, bool scan = true)
    {
        var found = new Found();
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

                // Where the reader's bytes begin in the document: it moves on when a list is scanned past.
                var offset = start;
                CopyObject(ref reader, writer, bytes, ref offset, found, "$", Level.Document, scan);
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
        catch (InvalidOperationException)
        {
            // A field name the reader cannot turn into text (a lone surrogate escaped): the whole reader names it.
            return null;
        }

        return new DocumentSkeleton(bytes, start, output.ToArray(), found.Lists) { ScannedLists = found.Scanned, DeepestList = found.Deepest };
    }

    // The lists found so far, by the path of their owner, and how many of them were scanned.
    private sealed class Found
    {
        internal Dictionary<string, List<(int Start, int Length)>> Lists { get; } = new(StringComparer.Ordinal);

        internal int Scanned { get; set; }

        internal int Deepest { get; set; }
    }

    private enum Level
    {
        Document,
        Goal,
        Measure,
    }

    // Copies an object (the reader is on its StartObject), emptying the indicators lists of goals and measures.
    private static void CopyObject(ref Utf8JsonReader reader, Utf8JsonWriter writer, byte[] bytes, ref int start, Found found, string path, Level level, bool scan)
    {
        writer.WriteStartObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            writer.WritePropertyName(name);
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray && level == Level.Document && name == "goals")
            {
                CopyArray(ref reader, writer, bytes, ref start, found, path + ".goals", Level.Goal, scan);
            }
            else if (reader.TokenType == JsonTokenType.StartArray && level is Level.Goal or Level.Measure && name is "measures" or "subMeasures")
            {
                CopyArray(ref reader, writer, bytes, ref start, found, path + "." + name, Level.Measure, scan);
            }
            else if (reader.TokenType == JsonTokenType.StartArray && level is Level.Goal or Level.Measure && name == "indicators")
            {
                // Each element is kept aside; the skeleton keeps an empty list in its place.
                var list = new List<(int, int)>();
                found.Deepest = Math.Max(found.Deepest, reader.CurrentDepth);
                if (scan && ScanObjects(bytes, start + (int)reader.BytesConsumed, list, out var close))
                {
                    // The reader goes on at the list's closing bracket, in the state it had after the opening one.
                    reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, close, bytes.Length - close), isFinalBlock: true, reader.CurrentState);
                    found.Scanned++;
                    start = close;
                    reader.Read();
                }
                else
                {
                    list.Clear();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var from = (int)reader.TokenStartIndex;
                        reader.Skip();
                        list.Add((start + from, (int)reader.BytesConsumed - from));
                    }
                }

                found.Lists[path] = list;
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

    private static void CopyArray(ref Utf8JsonReader reader, Utf8JsonWriter writer, byte[] bytes, ref int start, Found found, string path, Level level, bool scan)
    {
        writer.WriteStartArray();
        var i = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                CopyObject(ref reader, writer, bytes, ref start, found, path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", level, scan);
            }
            else
            {
                CopyValue(ref reader, writer, bytes, start);
            }

            i++;
        }

        writer.WriteEndArray();
    }

    // Finds the objects of a list from just after its opening bracket, by their braces outside strings,
    // without reading them (each is read on its own later, strictly, so a malformed one is still found
    // then): where each lies, and where the closing bracket is. False for anything but objects separated
    // by commas and white space (a null, a comment, a trailing comma, the end of the bytes): the list is
    // then read token by token.
    private static bool ScanObjects(byte[] bytes, int at, List<(int, int)> list, out int close)
    {
        close = 0;
        var i = SkipWhiteSpace(bytes, at);
        if (i < bytes.Length && bytes[i] == (byte)']')
        {
            close = i;
            return true;
        }

        while (i < bytes.Length && bytes[i] == (byte)'{')
        {
            var end = ObjectEnd(bytes, i);
            if (end < 0)
            {
                return false;
            }

            list.Add((i, end - i));
            i = SkipWhiteSpace(bytes, end);
            if (i < bytes.Length && bytes[i] == (byte)']')
            {
                close = i;
                return true;
            }

            if (i >= bytes.Length || bytes[i] != (byte)',')
            {
                return false;
            }

            i = SkipWhiteSpace(bytes, i + 1);
        }

        return false;
    }

    private static int SkipWhiteSpace(byte[] bytes, int i)
    {
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }

        return i;
    }

    // Just past the brace that closes the object opening at i; -1 when the bytes end first. One pass
    // over the bytes, a byte at a time: the objects are small, so a search that starts afresh at each
    // quote or brace costs more than it saves.
#if NET
    // One long loop run once: compiled optimized at once, not first as quick code replaced midway.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
#endif
    private static int ObjectEnd(byte[] bytes, int i)
    {
        var span = bytes.AsSpan();
        var depth = 0;
        var inString = false;
        for (; i < span.Length; i++)
        {
            var b = span[i];
            if (b > (byte)'}' || !Structural[b])
            {
                continue;
            }

            if (inString)
            {
                if (b == (byte)'\\')
                {
                    // An escape: the character after the backslash is never the string's end.
                    i++;
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b == (byte)'/')
            {
                // A comment: what it holds is not counted by the reader, so the list is read token by token.
                return -1;
            }
            else if (b == (byte)'{')
            {
                depth++;
            }
            else if (b == (byte)'}' && --depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }

    // The bytes ObjectEnd stops at: quote, backslash, braces and the slash that starts a comment.
    private static readonly bool[] Structural = StructuralBytes();

    private static bool[] StructuralBytes()
    {
        var table = new bool[(byte)'}' + 1];
        table['"'] = table['\\'] = table['{'] = table['}'] = table['/'] = true;
        return table;
    }

    // Any other value, copied as written (numbers keep every digit, strings their escapes).
    private static void CopyValue(ref Utf8JsonReader reader, Utf8JsonWriter writer, byte[] bytes, in int start)
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
