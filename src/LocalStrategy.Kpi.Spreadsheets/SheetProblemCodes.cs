namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>The codes of the problems an import reports (<see cref="Validation.ValidationError.Code"/>); the path of each is a cell reference such as <c>KPI!F12</c>.</summary>
public static class SheetProblemCodes
{
    /// <summary>The file is not a workbook (or not one this reader opens).</summary>
    public const string NotASpreadsheet = "NotASpreadsheet";

    /// <summary>The workbook opens but a part of it is damaged (XML that is not well formed, a compressed part that does not expand).</summary>
    public const string SheetDamaged = "SheetDamaged";

    /// <summary>The named sheet is not in the workbook.</summary>
    public const string SheetNotFound = "SheetNotFound";

    /// <summary>The file, its expanded parts or its rows are beyond the limits of <see cref="SpreadsheetImportOptions"/>.</summary>
    public const string SheetTooLarge = "SheetTooLarge";

    /// <summary>A CSV file's encoding is neither UTF-8 nor Shift_JIS.</summary>
    public const string EncodingNotDetected = "EncodingNotDetected";

    /// <summary>A CSV file is not valid in the encoding named (or announced by its byte order mark).</summary>
    public const string EncodingMismatch = "EncodingMismatch";

    /// <summary>An encoding was named that the reader does not take.</summary>
    public const string EncodingNotSupported = "EncodingNotSupported";

    /// <summary>No row of the sheet's top rows reads as a header with an indicator-name column.</summary>
    public const string NoHeaderRow = "NoHeaderRow";

    /// <summary>A value cell cannot be read as a number, a dash or a status marker.</summary>
    public const string NotANumber = "NotANumber";

    /// <summary>A fiscal year (in a header or a year cell) cannot be read.</summary>
    public const string NotAYear = "NotAYear";

    /// <summary>A direction cell is not one of 増加, 減少, 維持 and their kin.</summary>
    public const string UnknownDirection = "UnknownDirection";

    /// <summary>An indicator's direction is neither given nor follows from its baseline and target.</summary>
    public const string NoDirection = "NoDirection";

    /// <summary>A value column has no fiscal year, in its header or given as an option.</summary>
    public const string NoYear = "NoYear";

    /// <summary>A formula has no cached value (the workbook was written by a program that does not calculate); formulas are never evaluated.</summary>
    public const string FormulaWithoutValue = "FormulaWithoutValue";

    /// <summary>Something the document needs (the municipality, the title, the plan period) is neither in the sheet nor given as an option.</summary>
    public const string MissingSetting = "MissingSetting";

    /// <summary>
    /// Grading a sheet as it is read (<see cref="KpiSheets.GradeFile"/>): a row belongs to a basic goal or
    /// measure whose rows came before, or an indicator's rows (one per year) are not together. Sort the
    /// sheet, or import it and grade the document.
    /// </summary>
    public const string RowsOutOfOrder = "RowsOutOfOrder";

    /// <summary>Two rows give the same indicator identifier, or a row names an indicator the document being filled does not have.</summary>
    public const string UnknownIndicator = "UnknownIndicator";

    /// <summary>A warning: a published grade (評価) stands in a year without an actual, so it has nothing to be attached to and is not imported.</summary>
    public const string GradeWithoutActual = "GradeWithoutActual";

    /// <summary>A map document is not valid.</summary>
    public const string MapInvalid = "MapInvalid";
}
