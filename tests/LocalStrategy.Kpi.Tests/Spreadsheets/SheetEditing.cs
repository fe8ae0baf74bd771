using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// Workbooks made or changed by hand in tests, with the Open XML SDK's DOM and not through the
/// library's writer: odd layouts as cities keep them, and a template filled in as a department would.
/// </summary>
internal static class SheetEditing
{
    /// <summary>Types actuals into a template: the 実績値 cell under the year for each indicator ID; every third as full-width text.</summary>
    internal static byte[] FillActuals(byte[] template, string yearHeader, IReadOnlyDictionary<string, string> actuals)
    {
        using var memory = new MemoryStream();
        memory.Write(template, 0, template.Length);
        using (var document = SpreadsheetDocument.Open(memory, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            var yearCell = rows[1].Elements<Cell>().First(c => TextOf(c) == yearHeader);
            var actualColumn = ColumnOf(yearCell.CellReference!.Value!) + 1;
            var n = 0;
            foreach (var row in rows.Skip(3))
            {
                var id = row.Elements<Cell>().FirstOrDefault(c => ColumnOf(c.CellReference!.Value!) == 1);
                if (id is null || !actuals.TryGetValue(TextOf(id), out var value))
                {
                    continue;
                }

                var reference = ColumnName(actualColumn) + row.RowIndex!.Value.ToString(CultureInfo.InvariantCulture);
                var cell = row.Elements<Cell>().First(c => c.CellReference!.Value == reference);
                if (n++ % 3 == 2)
                {
                    cell.DataType = CellValues.InlineString;
                    cell.CellValue = null;
                    cell.InlineString = new InlineString(new Text(FullWidth(value)));
                }
                else
                {
                    cell.DataType = null;
                    cell.CellValue = new CellValue(value);
                }
            }

            part.Worksheet.Save();
        }

        return memory.ToArray();
    }

    internal static string FullWidth(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == '.' ? '．' : c == '-' ? '－' : c);
        }

        return builder.ToString();
    }

    internal static string TextOf(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            column = (column * 26) + (c - 'A' + 1);
        }

        return column;
    }

    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A value of a hand-made sheet: text (shared or inline), a number, a percentage-formatted number, or a formula with or without its cached value.</summary>
    internal sealed record Value(string? Text = null, string? Number = null, bool Percent = false, string? Formula = null, bool Shared = true, bool Rich = false);

    /// <summary>Writes a workbook cell by cell, as a person's sheet would be: shared strings, merged cells, a percentage style.</summary>
    internal static byte[] Workbook(string sheetName, IReadOnlyDictionary<string, Value> cells, IEnumerable<string>? merges = null, string? secondSheet = null)
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            if (secondSheet is not null)
            {
                var other = workbook.AddNewPart<WorksheetPart>();
                other.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new Text("表紙")) }) { RowIndex = 1 }));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(other), SheetId = id++, Name = secondSheet });
            }

            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var group in cells.GroupBy(c => uint.Parse(new string(c.Key.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture)).OrderBy(g => g.Key))
            {
                var row = new Row { RowIndex = group.Key };
                foreach (var (reference, value) in group.OrderBy(c => ColumnOf(c.Key)))
                {
                    var cell = new Cell { CellReference = reference };
                    if (value.Formula is not null)
                    {
                        cell.CellFormula = new CellFormula(value.Formula);
                    }

                    if (value.Number is not null)
                    {
                        cell.CellValue = new CellValue(value.Number);
                        if (value.Percent)
                        {
                            cell.StyleIndex = 1;
                        }
                    }
                    else if (value.Text is not null && value.Shared)
                    {
                        if (!index.TryGetValue(value.Text, out var i))
                        {
                            i = index.Count;
                            index[value.Text] = i;
                            // A furigana run, as Japanese Excel writes: it is not part of the text.
                            strings.SharedStringTable.Append(new SharedStringItem(new Text(value.Text), new PhoneticRun(new Text("ﾌﾘｶﾞﾅ")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
                        }

                        cell.DataType = CellValues.SharedString;
                        cell.CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture));
                    }
                    else if (value.Text is not null && value.Rich)
                    {
                        // Rich text typed into the cell: two runs, the second bold, and a furigana run that is not part of the text.
                        var half = value.Text.Length / 2;
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(
                            new Run(new Text(value.Text.Substring(0, half))),
                            new Run(new RunProperties(new Bold()), new Text(value.Text.Substring(half))),
                            new PhoneticRun(new Text("ﾌﾘｶﾞﾅ")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 });
                    }
                    else if (value.Text is not null)
                    {
                        cell.DataType = CellValues.InlineString;
                        cell.InlineString = new InlineString(new Text(value.Text));
                    }

                    row.Append(cell);
                }

                data.Append(row);
            }

            var worksheet = new Worksheet(data);
            if (merges is not null)
            {
                worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            }

            part.Worksheet = worksheet;
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = sheetName });
        }

        return memory.ToArray();
    }
}
