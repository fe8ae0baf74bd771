using System.Text.Encodings.Web;
using System.Text.Json;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// Writes evaluations as the streaming paths' lines, one per indicator: the JSON report's indicator
/// object on a line of its own (JSON Lines), or a CSV row (<see cref="StreamingCsv"/>).
/// </summary>
internal sealed class StreamingLines : IDisposable
{
    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream output;
    private readonly Utf8JsonWriter? json;
    private readonly StreamingCsv.Row? row;

    internal StreamingLines(Stream output, StreamingFormat format)
    {
        this.output = output;
        if (format == StreamingFormat.Csv)
        {
            row = new StreamingCsv.Row();
        }
        else
        {
            json = new Utf8JsonWriter(output, LineOptions);
        }
    }

    internal void Write(IndicatorEvaluation evaluation)
    {
        if (json is null)
        {
            StreamingCsv.WriteRow(output, evaluation, row!);
            return;
        }

        EvaluationReportJson.WriteEvaluation(json, evaluation);
        json.Flush();
        output.WriteByte((byte)'\n');

        // A new line is a new JSON value, not the next element of a list (no comma before it).
        json.Reset();
    }

    public void Dispose() => json?.Dispose();
}
