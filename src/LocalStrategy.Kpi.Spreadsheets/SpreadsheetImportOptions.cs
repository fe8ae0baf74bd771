using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// What an import needs that a sheet does not hold (the municipality, the title, the plan period, the
/// grading policy), how to read the file (sheet, encoding), the document to fill in, and the limits.
/// </summary>
public sealed record SpreadsheetImportOptions
{
    /// <summary>The default for <see cref="MaxBytes"/>: 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>The default for <see cref="MaxUncompressedBytes"/>: 1 GiB.</summary>
    public const long DefaultMaxUncompressedBytes = 1024L * 1024 * 1024;

    /// <summary>The default for <see cref="MaxRows"/>: 1,048,576, the most rows an Excel sheet has.</summary>
    public const int DefaultMaxRows = 1_048_576;

    /// <summary>Gets the worksheet to read by name; <see langword="null"/> reads the first.</summary>
    public string? Sheet { get; init; }

    /// <summary>Gets a CSV file's encoding (<c>utf-8</c> or <c>shift_jis</c>); <see langword="null"/> detects it.</summary>
    public string? Encoding { get; init; }

    /// <summary>Gets the strategy document's identifier; <see langword="null"/> derives one from the file name.</summary>
    public string? StrategyId { get; init; }

    /// <summary>Gets the municipality (a sheet does not hold it).</summary>
    public string? Municipality { get; init; }

    /// <summary>Gets the strategy's title; <see langword="null"/> takes the sheet's title row, if it has one.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the plan period; <see langword="null"/> spans the fiscal years the sheet's columns name.</summary>
    public FiscalYearRange? PlanPeriod { get; init; }

    /// <summary>Gets the grading policy's name (azumino, ina, ami, or a policy document's).</summary>
    public string? Policy { get; init; }

    /// <summary>Gets the fiscal year of value columns whose header names none (a single 実績値 column).</summary>
    public FiscalYear? Year { get; init; }

    /// <summary>
    /// Gets a strategy to fill in: the sheet's actuals and published grades go into its indicators,
    /// matched by the ID column; everything else in it is kept as it is.
    /// </summary>
    public Strategy? Into { get; init; }

    /// <summary>
    /// Gets the columns named for a layout the usual Japanese names do not cover: a header's text
    /// (<c>成果指標</c>) or a column letter after <c>$</c> (<c>$F</c>) to a role: <c>id</c>, <c>goal</c>,
    /// <c>measure</c>, <c>subMeasure</c>, <c>name</c>, <c>kind</c>, <c>unit</c>, <c>direction</c>,
    /// <c>valueKind</c>, <c>basis</c>, <c>stages</c>, <c>baseline</c>, <c>baselineYear</c>, <c>target</c>,
    /// <c>targetYear</c>, <c>actual</c>, <c>grade</c>, <c>year</c>, <c>note</c>, <c>source</c> or
    /// <c>ignore</c>; a value role may name its fiscal year (<c>actual:FY2020</c>, <c>target:R6</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string>? Columns { get; init; }

    /// <summary>Gets the header's row (from 1) when it is not to be searched for; a second header row under it is still recognised.</summary>
    public int? HeaderRow { get; init; }

    private readonly long maxBytes = DefaultMaxBytes;
    private readonly long maxUncompressedBytes = DefaultMaxUncompressedBytes;
    private readonly int maxRows = DefaultMaxRows;

    /// <summary>Gets the largest file read, in bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public long MaxBytes
    {
        get => maxBytes;
        init => maxBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "The limit must be at least 1 byte.");
    }

    /// <summary>Gets the most an .xlsx file may expand to, in bytes (a zip bomb is refused before it is opened).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public long MaxUncompressedBytes
    {
        get => maxUncompressedBytes;
        init => maxUncompressedBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxUncompressedBytes), value, "The limit must be at least 1 byte.");
    }

    /// <summary>Gets the most rows read.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxRows
    {
        get => maxRows;
        init => maxRows = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRows), value, "The limit must be at least 1 row.");
    }
}
