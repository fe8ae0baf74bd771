using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>What a value cell holds once read: nothing, a number (with a written comparison), or a status without a number.</summary>
internal readonly struct CellValue
{
    private CellValue(decimal? number, ObservationStatus status, TargetComparison comparison, bool isBlank, string? unit = null)
    {
        Unit = unit;
        Number = number;
        Status = status;
        Comparison = comparison;
        IsBlank = isBlank;
    }

    /// <summary>Gets the number, when the cell has one.</summary>
    internal decimal? Number { get; }

    /// <summary>Gets the status a marker gave (未公表, 速報値, 休止), else <see cref="ObservationStatus.Final"/>.</summary>
    internal ObservationStatus Status { get; }

    /// <summary>Gets the comparison written with a target (以上, 以下), else <see cref="TargetComparison.Reach"/>.</summary>
    internal TargetComparison Comparison { get; }

    /// <summary>Gets the unit written after the number (6校: 校), if any.</summary>
    internal string? Unit { get; }

    /// <summary>Gets whether the cell is empty or a dash: no value and no status.</summary>
    internal bool IsBlank { get; }

    internal static CellValue Blank { get; } = new(null, ObservationStatus.Final, TargetComparison.Reach, true);

    internal static CellValue Of(decimal number, ObservationStatus status, TargetComparison comparison, string? unit = null) => new(number, status, comparison, false, unit);

    internal static CellValue StatusOnly(ObservationStatus status) => new(null, status, TargetComparison.Reach, false);
}
