using System.Globalization;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Spreadsheets;
using MiniExcelLibs;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>
/// Which .xlsx library the spreadsheet package reads and writes with: the Open XML SDK's streaming
/// reader and writer against MiniExcel, on the same KPI sheet (a header and N rows: ID, name, unit,
/// baseline, then target and actual for five fiscal years). Reading: every cell's value, numbers
/// summed so nothing is skipped. Writing: the same rows. And, for scale, the package's whole import of
/// that sheet into a validated strategy, and its grading of the sheet as the rows are read.
/// </summary>
[MemoryDiagnoser]
public class SpreadsheetLibraryBenchmarks
{
    private static readonly string[] Header = ["ID", "指標名", "単位", "基準値", "令和2年度 目標値", "令和2年度 実績値", "令和3年度 目標値", "令和3年度 実績値", "令和4年度 目標値", "令和4年度 実績値", "令和5年度 目標値", "令和5年度 実績値", "令和6年度 目標値", "令和6年度 実績値"];

    private byte[] sheet = [];
    private object[][] rows = [];

    /// <summary>Gets or sets the number of KPI rows.</summary>
    [Params(50_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20201);
        rows = Enumerable.Range(0, Rows).Select(i =>
        {
            var row = new object[Header.Length];
            row[0] = "k" + i.ToString(CultureInfo.InvariantCulture);
            row[1] = "新規起業者数" + i.ToString(CultureInfo.InvariantCulture);
            row[2] = "人";
            row[3] = (decimal)random.Next(1, 1000);
            for (var c = 4; c < Header.Length; c++)
            {
                row[c] = random.Next(1, 100000) / 10m;
            }

            return row;
        }).ToArray();
        using var memory = new MemoryStream();
        WriteWithOpenXml(memory);
        sheet = memory.ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("read")]
    public decimal ReadOpenXmlSax()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(sheet, false), false);
        var part = document.WorkbookPart!.WorksheetParts.First();
        using var reader = OpenXmlReader.Create(part);
        var sum = 0m;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                foreach (var cell in row.Elements<Cell>())
                {
                    if (cell.DataType is null && cell.CellValue?.Text is { } text)
                    {
                        sum += decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                    }
                }
            }
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("read")]
    public decimal ReadMiniExcel()
    {
        var sum = 0m;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(new MemoryStream(sheet, false), useHeaderRow: false))
        {
            foreach (var value in row.Values)
            {
                if (value is double d)
                {
                    sum += (decimal)d;
                }
                else if (value is decimal m)
                {
                    sum += m;
                }
            }
        }

        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("read")]
    public int ImportWithThePackage()
    {
        var read = KpiSheets.Import(new MemoryStream(sheet, false), SheetFormat.Xlsx, "bench.xlsx", new SpreadsheetImportOptions
        {
            Municipality = "安曇野市",
            Title = "bench",
            PlanPeriod = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)),
        });
        return read.IsValid ? read.Value.Goals[0].Indicators.Count : -1;
    }

    [Benchmark]
    [BenchmarkCategory("read")]
    public int GradeAsReadWithThePackage()
    {
        var result = KpiSheets.Grade(
            new MemoryStream(sheet, false),
            SheetFormat.Xlsx,
            "bench.xlsx",
            Stream.Null,
            new Reporting.StreamingGradeOptions(new FiscalYear(2020)) { Format = Reporting.StreamingFormat.Csv },
            new SpreadsheetImportOptions
            {
                Municipality = "安曇野市",
                Title = "bench",
                PlanPeriod = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)),
                Policy = "azumino",
            });
        return result.IsValid ? result.Indicators : -1;
    }

    [Benchmark]
    [BenchmarkCategory("write")]
    public long WriteOpenXmlSax()
    {
        using var memory = new MemoryStream();
        WriteWithOpenXml(memory);
        return memory.Length;
    }

    [Benchmark]
    [BenchmarkCategory("write")]
    public long WriteMiniExcel()
    {
        using var memory = new MemoryStream();
        memory.SaveAs(rows.Select(r =>
        {
            var dictionary = new Dictionary<string, object>(Header.Length);
            for (var c = 0; c < Header.Length; c++)
            {
                dictionary[Header[c]] = r[c];
            }

            return dictionary;
        }));
        return memory.Length;
    }

    private void WriteWithOpenXml(Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            writer.WriteStartElement(new Row());
            foreach (var name in Header)
            {
                writer.WriteElement(new Cell(new InlineString(new Text(name))) { DataType = CellValues.InlineString });
            }

            writer.WriteEndElement();
            foreach (var row in rows)
            {
                writer.WriteStartElement(new Row());
                foreach (var value in row)
                {
                    writer.WriteElement(value is decimal d
                        ? new Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue(d.ToString(CultureInfo.InvariantCulture)))
                        : new Cell(new InlineString(new Text((string)value))) { DataType = CellValues.InlineString });
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "KPI" }));
    }
}
