using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Spreadsheets;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// Hostile sheets: text that a spreadsheet would run as a formula is written so that none runs it
/// (checked by opening the written files back), zip bombs and oversized files are refused before they
/// are read, and a file that is not a workbook gets a named error.
/// </summary>
public sealed class SheetSafetyTests
{
    internal static readonly string[] Hostile = ["=HYPERLINK(\"http://example.invalid\",\"x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝１＋１", "=cmd|' /C calc'!A0"];

    internal static Strategy WithNames(params string[] names)
    {
        var sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        var goal = sample.Goals[0];
        var measure = goal.Measures[0];
        var indicators = names.Select((n, i) => measure.Indicators[0] with { Id = "h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = n, Note = n });
        return sample with { Goals = ValueList<BasicGoal>.Of(goal with { Indicators = ValueList<Indicator>.Empty, Measures = ValueList<Measure>.Of(measure with { Title = Hostile[0], Indicators = ValueList<Indicator>.From(indicators) }) }) };
    }

    [Fact]
    public void Text_that_starts_like_a_formula_is_written_to_csv_with_an_apostrophe_and_read_back_as_written()
    {
        var strategy = WithNames(Hostile);
        using var csv = new MemoryStream();
        KpiSheets.WriteStrategy(strategy, csv, SheetFormat.Csv);

        var text = Encoding.UTF8.GetString(csv.ToArray());
        foreach (var line in text.Split("\r\n").Skip(3).Where(l => l.Length > 0))
        {
            foreach (var field in SplitCsv(line))
            {
                Assert.False(field.Length > 0 && field[0] is '=' or '+' or '@' or '\t' or '\r' or '＝', "a field starts like a formula: " + field);
                Assert.False(field.StartsWith('-') && !decimal.TryParse(field, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _), "a field starts like a formula: " + field);
            }
        }

        csv.Position = 0;
        var read = KpiSheets.Import(csv, SheetFormat.Csv, "hostile.csv", SampleSheetsTests.OptionsFor(strategy));
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal(Hostile.Select(h => h.Trim()), read.Value!.AllIndicators().Select(p => p.Indicator.Name));
        Assert.Equal(Hostile[0], read.Value.Goals[0].Measures[0].Title);
    }

    [Fact]
    public void Text_that_starts_like_a_formula_is_written_to_xlsx_as_quote_prefixed_text_never_a_formula()
    {
        var strategy = WithNames(Hostile);
        using var xlsx = new MemoryStream();
        KpiSheets.WriteStrategy(strategy, xlsx, SheetFormat.Xlsx);

        using (var document = SpreadsheetDocument.Open(new MemoryStream(xlsx.ToArray()), false))
        {
            var part = document.WorkbookPart!.WorksheetParts.Single();
            var cells = part.Worksheet.Descendants<Cell>().ToList();
            Assert.Empty(part.Worksheet.Descendants<CellFormula>());
            var formats = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
            var hostile = cells.Where(c => c.InlineString is { } s && s.InnerText.Length > 0 && s.InnerText[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝').ToList();
            Assert.NotEmpty(hostile);
            Assert.All(hostile, c => Assert.True(formats[(int)c.StyleIndex!.Value].QuotePrefix?.Value == true, c.CellReference + " is not quote-prefixed"));
        }

        xlsx.Position = 0;
        var read = KpiSheets.Import(xlsx, SheetFormat.Xlsx, "hostile.xlsx", SampleSheetsTests.OptionsFor(strategy));
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal(Hostile.Select(h => h.Trim()), read.Value!.AllIndicators().Select(p => p.Indicator.Name));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_expanded()
    {
        using var bomb = new MemoryStream();
        using (var archive = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
            using var stream = entry.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                stream.Write(zeros, 0, zeros.Length);
            }
        }

        Assert.True(bomb.Length < 1 << 20, "the bomb should be small: " + bomb.Length);
        bomb.Position = 0;
        var read = KpiSheets.Import(bomb, SheetFormat.Xlsx, "bomb.xlsx", new SpreadsheetImportOptions { MaxUncompressedBytes = 16L << 20 });

        var error = Assert.Single(read.Errors);
        Assert.Equal(SheetProblemCodes.SheetTooLarge, error.Code);
        Assert.Contains("MaxUncompressedBytes", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_before_it_is_read_whole()
    {
        var read = KpiSheets.Import(new Robustness.EndlessStream((byte)'a'), SheetFormat.Csv, "endless.csv", new SpreadsheetImportOptions { MaxBytes = 1 << 20 });

        var error = Assert.Single(read.Errors);
        Assert.Equal(SheetProblemCodes.SheetTooLarge, error.Code);
    }

    [Fact]
    public void Rows_beyond_the_limit_are_refused()
    {
        var csv = "指標名,単位,基準値,令和2年度\r\n" + string.Concat(Enumerable.Range(0, 50).Select(i => "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",人,1,2\r\n"));

        var read = KpiSheets.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SheetFormat.Csv, "many.csv", new SpreadsheetImportOptions { MaxRows = 20 });

        Assert.Equal(SheetProblemCodes.SheetTooLarge, Assert.Single(read.Errors).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })] // an old .xls (OLE2) header
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0 })]                 // a cut zip
    [InlineData(new byte[0])]
    public void A_file_that_is_not_a_workbook_is_named_so(byte[] bytes)
    {
        var read = KpiSheets.Import(new MemoryStream(bytes), SheetFormat.Xlsx, "old.xls", null);

        var error = Assert.Single(read.Errors);
        Assert.Equal(SheetProblemCodes.NotASpreadsheet, error.Code);
        Assert.Contains(".xlsx", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_kind_is_refused_by_its_extension()
    {
        var read = KpiSheets.ImportFile("kpi.ods");

        Assert.Equal(SheetProblemCodes.NotASpreadsheet, Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void A_control_character_in_a_name_goes_out_and_comes_back_through_xlsx()
    {
        var strategy = WithNames("改行\n", "制御\u0001文字", "_x0041_ は文字どおり", "サロゲート\uD800単独");

        var read = SampleSheetsTests.RoundTrip(strategy, SheetFormat.Xlsx);

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal(["改行", "制御\u0001文字", "_x0041_ は文字どおり", "サロゲート\uD800単独"], read.Value!.AllIndicators().Select(p => p.Indicator.Name));
    }

    private static IEnumerable<string> SplitCsv(string line)
    {
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                yield return field.ToString();
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        yield return field.ToString();
    }
}
