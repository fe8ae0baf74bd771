using System.Globalization;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>One cell as a sheet shows it: its text, and whether the sheet stored it as a number.</summary>
internal readonly struct SheetCell
{
    internal SheetCell(int row, int column, string text, bool isNumber, bool isFormula = false)
    {
        Row = row;
        Column = column;
        Text = text;
        IsNumber = isNumber;
        IsFormula = isFormula;
    }

    /// <summary>Gets the row, from 1.</summary>
    internal int Row { get; }

    /// <summary>Gets the column, from 1 (A).</summary>
    internal int Column { get; }

    /// <summary>Gets the text: what the cell holds, a number written invariantly when <see cref="IsNumber"/>.</summary>
    internal string Text { get; }

    /// <summary>Gets whether the sheet stored a number (its text is then an invariant decimal).</summary>
    internal bool IsNumber { get; }

    /// <summary>Gets whether the value is a formula's cached result.</summary>
    internal bool IsFormula { get; }

    internal bool IsBlank => Text.Trim().Length == 0;

    /// <summary>Gets the A1-style reference, such as <c>F12</c>.</summary>
    internal string Reference => ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The letters of a column: 1 is A, 27 is AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The most columns a sheet has (XFD), and the most rows.</summary>
    internal const int MaxColumn = 16_384;

    internal const int MaxRow = 1_048_576;

    /// <summary>The column of a reference's letters (F12 → 6); 0 when there are none, and more than <see cref="MaxColumn"/> for letters beyond XFD.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            var upper = char.ToUpperInvariant(ch);
            if (upper < 'A' || upper > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
            if (column > MaxColumn)
            {
                // A crafted reference (AAAAAAAAAAAA1) would overflow: beyond the sheet is all the caller needs to know.
                return MaxColumn + 1;
            }
        }

        return column;
    }
}

/// <summary>A row of a sheet: its number and its non-empty cells by column.</summary>
internal sealed class SheetRow
{
    internal SheetRow(int number, IReadOnlyList<SheetCell> cells)
    {
        Number = number;
        Cells = cells;
    }

    internal int Number { get; }

    internal IReadOnlyList<SheetCell> Cells { get; }

    internal bool IsBlank => Cells.All(c => c.IsBlank);

    /// <summary>The cell in a column, or a blank one.</summary>
    internal SheetCell this[int column]
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (cell.Column == column)
                {
                    return cell;
                }
            }

            return new SheetCell(Number, column, string.Empty, false);
        }
    }
}
