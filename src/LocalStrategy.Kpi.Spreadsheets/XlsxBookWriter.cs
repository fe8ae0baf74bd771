using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// Writes a workbook sheet by sheet with the Open XML SDK's streaming writer: rows go out as they
/// are made, so a sheet of a million rows is never held whole. Text is written inline (never as a
/// formula), quote-prefixed where it starts like one.
/// </summary>
internal sealed class XlsxBookWriter : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly WorkbookPart workbook;
    private readonly Sheets sheets = new();
    private readonly DefinedNames names = new();
    private uint count;

    internal XlsxBookWriter(Stream output)
    {
        document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        workbook = document.AddWorkbookPart();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Build();
    }

    internal void AddSheet(SheetSpec spec, IEnumerable<IReadOnlyList<OutCell>> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            if (spec.FrozenRows > 0 || spec.FrozenColumns > 0)
            {
                var topLeft = SheetCell.ColumnName(spec.FrozenColumns + 1) + (spec.FrozenRows + 1).ToString(CultureInfo.InvariantCulture);
                var pane = new Pane { TopLeftCell = topLeft, ActivePane = PaneValues.BottomRight, State = PaneStateValues.Frozen };
                if (spec.FrozenColumns > 0)
                {
                    pane.HorizontalSplit = spec.FrozenColumns;
                }

                if (spec.FrozenRows > 0)
                {
                    pane.VerticalSplit = spec.FrozenRows;
                }

                if (spec.FrozenColumns == 0)
                {
                    pane.ActivePane = PaneValues.BottomLeft;
                }
                else if (spec.FrozenRows == 0)
                {
                    pane.ActivePane = PaneValues.TopRight;
                }

                writer.WriteElement(new SheetViews(new SheetView(pane, new Selection { Pane = pane.ActivePane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } }) { WorkbookViewId = 0 }));
            }

            if (spec.Widths.Count > 0)
            {
                writer.WriteElement(new Columns(spec.Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true })));
            }

            writer.WriteStartElement(new SheetData());
            var number = 0;
            foreach (var row in rows)
            {
                number++;
                writer.WriteStartElement(new Row { RowIndex = (uint)number });
                for (var c = 0; c < row.Count; c++)
                {
                    var cell = row[c];
                    if (cell.IsEmpty && cell.Style == XlsxStyles.Default)
                    {
                        continue;
                    }

                    var reference = SheetCell.ColumnName(c + 1) + number.ToString(CultureInfo.InvariantCulture);
                    if (cell.Number is { } n)
                    {
                        writer.WriteElement(new Cell(new DocumentFormat.OpenXml.Spreadsheet.CellValue(n.ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = (uint)cell.Style });
                    }
                    else if (cell.Text is { } text)
                    {
                        var style = cell.Style == XlsxStyles.Text && FormulaSafety.NeedsQuoting(text) ? XlsxStyles.QuotedText : cell.Style;
                        writer.WriteElement(new Cell(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = (uint)style });
                    }
                    else
                    {
                        writer.WriteElement(new Cell { CellReference = reference, StyleIndex = (uint)cell.Style });
                    }
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            if (spec.AutoFilter is { } filter)
            {
                writer.WriteElement(new AutoFilter { Reference = filter });
                names.Append(new DefinedName("'" + spec.Name.Replace("'", "''") + "'!" + Absolute(filter)) { Name = "_xlnm._FilterDatabase", LocalSheetId = count, Hidden = true });
            }

            if (spec.Merges.Count > 0)
            {
                writer.WriteElement(new MergeCells(spec.Merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)spec.Merges.Count });
            }

            if (spec.ActualRanges.Count > 0)
            {
                var validations = spec.ActualRanges.Select(range =>
                {
                    var first = range.Split(':')[0];
                    return new DataValidation(
                        new Formula1("OR(ISNUMBER(" + first + "),ISBLANK(" + first + "),ISNUMBER(SEARCH(\"速報\"," + first + ")),"
                            + first + "=\"未公表\"," + first + "=\"調査中\"," + first + "=\"休止\"," + first + "=\"-\")"))
                    {
                        Type = DataValidationValues.Custom,
                        AllowBlank = true,
                        ErrorStyle = DataValidationErrorStyleValues.Warning,
                        ShowErrorMessage = true,
                        ShowInputMessage = true,
                        ErrorTitle = "実績値",
                        Error = "数値を入力してください（未公表・調査中・休止、または「12.3（速報値）」も可）。",
                        PromptTitle = "実績値",
                        Prompt = "数値を入力してください。未公表・調査中・休止も入力できます。",
                        SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
                    };
                }).ToList();
                writer.WriteElement(new DataValidations(validations) { Count = (uint)validations.Count });
            }

            writer.WriteEndElement();
        }

        count++;
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = count, Name = spec.Name });
    }

    private static string Absolute(string range)
        => string.Join(":", range.Split(':').Select(r =>
        {
            var column = new string(r.TakeWhile(char.IsLetter).ToArray());
            return "$" + column + "$" + r.Remove(0, column.Length);
        }));

    // XML 1.0 cannot hold most control characters: they go out as _xHHHH_, as spreadsheets write them.
    private static string Clean(string text) => XmlText.Encode(text);

    public void Dispose()
    {
        var book = new Workbook(sheets);
        if (names.HasChildren)
        {
            book.Append(names);
        }

        workbook.Workbook = book;
        document.Dispose();
    }
}
