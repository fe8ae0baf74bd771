using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// Reads a CSV file as Japanese offices save it: UTF-8 with or without a BOM, UTF-16 with a BOM, or
/// Shift_JIS (CP932, what Excel writes for "CSV" on a Japanese Windows); CRLF or LF; quoted fields that
/// hold commas, quotes and line breaks. The encoding is detected (a BOM, else valid UTF-8, else CP932)
/// or named.
/// </summary>
internal static class CsvSheetReader
{
    internal static IEnumerable<SheetRow> Read(byte[] bytes, string? encodingName)
    {
        var text = Decode(bytes, encodingName);
        return Rows(text);
    }

    internal static Encoding ShiftJis => CodePagesEncodingProvider.Instance.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("CP932 is not available.");

    internal static string Decode(byte[] bytes, string? encodingName)
    {
        if (encodingName is not null)
        {
            var named = Named(encodingName);
            try
            {
                var skip = named is UTF8Encoding && bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                return named.GetString(bytes, skip, bytes.Length - skip);
            }
            catch (DecoderFallbackException)
            {
                throw new SheetReadException(
                    SheetProblemCodes.EncodingMismatch,
                    "The file is not valid " + encodingName + "; leave --encoding out to detect the encoding.",
                    "ファイルが " + encodingName + " として読めません。--encoding を省くと文字コードを判定します。");
            }
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Strict(new UTF8Encoding(false, true), bytes, 3, "UTF-8");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes, 2, "UTF-16");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes, 2, "UTF-16");
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Shift_JIS (CP932) is what Japanese offices save.
        }

        try
        {
            return ShiftJis.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new SheetReadException(
                SheetProblemCodes.EncodingNotDetected,
                "The file is neither UTF-8 nor Shift_JIS (CP932); save it as CSV UTF-8, or name its encoding with --encoding.",
                "ファイルの文字コードが UTF-8 でも Shift_JIS（CP932）でもありません。「CSV UTF-8」で保存するか、--encoding で文字コードを指定してください。");
        }
    }

    private static string Strict(Encoding encoding, byte[] bytes, int skip, string name)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            throw new SheetReadException(SheetProblemCodes.EncodingMismatch, "The file starts with a " + name + " byte order mark but is not valid " + name + ".", "ファイルは " + name + " の BOM で始まりますが、" + name + " として読めません。");
        }
    }

    private static Encoding Named(string name)
    {
        switch (name.Trim().ToUpperInvariant())
        {
            case "UTF-8":
            case "UTF8":
                return new UTF8Encoding(false, true);
            case "SHIFT_JIS":
            case "SHIFT-JIS":
            case "SJIS":
            case "CP932":
            case "WINDOWS-31J":
                return ShiftJis;
            default:
                throw new SheetReadException(SheetProblemCodes.EncodingNotSupported, "The encoding '" + name + "' is not one this reader takes: utf-8 or shift_jis (cp932).", "文字コード「" + name + "」には対応していません。utf-8 か shift_jis（cp932）を指定してください。");
        }
    }

    private static IEnumerable<SheetRow> Rows(string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            // Blank lines are rows too: a cell reference must be the row Excel shows.
            IgnoreBlankLines = false,
            BadDataFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
            Mode = CsvMode.RFC4180,
        };
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        var number = 0;
        while (parser.Read())
        {
            number++;
            var record = parser.Record ?? Array.Empty<string>();
            var cells = new List<SheetCell>(record.Length);
            for (var i = 0; i < record.Length; i++)
            {
                if (record[i].Length > 0)
                {
                    cells.Add(new SheetCell(number, i + 1, FormulaSafety.Restore(record[i]), false));
                }
            }

            yield return new SheetRow(number, cells);
        }
    }
}
