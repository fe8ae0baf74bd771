using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>Writes rows as CSV for Excel on a Japanese desktop: UTF-8 with a BOM (or Shift_JIS), CRLF, quoted where needed, text safe from formula injection.</summary>
internal static class CsvSheetWriter
{
    private static readonly char[] Special = ['\r', '\n', ',', '"'];

    internal static void Write(Stream output, IEnumerable<IReadOnlyList<OutCell>> rows, bool shiftJis)
    {
        var encoding = shiftJis ? CsvSheetReader.ShiftJis : new UTF8Encoding(true);
        using var writer = new StreamWriter(output, encoding, 65536, leaveOpen: true) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            InjectionOptions = InjectionOptions.None,
            // Quoted whenever a reader could split or trim it: a lone CR or LF too, not only CRLF.
            ShouldQuote = args => args.Field is { Length: > 0 } f && (f.IndexOfAny(Special) >= 0 || char.IsWhiteSpace(f[0]) || char.IsWhiteSpace(f[f.Length - 1])),
        });
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell.CsvText);
            }

            csv.NextRecord();
        }
    }
}
