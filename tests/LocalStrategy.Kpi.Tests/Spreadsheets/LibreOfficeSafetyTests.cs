using System.Text;
using LocalStrategy.Kpi.Spreadsheets;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// The written files opened in a real spreadsheet (LibreOffice Calc, headless): text that starts like
/// a formula is shown as text, never run. A raw formula put in the same CSV is run, which shows that
/// the check would catch one.
/// </summary>
public sealed class LibreOfficeSafetyTests
{
    [LibreOfficeFact]
    public void A_csv_written_by_the_library_runs_no_formula_when_a_spreadsheet_opens_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "kpi-hostile-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var file = File.Create(path))
            {
                KpiSheets.WriteStrategy(SheetSafetyTests.WithNames(SheetSafetyTests.Hostile), file, SheetFormat.Csv);
                var control = Encoding.UTF8.GetBytes("control,=1+2\r\n");
                file.Write(control, 0, control.Length);
            }

            var shown = LibreOffice.ToCsv(path);

            Assert.Contains("control,3", shown, StringComparison.Ordinal); // a raw formula is run
            Assert.Contains("'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")", shown, StringComparison.Ordinal);
            Assert.Contains("'@SUM(A1)", shown, StringComparison.Ordinal);
            Assert.Contains("'-2+3", shown, StringComparison.Ordinal);
            Assert.Contains("'=cmd|' /C calc'!A0", shown, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [LibreOfficeFact]
    public void An_xlsx_written_by_the_library_shows_such_text_as_written()
    {
        var path = Path.Combine(Path.GetTempPath(), "kpi-hostile-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                KpiSheets.WriteStrategy(SheetSafetyTests.WithNames(SheetSafetyTests.Hostile), file, SheetFormat.Xlsx);
            }

            var shown = LibreOffice.ToCsv(path);

            Assert.Contains("\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"", shown, StringComparison.Ordinal);
            Assert.Contains(",+1+2,", shown, StringComparison.Ordinal);
            Assert.Contains(",-2+3,", shown, StringComparison.Ordinal);
            Assert.Contains(",@SUM(A1),", shown, StringComparison.Ordinal);
            Assert.Contains("=cmd|' /C calc'!A0", shown, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
