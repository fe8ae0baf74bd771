// This file is long: the workbook's checks (zip bomb, sheet, damaged parts), the shared strings and
// styles, and the row and cell reader over the SDK's events, which belong together.
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
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
        return (sheet.Name?.Value ?? "Sheet1", Rows(document, part, strings, percent, options));
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

    // The worksheet's main namespace, transitional and strict.
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    // Rows and cells are read from the worksheet's XML with a plain XmlReader as it is parsed: no object
    // per element. The SDK's own reader made one for every row, cell and value, which was most of an
    // import's time. The part expands to at most MaxUncompressedBytes characters (checked as read too).
    private static IEnumerable<SheetRow> Rows(SpreadsheetDocument document, WorksheetPart part, List<string> strings, HashSet<uint> percent, SpreadsheetImportOptions options)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = options.MaxUncompressedBytes,
            CloseInput = true,
        };
        using (document)
        using (var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), settings))
        {
            var count = 0;
            var lastRow = 0;
            while (reader.Read())
            {
                if (!Is(reader, XmlNodeType.Element, "row"))
                {
                    continue;
                }

                var written = reader.GetAttribute("r");
                var number = written is not null ? RowNumberOf(written) : lastRow + 1;
                if (number > SheetCell.MaxRow)
                {
                    throw OutsideTheSheet("row " + written);
                }

                lastRow = number;
                if (++count > options.MaxRows)
                {
                    throw new SheetReadException(
                        SheetProblemCodes.SheetTooLarge,
                        string.Format(CultureInfo.InvariantCulture, "The sheet has more than {0:N0} rows (SpreadsheetImportOptions.MaxRows).", options.MaxRows),
                        string.Format(CultureInfo.InvariantCulture, "シートの行数が {0:N0} を超えています。", options.MaxRows));
                }

                var cells = new List<SheetCell>();
                var nextColumn = 1;
                if (!reader.IsEmptyElement)
                {
                    // The row's own cells only: any other element under it (an extension) is skipped whole.
                    var depth = reader.Depth;
                    reader.Read();
                    while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
                    {
                        if (!Is(reader, XmlNodeType.Element, "c"))
                        {
                            if (reader.NodeType == XmlNodeType.Element)
                            {
                                reader.Skip();
                            }
                            else
                            {
                                reader.Read();
                            }

                            continue;
                        }

                        var reference = reader.GetAttribute("r");
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

                        // ReadCell leaves the reader on the cell's end (or on an empty cell): past it.
                        reader.Read();
                    }
                }

                yield return new SheetRow(number, cells);
            }
        }
    }

    private static bool Is(XmlReader reader, XmlNodeType type, string localName)
        => reader.NodeType == type && reader.LocalName == localName && (reader.NamespaceURI == MainNamespace || reader.NamespaceURI == StrictNamespace);

    // A row number as written ("r" of a row): beyond the sheet when it is not a number a sheet can hold.
    private static int RowNumberOf(string text)
        => uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= SheetCell.MaxRow ? (int)value : SheetCell.MaxRow + 1;

    // The cell the reader is at (its start tag): its type and style from its attributes, its cached
    // value, formula and inline string from its children. Leaves the reader on the cell's end.
    private static SheetCell? ReadCell(XmlReader reader, int row, int column, List<string> strings, HashSet<uint> percent)
    {
        var type = reader.GetAttribute("t");
        uint? style = uint.TryParse(reader.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
        string? raw = null;
        string? formula = null;
        string? inline = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            reader.Read();
            while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
            {
                if (Is(reader, XmlNodeType.Element, "v"))
                {
                    raw = reader.ReadElementContentAsString();
                }
                else if (Is(reader, XmlNodeType.Element, "f"))
                {
                    formula = reader.ReadElementContentAsString();
                }
                else if (Is(reader, XmlNodeType.Element, "is"))
                {
                    inline = InlineText(reader);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    reader.Skip();
                }
                else
                {
                    reader.Read();
                }
            }
        }

        return Read(type, style, raw, formula, inline, row, column, strings, percent);
    }

    // The text of the inline string the reader is at (its start tag), as TextOf reads a loaded one: its
    // own text or its runs' text, without phonetic (furigana) runs. Leaves the reader after its end.
    private static string InlineText(XmlReader reader)
    {
        var builder = new StringBuilder();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (Is(reader, XmlNodeType.Element, "t"))
            {
                builder.Append(reader.ReadElementContentAsString());
            }
            else if (Is(reader, XmlNodeType.Element, "r"))
            {
                builder.Append(RunText(reader));
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return XmlText.Decode(builder.ToString());
    }

    // A run's text (its first t), the reader at the run's start tag; leaves it after the run's end.
    private static string RunText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        string? text = null;
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (text is null && Is(reader, XmlNodeType.Element, "t"))
            {
                text = reader.ReadElementContentAsString();
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                reader.Skip();
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return text ?? string.Empty;
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
