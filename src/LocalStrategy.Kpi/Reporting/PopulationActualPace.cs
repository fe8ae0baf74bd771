using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>An actual population against the target path.</summary>
/// <param name="Actual">The actual population.</param>
/// <param name="Path">The path at the actual's date; <see langword="null"/> outside the stated targets.</param>
/// <param name="PaceDeviation">Actual − path (positive: ahead of the pace); <see langword="null"/> outside the stated targets.</param>
/// <param name="NextTarget">The next stated target after the actual, or <see langword="null"/>.</param>
/// <param name="ChangeNeededPerYear">The change per year that reaches <paramref name="NextTarget"/>, or <see langword="null"/>.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PopulationActualPace(PopulationActual Actual, decimal? Path, decimal? PaceDeviation, PopulationTarget? NextTarget, decimal? ChangeNeededPerYear);
