using System.Globalization;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// <c>kpi grade &lt;file&gt; --stream</c>: a large document graded indicator by indicator
/// (<see cref="StreamingGrader"/>), or a KPI sheet as its rows are read (<c>--map</c> for its settings,
/// <see cref="Spreadsheets.KpiSheets.GradeFile"/>), one JSON line per indicator to a file or standard output, the tallies
/// to standard error. A file is written beside its destination and moved into place only when the
/// document is valid, so an invalid document never leaves a partial result behind.
/// </summary>
internal static class StreamingCommand
{
    internal static int Run(GradeRequest request, string? path, string? map, TextWriter output, TextWriter error)
    {
        if (request.File is null)
        {
            error.WriteLine("--stream grades a document file: give its path. / --stream には文書のファイルを指定してください。");
            return KpiCommand.UsageError;
        }

        if (request.Year is null || !JapanesePeriods.TryParseFiscalYear(request.Year, out var year, out _))
        {
            error.WriteLine("--stream needs --year (the document is not read whole to find its latest year). / --stream には --year で年度を指定してください。");
            return KpiCommand.UsageError;
        }

        if (request.Format == "xlsx")
        {
            error.WriteLine("--stream writes JSON Lines (the default) or CSV (--format csv). / --stream の出力は JSON Lines か CSV（--format csv）です。");
            return KpiCommand.UsageError;
        }

        // Without policy files the grader builds the built-ins' registry itself, on another core while it reads the document.
        Policies.PolicyRegistry? registry = null;
        Grading.PolicyDefinition? fromFile = null;
        if (request.PolicyFiles.Count > 0)
        {
            registry = PolicyCommand.Registry(request.PolicyFiles, error, out var registryCode, out fromFile);
            if (registry is null)
            {
                return registryCode;
            }
        }

        if (ReadLimits.FromEnvironment(error) is not { } limits)
        {
            return KpiCommand.UsageError;
        }

        var options = new StreamingGradeOptions(year)
        {
            Policy = request.Policy ?? fromFile?.Name,
            Policies = registry,
            PercentDecimals = request.Decimals,
            Limits = limits,
            Format = request.Format == "csv" ? StreamingFormat.Csv : StreamingFormat.JsonLines,
        };
        // A KPI sheet: graded as its rows are read, with what it does not hold from the map.
        Spreadsheets.SpreadsheetImportOptions? sheet = null;
        if (map is not null || SheetCommands.IsSheet(request.File))
        {
            if (!SheetCommands.IsSheet(request.File))
            {
                error.WriteLine("--map is for a KPI sheet (.xlsx or .csv); '" + TerminalText.Safe(request.File) + "' is not one. / --map はシート（.xlsx・.csv）に使います。");
                return KpiCommand.UsageError;
            }

            sheet = map is null ? new Spreadsheets.SpreadsheetImportOptions() : SheetCommands.LoadMap(map, error);
            if (sheet is null)
            {
                return KpiCommand.UsageError;
            }
        }

        var temporary = path is null ? null : path + ".partial";
        StreamingGradeResult result;
        try
        {
            if (temporary is null)
            {
                output.Flush();
                using var stdout = ReferenceEquals(output, Console.Out) ? Console.OpenStandardOutput() : new WriterStream(output);
                result = Grade(request.File, stdout, options, sheet);
            }
            else
            {
                using (var file = File.Create(temporary))
                {
                    result = Grade(request.File, file, options, sheet);
                }

                if (result.IsValid)
                {
                    File.Move(temporary, path!, overwrite: true);
                }
                else
                {
                    File.Delete(temporary);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Cannot read '{0}' or write the result: {1}", TerminalText.Safe(request.File), TerminalText.Safe(e.Message)));
            error.WriteLine("文書を読み込めないか、結果を書き出せません。");
            return KpiCommand.UsageError;
        }

        if (!result.IsValid)
        {
            KpiCommand.WriteErrors(request.File, result.Errors, error);
            return result.Errors.Any(e => e.Code == "UnknownPolicy") || (sheet is not null && result.Errors.All(e => SheetCommands.CannotOpen(e.Code)))
                ? KpiCommand.UsageError
                : KpiCommand.Invalid;
        }

        error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0} indicators graded for {2} by {3}{4}.", TerminalText.Safe(request.File), result.Indicators, year, result.Policy, path is null ? string.Empty : " into " + TerminalText.Safe(path)));
        error.WriteLine("KPIs: " + Counts(result.Kpis!));
        if (result.GoalIndicators!.Total > 0)
        {
            error.WriteLine("Numeric goals / 数値目標: " + Counts(result.GoalIndicators));
        }

        return KpiCommand.Success;
    }

    private static StreamingGradeResult Grade(string file, Stream output, StreamingGradeOptions options, Spreadsheets.SpreadsheetImportOptions? sheet)
        => sheet is null ? StreamingGrader.GradeFile(file, output, options) : Spreadsheets.KpiSheets.GradeFile(file, output, options, sheet);

    private static string Counts(Tally tally)
        => string.Join(", ", tally.Rows.Select(r => string.Format(CultureInfo.InvariantCulture, "{0} {1:N0} ({2}%)", TerminalText.Safe(r.Grade.Label.Japanese), r.Count, r.Percent.ToString(CultureInfo.InvariantCulture))));

    // Lines for a TextWriter that is not the console (tests): UTF-8 bytes decoded as they come.
    private sealed class WriterStream : Stream
    {
        private readonly TextWriter writer;
        private readonly System.Text.Decoder decoder = new System.Text.UTF8Encoding(false).GetDecoder();

        internal WriterStream(TextWriter writer) => this.writer = writer;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[decoder.GetCharCount(buffer, offset, count)];
            decoder.GetChars(buffer, offset, count, chars, 0);
            writer.Write(chars);
        }
    }
}
