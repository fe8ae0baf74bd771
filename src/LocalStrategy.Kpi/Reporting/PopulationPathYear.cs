using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>One year of a population vision's target path.</summary>
/// <param name="Period">The year (calendar or fiscal, as the vision's targets are).</param>
/// <param name="Value">The path there; <see langword="null"/> where the path is not defined.</param>
/// <param name="Stated">Whether a target is stated for this year (rather than interpolated).</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PopulationPathYear(ReportingPeriod Period, decimal? Value, bool Stated);
