using System.IO.Compression;
using System.Text;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Spreadsheets;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// Damaged sheets never crash the import: a workbook cut short, bytes flipped inside its compressed
/// parts and inside its XML, and CSV files of random bytes each give a result, valid or with named
/// problems, never an exception.
/// </summary>
public sealed class SheetFuzzTests
{
    private static readonly byte[] Workbook = Write();

    private static byte[] Write()
    {
        using var sheet = new MemoryStream();
        KpiSheets.WriteStrategy(SampleDocuments.Load(SampleDocuments.AzuminoFy2020), sheet, SheetFormat.Xlsx);
        return sheet.ToArray();
    }

    private static SpreadsheetImportOptions Options { get; } = new() { Municipality = "安曇野市", Title = "t", Policy = "azumino" };

    private static void ImportsWithoutThrowing(byte[] bytes, SheetFormat format, string what)
    {
        var read = KpiSheets.Import(new MemoryStream(bytes), format, "fuzz." + (format == SheetFormat.Xlsx ? "xlsx" : "csv"), Options);
        Assert.True(read.IsValid || read.Errors.Count > 0, what);
        Assert.All(read.Errors, e => Assert.False(string.IsNullOrEmpty(e.Message.English), what));
    }

    [Fact]
    public void A_workbook_cut_short_or_with_flipped_bytes_gives_named_problems()
    {
        for (var cut = 0; cut < Workbook.Length; cut += Math.Max(1, Workbook.Length / 60))
        {
            ImportsWithoutThrowing(Workbook.Take(cut).ToArray(), SheetFormat.Xlsx, "cut at " + cut);
        }

        var random = new Random(13);
        for (var i = 0; i < 150; i++)
        {
            var copy = (byte[])Workbook.Clone();
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
            ImportsWithoutThrowing(copy, SheetFormat.Xlsx, "flip " + i);
        }
    }

    [Fact]
    public void A_workbook_whose_xml_is_damaged_gives_named_problems()
    {
        var random = new Random(29);
        foreach (var part in new[] { "xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml" })
        {
            for (var i = 0; i < 25; i++)
            {
                ImportsWithoutThrowing(Rewrite(part, xml => Damage(xml, random)), SheetFormat.Xlsx, part + " damage " + i);
            }
        }
    }

    [Fact]
    public void Csv_files_of_random_bytes_give_a_result()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            if (i % 2 == 0)
            {
                // Mostly text: a header the importer knows, then noise.
                bytes = Encoding.UTF8.GetBytes("指標名,単位,基準値,令和2年度\r\n").Concat(bytes).ToArray();
            }

            ImportsWithoutThrowing(bytes, SheetFormat.Csv, "random " + i);
        }
    }

    private static string Damage(string xml, Random random)
    {
        var chars = xml.ToCharArray();
        for (var k = 0; k < 3; k++)
        {
            var at = random.Next(chars.Length);
            chars[at] = "<>&\"'x/= \0"[random.Next(10)];
        }

        return new string(chars);
    }

    private static byte[] Rewrite(string partName, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(Workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                var text = reader.ReadToEnd();
                var copy = target.CreateEntry(entry.FullName);
                using var writer = new StreamWriter(copy.Open(), new UTF8Encoding(false));
                writer.Write(entry.FullName == partName ? change(text) : text);
            }
        }

        return output.ToArray();
    }

    [Theory]
    [InlineData("<x:c r=\"A1\"", "<x:c r=\"AAAAAAAAAAAAAAAA1\"")]           // a column that would overflow
    [InlineData("<x:c r=\"A1\"", "<x:c r=\"XFE1\"")]                       // one column beyond the sheet
    [InlineData("<x:row r=\"1\"", "<x:row r=\"4294967295\"")]            // a row beyond the sheet
    public void A_cell_or_row_beyond_the_sheet_is_a_damaged_workbook(string find, string replace)
    {
        var damaged = Rewrite("xl/worksheets/sheet1.xml", xml =>
        {
            Assert.Contains(find, xml, StringComparison.Ordinal);
            var at = xml.IndexOf(find, StringComparison.Ordinal);
            return xml.Remove(at, find.Length).Insert(at, replace);
        });

        var read = KpiSheets.Import(new MemoryStream(damaged), SheetFormat.Xlsx, "crafted.xlsx", Options);

        Assert.Equal(SheetProblemCodes.SheetDamaged, Assert.Single(read.Errors).Code);
    }

    [Theory]
    [InlineData(0L, 1L, 1)]
    [InlineData(1L, 0L, 1)]
    [InlineData(1L, 1L, 0)]
    public void A_limit_below_1_is_refused_when_it_is_set(long bytes, long uncompressed, int rows)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SpreadsheetImportOptions { MaxBytes = bytes, MaxUncompressedBytes = uncompressed, MaxRows = rows });
}
