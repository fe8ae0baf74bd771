namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>How a written sheet is laid out: its name, column widths, frozen panes, merged cells, filter and input checks.</summary>
internal sealed class SheetSpec
{
    internal SheetSpec(string name) => Name = name;

    internal string Name { get; }

    /// <summary>Gets the column widths in characters, from column A.</summary>
    internal List<double> Widths { get; } = [];

    /// <summary>Gets or sets the rows frozen at the top (the header).</summary>
    internal int FrozenRows { get; set; }

    /// <summary>Gets or sets the columns frozen at the left.</summary>
    internal int FrozenColumns { get; set; }

    /// <summary>Gets the merged ranges, such as <c>A2:A3</c>.</summary>
    internal List<string> Merges { get; } = [];

    /// <summary>Gets or sets the autofilter's range, such as <c>A3:Q40</c>.</summary>
    internal string? AutoFilter { get; set; }

    /// <summary>Gets the ranges of actual cells: numbers, or the markers 未公表, 調査中, 休止.</summary>
    internal List<string> ActualRanges { get; } = [];
}
