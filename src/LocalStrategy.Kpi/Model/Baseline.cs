using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>The value an indicator starts from (策定時, 基準値, 現状値), with its own period.</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Baseline
{
    /// <summary>Gets the period of the value ("126 (2018)" is the calendar year 2018); <see langword="null"/> when the source prints none.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets the value; <see langword="null"/> for a stage.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the stage, for a milestone indicator (未着手).</summary>
    public string? Stage { get; init; }

    /// <summary>Gets a note, for example that the source prints no period.</summary>
    public string? Note { get; init; }
}
