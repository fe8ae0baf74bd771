using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Population;

/// <summary>A projection of an indicator to its final target's year from the actuals so far.</summary>
/// <param name="Method">How the line was drawn.</param>
/// <param name="PointsUsed">How many points (fiscal year, value) the line was drawn through; 2 for a line from the baseline.</param>
/// <param name="Slope">The change per fiscal year.</param>
/// <param name="TargetYear">The final target's fiscal year.</param>
/// <param name="Projected">The projected value in <paramref name="TargetYear"/>.</param>
/// <param name="Target">The final target's value, when it has one.</param>
/// <param name="WouldMeet">Whether the projected value would meet the target; <see langword="null"/> when that cannot be said (a stage target).</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Forecast(ForecastMethod Method, int PointsUsed, decimal Slope, FiscalYear TargetYear, decimal Projected, decimal? Target, bool? WouldMeet);
