using System.CommandLine;
using System.Globalization;
using System.Text;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Spreadsheets;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// <c>kpi import</c> (a KPI sheet into a strategy document, or its actuals into one) and
/// <c>kpi template</c> (the entry sheet a department fills in), on <see cref="KpiSheets"/>.
/// </summary>
internal static class SheetCommands
{
    internal static Command Import(TextWriter output, TextWriter error)
    {
        var command = new Command("import", "Reads a KPI sheet (.xlsx or .csv) into a strategy document (JSON) and validates it; with --into, adds the sheet's actuals to an existing document.");
        var sheet = new Argument<string>("sheet") { Description = "The sheet file (.xlsx or .csv)." };
        var map = new Option<string?>("--map") { Description = "A map document (JSON; docs/spreadsheets.md) for a layout the usual Japanese headers do not cover." };
        var outputPath = new Option<string?>("--output", "-o") { Description = "The strategy document to write; standard output without it." };
        var into = new Option<string?>("--into") { Description = "A strategy document to fill in: the sheet's actuals and grades go into its indicators (matched by the ID column), nothing else changes." };
        var sheetName = new Option<string?>("--sheet") { Description = "The worksheet to read (default: the first)." };
        var encoding = new Option<string?>("--encoding") { Description = "A CSV file's encoding: utf-8 or shift_jis (default: detected)." };
        encoding.AcceptOnlyFromAmong("utf-8", "shift_jis", "cp932");
        var municipality = new Option<string?>("--municipality") { Description = "The municipality (a sheet does not say)." };
        var title = new Option<string?>("--title") { Description = "The strategy's title (default: the sheet's title row)." };
        var plan = new Option<string?>("--plan-period") { Description = "The plan period, e.g. FY2020-FY2024 or R2-R6 (default: the years the sheet names)." };
        var policy = new Option<string?>("--policy") { Description = "The grading policy the document names (azumino, ina, ami, or a policy document's name)." };
        var year = new Option<string?>("--year") { Description = "The fiscal year of value columns whose header names none (a single 実績値 column)." };
        var id = new Option<string?>("--id") { Description = "The document's identifier (default: from the file name)." };
        foreach (var option in new Option[] { map, outputPath, into, sheetName, encoding, municipality, title, plan, policy, year, id })
        {
            command.Options.Add(option);
        }

        command.Arguments.Add(sheet);
        command.SetAction(parse =>
        {
            var options = new SpreadsheetImportOptions();
            if (parse.GetValue(map) is { } mapPath)
            {
                if (LoadMap(mapPath, error) is not { } fromMap)
                {
                    return KpiCommand.UsageError;
                }

                options = fromMap;
            }

            FiscalYearRange? planPeriod = null;
            if (parse.GetValue(plan) is { } planText && !TryPlan(planText, out planPeriod))
            {
                error.WriteLine("--plan-period: '" + TerminalText.Safe(planText) + "' is not a plan period; write FY2020-FY2024 or R2-R6.");
                error.WriteLine("--plan-period: 計画期間は FY2020-FY2024 や R2-R6 のように書いてください。");
                return KpiCommand.UsageError;
            }

            FiscalYear? valueYear = null;
            if (parse.GetValue(year) is { } yearText)
            {
                if (!JapanesePeriods.TryParseFiscalYear(yearText, out var parsedYear, out var yearError))
                {
                    error.WriteLine("--year: " + TerminalText.Safe(yearError));
                    return KpiCommand.UsageError;
                }

                valueYear = parsedYear;
            }

            Strategy? target = null;
            if (parse.GetValue(into) is { } intoPath)
            {
                var code = KpiCommand.Load(intoPath, null, output, error, out var loaded);
                if (code != KpiCommand.Success)
                {
                    return code;
                }

                target = loaded;
            }

            options = options with
            {
                Sheet = parse.GetValue(sheetName) ?? options.Sheet,
                Encoding = parse.GetValue(encoding) ?? options.Encoding,
                Municipality = parse.GetValue(municipality) ?? options.Municipality,
                Title = parse.GetValue(title) ?? options.Title,
                PlanPeriod = planPeriod ?? options.PlanPeriod,
                Policy = parse.GetValue(policy) ?? options.Policy,
                Year = valueYear ?? options.Year,
                StrategyId = parse.GetValue(id) ?? options.StrategyId,
                Into = target,
            };
            return Run(parse.GetValue(sheet)!, options, parse.GetValue(outputPath), output, error);
        });
        return command;
    }

    /// <summary>Whether a problem is with the file itself (a usage error), not with what its cells say.</summary>
    internal static bool CannotOpen(string code)
        => code is "FileNotFound" or "FileNotReadable" or SheetProblemCodes.NotASpreadsheet or SheetProblemCodes.SheetDamaged
            or SheetProblemCodes.SheetNotFound or SheetProblemCodes.SheetTooLarge or SheetProblemCodes.EncodingNotSupported
            or SheetProblemCodes.EncodingNotDetected or SheetProblemCodes.EncodingMismatch;

    /// <summary>Whether a file is a KPI sheet by its extension (.xlsx, .xlsm, .csv).</summary>
    internal static bool IsSheet(string path)
        => Path.GetExtension(path).ToUpperInvariant() is ".XLSX" or ".XLSM" or ".CSV";

    /// <summary>Reads a map document; null, with the problem written, when it cannot be read or is not valid.</summary>
    internal static SpreadsheetImportOptions? LoadMap(string mapPath, TextWriter error)
    {
        string json;
        try
        {
            json = ReadMap(mapPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            error.WriteLine("Cannot read the map '" + TerminalText.Safe(mapPath) + "': " + TerminalText.Safe(e.Message));
            error.WriteLine("対応表「" + TerminalText.Safe(mapPath) + "」を読めません。");
            return null;
        }

        var readMap = SheetMap.Read(json);
        if (!readMap.IsValid)
        {
            KpiCommand.WriteErrors(mapPath, readMap.Errors, error);
            return null;
        }

        return readMap.Value;
    }

    /// <summary>The most a map document may hold: a map is a few lines; /dev/zero is not one.</summary>
    internal const int MaxMapBytes = 1024 * 1024;

    // A map read up to its limit, as strict UTF-8; a larger one is refused, not read whole.
    private static string ReadMap(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[MaxMapBytes + 1];
        var filled = 0;
        int n;
        while (filled < buffer.Length && (n = stream.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += n;
        }

        if (filled > MaxMapBytes)
        {
            throw new IOException("a map document holds at most " + MaxMapBytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
        }

        return new UTF8Encoding(false, true).GetString(buffer, 0, filled);
    }

    private static int Run(string path, SpreadsheetImportOptions options, string? outputPath, TextWriter output, TextWriter error)
    {
        var read = KpiSheets.ImportFile(path, options);
        if (!read.IsValid)
        {
            KpiCommand.WriteErrors(path, read.Errors, error);
            // A file that could not be opened at all is a usage error; cells and settings make the sheet not valid.
            return read.Errors.All(e => CannotOpen(e.Code)) ? KpiCommand.UsageError : KpiCommand.Invalid;
        }

        KpiCommand.WriteWarnings(path, read.Warnings, error);
        if (outputPath is null)
        {
            output.WriteLine(StrategyJson.Write(read.Value));
        }
        else
        {
            try
            {
                // Straight to the file: a large sheet's document is never held as a string.
                using var file = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                StrategyJson.Write(read.Value, file);
                file.WriteByte((byte)'\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine("Cannot write '" + TerminalText.Safe(outputPath) + "': " + TerminalText.Safe(e.Message));
                return KpiCommand.UsageError;
            }
        }

        var count = read.Value.AllIndicators().Count();
        error.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            options.Into is null ? "Imported {0} indicators from {1}{2}. / {0} 件の指標を読み込みました。" : "Filled {0} indicators from {1}{2}. / {0} 件の指標に実績値を記入しました。",
            count,
            TerminalText.Safe(path),
            outputPath is null ? string.Empty : " into " + TerminalText.Safe(outputPath)));
        return KpiCommand.Success;
    }

    // FY2020-FY2024, R2-R6, 2020-2024, 令和2年度～令和6年度.
    internal static bool TryPlan(string text, out FiscalYearRange? plan)
    {
        plan = null;
        var normalized = text.Normalize(NormalizationForm.FormKC).Replace('~', '-').Replace('〜', '-');
        var parts = normalized.Split('-');
        if (parts.Length != 2
            || !JapanesePeriods.TryParseFiscalYear(parts[0].Trim(), out var first, out _)
            || !JapanesePeriods.TryParseFiscalYear(parts[1].Trim(), out var last, out _)
            || last < first)
        {
            return false;
        }

        plan = new FiscalYearRange(first, last);
        return true;
    }

    internal static Command Template(TextWriter output, TextWriter error)
    {
        var command = new Command("template", "Writes the entry sheet (.xlsx) a department fills in: the document's indicators, units, baselines and targets, with the actual cells marked for input. Import the filled sheet with kpi import --into.");
        var file = new Argument<string?>("file") { Description = "The strategy document (JSON).", Arity = ArgumentArity.ZeroOrOne };
        var sample = new Option<string?>("--sample") { Description = "An embedded sample instead of a file." };
        var outputPath = new Option<string>("--output", "-o") { Description = "The .xlsx file to write.", Required = true };
        command.Arguments.Add(file);
        command.Options.Add(sample);
        command.Options.Add(outputPath);
        command.SetAction(parse =>
        {
            var code = KpiCommand.Load(parse.GetValue(file), parse.GetValue(sample), output, error, out var strategy);
            if (code != KpiCommand.Success)
            {
                return code;
            }

            var path = parse.GetValue(outputPath)!;
            try
            {
                using var stream = File.Create(path);
                KpiSheets.WriteTemplate(strategy, stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine("Cannot write '" + TerminalText.Safe(path) + "': " + TerminalText.Safe(e.Message));
                error.WriteLine("「" + TerminalText.Safe(path) + "」に書き出せません。");
                return KpiCommand.UsageError;
            }

            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Wrote {0}: {1} indicators to fill in. / 入力用シートを書き出しました。", TerminalText.Safe(path), strategy.AllIndicators().Count()));
            return KpiCommand.Success;
        });
        return command;
    }

    /// <summary>Writes a graded report as CSV or .xlsx (<c>kpi grade --format csv|xlsx</c>).</summary>
    internal static int WriteGraded(EvaluationReport report, string format, string? path, TextWriter output, TextWriter error)
    {
        if (format == "xlsx" && path is null)
        {
            error.WriteLine("An .xlsx file needs a place to go: add -o graded.xlsx. / xlsx の出力先を -o で指定してください。");
            return KpiCommand.UsageError;
        }

        try
        {
            if (path is null)
            {
                using var buffer = new MemoryStream();
                KpiSheets.WriteEvaluation(report, buffer, SheetFormat.Csv);
                var text = new UTF8Encoding(false).GetString(buffer.ToArray());
                output.Write(text.TrimStart('\uFEFF'));
                return KpiCommand.Success;
            }

            using (var stream = File.Create(path))
            {
                KpiSheets.WriteEvaluation(report, stream, format == "xlsx" ? SheetFormat.Xlsx : SheetFormat.Csv);
            }

            error.WriteLine("Wrote " + TerminalText.Safe(path) + ".");
            return KpiCommand.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine("Cannot write '" + TerminalText.Safe(path ?? "standard output") + "': " + TerminalText.Safe(e.Message));
            return KpiCommand.UsageError;
        }
    }
}
