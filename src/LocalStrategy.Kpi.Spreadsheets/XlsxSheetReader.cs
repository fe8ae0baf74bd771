// This file is long: the workbook's checks (zip bomb, sheet, damaged parts), the shared strings and
// styles, and the row and cell reader over the SDK's events, which belong together.
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// Reads one worksheet of an .xlsx file row by row with the Open XML SDK's streaming reader: shared and
/// inline strings (without their furigana runs), numbers as the sheet shows them (a percentage format
/// times 100, 15 significant digits as Excel displays), and a formula's cached value, never evaluated.
/// A zip bomb is refused before any part is opened.
/// </summary>
internal static class XlsxSheetReader
{
    internal static (string SheetName, IEnumerable<SheetRow> Rows) Read(Stream stream, string? sheetName, SpreadsheetImportOptions options)
    {
        CheckArchive(stream, options.MaxUncompressedBytes);
        stream.Position = 0;
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxUncompressedBytes });
        }
        // FormatException covers System.IO.Packaging's FileFormatException, which is named only through its base: on .NET Framework
        // that type lives in WindowsBase, and naming it would make this assembly need System.IO.Packaging.dll there.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or IOException or InvalidOperationException)
        {
            throw NotASpreadsheet();
        }

        var workbook = document.WorkbookPart ?? throw NotASpreadsheet();
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheetName is null
            ? sheets.FirstOrDefault()
            : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.Ordinal));
        if (sheet?.Id?.Value is not { } id)
        {
            document.Dispose();
            throw sheetName is null
                ? NotASpreadsheet()
                : new SheetReadException(SheetProblemCodes.SheetNotFound, "The workbook has no sheet named '" + sheetName + "'; it has " + string.Join(", ", sheets.Select(s => "'" + s.Name?.Value + "'")) + ".", "シート「" + sheetName + "」がありません。");
        }

        if (!workbook.TryGetPartById(id, out var found) || found is not WorksheetPart part)
        {
            document.Dispose();
            throw new SheetReadException(SheetProblemCodes.SheetDamaged, "The workbook is damaged: its sheet '" + sheet.Name?.Value + "' points at a part that is not a worksheet. Open it in Excel or LibreOffice and save it again.", "ブックが壊れています（シート「" + sheet.Name?.Value + "」の中身が見つかりません）。Excel などで開いて保存し直してください。");
        }

        var strings = SharedStrings(workbook);
        var percent = PercentStyles(workbook);
        return (sheet.Name?.Value ?? "Sheet1", Rows(document, part, strings, percent, options.MaxRows));
    }

    private static SheetReadException OutsideTheSheet(string what)
        => new(SheetProblemCodes.SheetDamaged, "The workbook is damaged: it has a " + what + " beyond the last row or column a sheet can hold (1,048,576 rows, XFD).", "ブックが壊れています（シートの範囲を超えるセルがあります）。");

    private static SheetReadException NotASpreadsheet()
        => new(SheetProblemCodes.NotASpreadsheet, "The file is not an Excel workbook (.xlsx); an old .xls file must be saved as .xlsx first.", "ファイルが Excel ブック（.xlsx）ではありません。古い .xls は .xlsx で保存し直してください。");

    // A zip bomb: parts that expand beyond the limit, told by the sizes the archive declares (the
    // reader stops at the declared size, so a lying header cannot get past it either).
    private static void CheckArchive(Stream stream, long maxUncompressed)
    {
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                total += entry.Length;
                if (total > maxUncompressed || entry.Length > maxUncompressed)
                {
                    throw new SheetReadException(
                        SheetProblemCodes.SheetTooLarge,
                        string.Format(CultureInfo.InvariantCulture, "The workbook expands to more than {0:N0} bytes (the part '{1}' alone is {2:N0}); a sheet this large is refused (SpreadsheetImportOptions.MaxUncompressedBytes).", maxUncompressed, entry.FullName, entry.Length),
                        string.Format(CultureInfo.InvariantCulture, "ブックを展開すると {0:N0} バイトを超えます。大きすぎるため読み込みません。", maxUncompressed));
                }
            }
        }
        catch (InvalidDataException)
        {
            throw NotASpreadsheet();
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return list;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return list;
    }

    // The text of a string item: its own text or its runs' text, without phonetic (furigana) runs.
    private static string TextOf(OpenXmlElement item)
    {
        var builder = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            if (child is Text text)
            {
                builder.Append(text.Text);
            }
            else if (child is Run run)
            {
                builder.Append(run.Text?.Text);
            }
        }

        return XmlText.Decode(builder.ToString());
    }

    private static HashSet<uint> PercentStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? new Dictionary<uint, string>();
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is 9 or 10 || (custom.TryGetValue(id, out var code) && IsPercentFormat(code)))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    // A % outside quotes and brackets makes a format show the value times 100.
    private static bool IsPercentFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (!quoted && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket && c == '\\')
            {
                i++;
            }
            else if (!quoted && !bracket && c == '%')
            {
                return true;
            }
        }

        return false;
    }

    // Rows and cells are read from the reader's events (their attributes and the text of their value
    // and formula), not loaded as element objects: the SDK's element tree for each row was most of the
    // time and memory of an import.
    private static IEnumerable<SheetRow> Rows(SpreadsheetDocument document, WorksheetPart part, List<string> strings, HashSet<uint> percent, int maxRows)
    {
        using (document)
        using (var reader = OpenXmlReader.Create(part))
        {
            var count = 0;
            var lastRow = 0;
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
                {
                    continue;
                }

                var written = Attribute(reader, "r");
                var number = written is not null ? RowNumberOf(written) : lastRow + 1;
                if (number > SheetCell.MaxRow)
                {
                    throw OutsideTheSheet("row " + written);
                }

                lastRow = number;
                if (++count > maxRows)
                {
                    throw new SheetReadException(
                        SheetProblemCodes.SheetTooLarge,
                        string.Format(CultureInfo.InvariantCulture, "The sheet has more than {0:N0} rows (SpreadsheetImportOptions.MaxRows).", maxRows),
                        string.Format(CultureInfo.InvariantCulture, "シートの行数が {0:N0} を超えています。", maxRows));
                }

                var cells = new List<SheetCell>();
                var nextColumn = 1;
                if (reader.ReadFirstChild())
                {
                    do
                    {
                        if (reader.ElementType != typeof(Cell) || !reader.IsStartElement)
                        {
                            continue;
                        }

                        var reference = Attribute(reader, "r");
                        var column = reference is not null ? SheetCell.ColumnOf(reference) : nextColumn;
                        if (column > SheetCell.MaxColumn)
                        {
                            throw OutsideTheSheet("cell " + reference);
                        }

                        nextColumn = column + 1;
                        if (ReadCell(reader, number, column, strings, percent) is { } read)
                        {
                            cells.Add(read);
                        }
                    }
                    while (reader.ReadNextSibling());
                }

                yield return new SheetRow(number, cells);
            }
        }
    }

    // A row number as written ("r" of a row): beyond the sheet when it is not a number a sheet can hold.
    private static int RowNumberOf(string text)
        => uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= SheetCell.MaxRow ? (int)value : SheetCell.MaxRow + 1;

    private static string? Attribute(OpenXmlReader reader, string localName)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == localName && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    // The text of the inline string the reader is at, read from the reader's events as the rest of the
    // cell is, and as TextOf reads a loaded one: its own text or its runs' text, without phonetic
    // (furigana) runs.
    private static string InlineText(OpenXmlReader reader)
    {
        var builder = new StringBuilder();
        if (reader.ReadFirstChild())
        {
            do
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(Text))
                {
                    builder.Append(reader.GetText());
                }
                else if (reader.ElementType == typeof(Run) && reader.ReadFirstChild())
                {
                    var first = true;
                    do
                    {
                        if (first && reader.IsStartElement && reader.ElementType == typeof(Text))
                        {
                            builder.Append(reader.GetText());
                            first = false;
                        }
                    }
                    while (reader.ReadNextSibling());
                }
            }
            while (reader.ReadNextSibling());
        }

        return XmlText.Decode(builder.ToString());
    }

    // The cell the reader is at: its type and style from its attributes, its cached value, formula and
    // inline string from its children.
    private static SheetCell? ReadCell(OpenXmlReader reader, int row, int column, List<string> strings, HashSet<uint> percent)
    {
        string? type = null;
        uint? style = null;
        foreach (var attribute in reader.Attributes)
        {
            if (!string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                continue;
            }

            if (attribute.LocalName == "t")
            {
                type = attribute.Value;
            }
            else if (attribute.LocalName == "s" && uint.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s))
            {
                style = s;
            }
        }

        string? raw = null;
        string? formula = null;
        string? inline = null;
        if (reader.ReadFirstChild())
        {
            do
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }

                if (reader.ElementType == typeof(DocumentFormat.OpenXml.Spreadsheet.CellValue))
                {
                    raw = reader.GetText();
                }
                else if (reader.ElementType == typeof(CellFormula))
                {
                    formula = reader.GetText();
                }
                else if (reader.ElementType == typeof(InlineString))
                {
                    inline = InlineText(reader);
                }
            }
            while (reader.ReadNextSibling());
        }

        return Read(type, style, raw, formula, inline, row, column, strings, percent);
    }

    private static SheetCell? Read(string? type, uint? style, string? raw, string? formula, string? inline, int row, int column, List<string> strings, HashSet<uint> percent)
    {
        var isFormula = formula is not null;
        if (type == "inlineStr")
        {
            return new SheetCell(row, column, inline ?? string.Empty, false, isFormula);
        }

        if (raw is null)
        {
            // A formula without a cached value: nothing to read, and never evaluated here.
            return isFormula ? new SheetCell(row, column, "=" + formula, false, true) : null;
        }

        if (type == "s")
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                ? new SheetCell(row, column, strings[i], false, isFormula)
                : new SheetCell(row, column, raw, false, isFormula);
        }

        if (type is "str" or "b" or "e")
        {
            return new SheetCell(row, column, raw, false, isFormula);
        }

        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new SheetCell(row, column, raw, false, isFormula);
        }

        number = Displayed(number);
        if (style is { } s && percent.Contains(s))
        {
            number *= 100m;
        }

        return new SheetCell(row, column, number.ToString(CultureInfo.InvariantCulture), true, isFormula);
    }

    // A stored number rounded to the 15 significant digits Excel shows: 0.30000000000000004 is 0.3.
    // The digits are counted in the decimal's own text, never through a double.
    internal static decimal Displayed(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text.Substring(0, point);
        int magnitude;
        if (whole != "0")
        {
            magnitude = whole.Length - 1;
        }
        else
        {
            var zeros = 0;
            for (var i = point + 1; i < text.Length && text[i] == '0'; i++)
            {
                zeros++;
            }

            if (point < 0 || point + 1 + zeros >= text.Length)
            {
                return 0m;
            }

            magnitude = -(zeros + 1);
        }

        var places = 14 - magnitude;
        return places < 0 || places > 28 ? value : WithoutTrailingZeros(Math.Round(value, places, MidpointRounding.AwayFromZero));
    }

    // 0.300000000000000 → 0.3: the same value, written as the sheet shows it.
    internal static decimal WithoutTrailingZeros(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.IndexOf('.') < 0)
        {
            return value;
        }

        text = text.TrimEnd('0').TrimEnd('.');
        return decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }
}
