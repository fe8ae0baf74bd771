using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// KPI tables in spreadsheets: import a sheet (.xlsx or .csv) into a strategy document, or its actuals
/// into an existing one; write a strategy as a sheet (the entry template departments fill in).
/// </summary>
/// <example>
/// <code>
/// var read = KpiSheets.ImportFile("kpi.xlsx", new SpreadsheetImportOptions { Municipality = "安曇野市", PlanPeriod = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)) });
/// if (!read.IsValid) { foreach (var e in read.Errors) Console.WriteLine(e); }
/// </code>
/// </example>
public static class KpiSheets
{
    /// <summary>Imports a sheet file; its format is told by its extension (.xlsx or .csv).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">What the sheet does not hold, and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The strategy, or every problem, each named by its cell (<c>KPI!F12</c>); never a half-imported document.</returns>
    public static DocumentReadResult<Strategy> ImportFile(string path, SpreadsheetImportOptions? options = null)
        => FromFile(path, options, (stream, format, name, o) => Import(stream, format, name, o), problem => DocumentReadResult<Strategy>.Failure([problem], path));

    /// <summary>
    /// Grades a sheet file's indicators as its rows are read, writing each result at once as
    /// <see cref="StreamingGrader"/> does (JSON Lines or CSV rows) with the tallies: the strategy is never
    /// built, so memory is the file, the identifiers and one indicator. Its format is told by its extension.
    /// </summary>
    /// <param name="path">The sheet file (.xlsx or .csv).</param>
    /// <param name="output">Where the lines go; flushed, not closed.</param>
    /// <param name="options">The year, the policy (the sheet's setting when not given), the format and the limits.</param>
    /// <param name="import">
    /// What the sheet does not hold: the municipality and the plan period must be given (the plan period
    /// cannot wait for the last row's years); <see cref="SpreadsheetImportOptions.Into"/> is not available.
    /// </param>
    /// <returns>
    /// The tallies, or every problem: each cell that cannot be read, named by its reference, and each
    /// indicator's problems, named by the cell of its name. The rows must be in the document's order
    /// (<see cref="SheetProblemCodes.RowsOutOfOrder"/> otherwise). The output holds the lines written
    /// before the first problem: use it only when the result is valid. Warnings are not reported (import
    /// the sheet to see them).
    /// </returns>
    /// <exception cref="IOException">Writing to <paramref name="output"/> failed (as the output threw it).</exception>
    public static StreamingGradeResult GradeFile(string path, Stream output, StreamingGradeOptions options, SpreadsheetImportOptions? import = null)
    {
        Check(output, nameof(output));
        Check(options, nameof(options));
        return FromFile(path, import, (stream, format, name, o) => Grade(stream, format, name, output, options, o), problem => StreamingGradeResult.Failure([problem]));
    }

    /// <summary>Grades a sheet's indicators as its rows are read, from a stream (see <see cref="GradeFile"/>).</summary>
    /// <param name="stream">The file's bytes; read to the end (up to <see cref="SpreadsheetImportOptions.MaxBytes"/>), not closed.</param>
    /// <param name="format">The file's format.</param>
    /// <param name="name">The file's name: the sheet name of a CSV file and the document's identifier unless one is given.</param>
    /// <param name="output">Where the lines go; flushed, not closed.</param>
    /// <param name="options">The year, the policy, the format and the limits.</param>
    /// <param name="import">What the sheet does not hold; the municipality and the plan period must be given.</param>
    /// <returns>The tallies, or every problem (see <see cref="GradeFile"/>).</returns>
    /// <exception cref="IOException">Writing to <paramref name="output"/> failed (as the output threw it).</exception>
    public static StreamingGradeResult Grade(Stream stream, SheetFormat format, string name, Stream output, StreamingGradeOptions options, SpreadsheetImportOptions? import = null)
    {
        Check(stream, nameof(stream));
        Check(output, nameof(output));
        Check(options, nameof(options));
        import ??= new SpreadsheetImportOptions();
        name ??= "sheet";
        var guarded = new OutputGuard(output);
        return OutputGuard.Run(() => Read(
            stream,
            format,
            name,
            import,
            (sheetName, rows) => SheetImporter.Grade(sheetName, rows, name, import, guarded, options),
            problem => StreamingGradeResult.Failure([problem])));
    }

    // Opens a sheet file for a reader of its stream; a file that cannot be, with the problem named.
    private static T FromFile<T>(string path, SpreadsheetImportOptions? options, Func<Stream, SheetFormat, string, SpreadsheetImportOptions, T> use, Func<ValidationError, T> fail)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var extension = Path.GetExtension(path).ToUpperInvariant();
        SheetFormat format;
        switch (extension)
        {
            case ".XLSX":
            case ".XLSM":
                format = SheetFormat.Xlsx;
                break;
            case ".CSV":
            case ".TXT":
                format = SheetFormat.Csv;
                break;
            default:
                return fail(Problem(SheetProblemCodes.NotASpreadsheet, path, "The file's extension '" + extension.ToLowerInvariant() + "' is not .xlsx or .csv.", "ファイルの拡張子「" + extension.ToLowerInvariant() + "」は .xlsx でも .csv でもありません。"));
        }

        options ??= new SpreadsheetImportOptions();
        Stream stream;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return fail(Problem("FileNotFound", path, "The file does not exist.", "ファイルがありません。"));
            }

            if (info.Length > options.MaxBytes)
            {
                return fail(TooLarge(path, options.MaxBytes));
            }

            stream = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return fail(Problem("FileNotReadable", path, "The file cannot be read: " + e.Message, "ファイルを読めません。"));
        }

        // Reading the file is the reader's (a file cut short is a damaged workbook); what the use writes elsewhere is not this file's problem.
        using (stream)
        {
            return use(stream, format, Path.GetFileName(path), options);
        }
    }

    /// <summary>Imports a sheet from a stream.</summary>
    /// <param name="stream">The file's bytes; read to the end (up to <see cref="SpreadsheetImportOptions.MaxBytes"/>), not closed.</param>
    /// <param name="format">The file's format.</param>
    /// <param name="name">The file's name: the sheet name of a CSV file and the document's identifier unless one is given.</param>
    /// <param name="options">What the sheet does not hold, and limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The strategy, or every problem, each named by its cell; never a half-imported document.</returns>
    public static DocumentReadResult<Strategy> Import(Stream stream, SheetFormat format, string name, SpreadsheetImportOptions? options = null)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        options ??= new SpreadsheetImportOptions();
        name ??= "sheet";
        var settings = options;
        return Read(stream, format, name, options, (sheetName, rows) => SheetImporter.Import(sheetName, rows, name, settings), problem => DocumentReadResult<Strategy>.Failure([problem], name));
    }

    // Reads the stream's bytes and gives its rows to a reader of them; a file that cannot be read, with the problem named.
    private static T Read<T>(Stream stream, SheetFormat format, string name, SpreadsheetImportOptions options, Func<string, IEnumerable<SheetRow>, T> use, Func<ValidationError, T> fail)
    {
        try
        {
            var bytes = ReadAll(stream, options.MaxBytes, name);
            if (format == SheetFormat.Csv)
            {
                var rows = CsvSheetReader.Read(bytes, options.Encoding);
                return use(Path.GetFileNameWithoutExtension(name), Limited(rows, options.MaxRows));
            }

            using var memory = new MemoryStream(bytes, writable: false);
            var (sheetName, sheetRows) = XlsxSheetReader.Read(memory, options.Sheet, options);
            return use(sheetName, sheetRows);
        }
        catch (SheetReadException e)
        {
            return fail(Problem(e.Code, name, e.Message, e.Japanese));
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FormatException or InvalidOperationException or IOException)
        {
            // Rows are read as the table is; a part damaged past the start is found then.
            return fail(Problem(SheetProblemCodes.SheetDamaged, name, "The workbook is damaged and cannot be read: " + e.Message + " Open it in Excel or LibreOffice and save it again.", "ブックが壊れていて読み込めません。Excel などで開いて保存し直してください。"));
        }
    }

    /// <summary>Writes a strategy as the wide KPI table (one row per indicator, 目標値 / 実績値 / 評価 under each fiscal year), which <see cref="Import"/> reads back to the same indicators.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="format">.xlsx, or CSV (UTF-8 with a BOM, as Excel opens it).</param>
    public static void WriteStrategy(Strategy strategy, Stream output, SheetFormat format)
        => Write(new StrategySheet(Check(strategy, nameof(strategy)), template: false), strategy, Check(output, nameof(output)), format);

    /// <summary>
    /// Writes the entry sheet a department fills in (.xlsx): the strategy's table with every empty
    /// actual cell marked for input and checked (a number, or 未公表, 調査中, 休止), the header frozen.
    /// Importing the filled sheet with <see cref="SpreadsheetImportOptions.Into"/> set to the same
    /// strategy adds the actuals and changes nothing else.
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="output">Where to write; not closed.</param>
    public static void WriteTemplate(Strategy strategy, Stream output)
        => Write(new StrategySheet(Check(strategy, nameof(strategy)), template: true), strategy, Check(output, nameof(output)), SheetFormat.Xlsx);

    /// <summary>Writes a graded report as a table (rule, rate, grade, published grade, agreement); in .xlsx with grade colours, a filter, and the tallies on a second sheet.</summary>
    /// <param name="report">The graded report.</param>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="format">.xlsx, or CSV (the table alone, UTF-8 with a BOM).</param>
    public static void WriteEvaluation(Reporting.EvaluationReport report, Stream output, SheetFormat format)
    {
        var sheet = new EvaluationSheet(Check(report, nameof(report)));
        Check(output, nameof(output));
        if (format == SheetFormat.Csv)
        {
            CsvSheetWriter.Write(output, sheet.Rows(withTitle: false), shiftJis: false);
            return;
        }

        using var book = new XlsxBookWriter(new NonClosingStream(output));
        book.AddSheet(sheet.Spec(), sheet.Rows(withTitle: true));
        book.AddSheet(EvaluationSheet.TallySpec(), sheet.TallyRows());
    }

    private static void Write(StrategySheet sheet, Strategy strategy, Stream output, SheetFormat format)
    {
        if (format == SheetFormat.Csv)
        {
            CsvSheetWriter.Write(output, sheet.Rows(), shiftJis: false);
            return;
        }

        using var book = new XlsxBookWriter(new NonClosingStream(output));
        book.AddSheet(sheet.Spec(strategy.AllIndicators().Count()), sheet.Rows());
    }

    private static T Check<T>(T? value, string name)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    private static byte[] ReadAll(Stream stream, long maxBytes, string name)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > maxBytes)
            {
                var tooLarge = TooLarge(name, maxBytes).Message;
                throw new SheetReadException(SheetProblemCodes.SheetTooLarge, tooLarge.English, tooLarge.Japanese);
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    private static IEnumerable<SheetRow> Limited(IEnumerable<SheetRow> rows, int maxRows)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (++count > maxRows)
            {
                throw new SheetReadException(SheetProblemCodes.SheetTooLarge, "The file has more than " + maxRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " rows (SpreadsheetImportOptions.MaxRows).", "行数が " + maxRows.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " を超えています。");
            }

            yield return row;
        }
    }

    private static ValidationError TooLarge(string path, long maxBytes)
        => Problem(SheetProblemCodes.SheetTooLarge, path, "The file is larger than " + maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes (SpreadsheetImportOptions.MaxBytes).", "ファイルが " + maxBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " バイトを超えています。");

    private static ValidationError Problem(string code, string path, string english, string japanese)
        => new(code, path, null, new LocalizedText(japanese, english));
}
