using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>The tally of the KPIs of one measure and its sub-measures.</summary>
/// <param name="Goal">The basic goal the measure belongs to.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Kpis">The tally.</param>
public sealed record MeasureSummary(BasicGoal Goal, Measure Measure, Tally Kpis);
