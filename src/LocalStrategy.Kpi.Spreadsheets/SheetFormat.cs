namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>The file formats of a sheet.</summary>
public enum SheetFormat
{
    /// <summary>An Excel workbook (.xlsx, Office Open XML).</summary>
    Xlsx = 1,

    /// <summary>Comma-separated values (.csv): UTF-8 (with or without a BOM), UTF-16 with a BOM, or Shift_JIS (CP932).</summary>
    Csv = 2,
}
