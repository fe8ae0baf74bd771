using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>The value an indicator starts from (策定時, 基準値, 現状値), with its own period.</summary>
/// <param name="Period">The period of the value: "126 (2018)" is the calendar year 2018.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Baseline(ReportingPeriod Period)
{
    /// <summary>Gets the value; <see langword="null"/> for a stage.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the stage, for a milestone indicator (未着手).</summary>
    public string? Stage { get; init; }

    /// <summary>Gets a note, for example that the source prints no period.</summary>
    public string? Note { get; init; }
}
