using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>What the report writers share: indented UTF-8 JSON with Japanese unescaped, and nullable fields written as null.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static void Write(Action<Utf8JsonWriter> body, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        body(w);
    }

    internal static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            body(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    internal static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
