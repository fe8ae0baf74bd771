using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Population;

/// <summary>
/// Forecasts an indicator with a final-year target from its actuals so far. With two or more
/// actuals (the current one per fiscal year, at or before <c>asOf</c>): the least-squares line
/// y = ȳ + b (x − x̄), b = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², x the fiscal year. With one actual: the
/// straight line from the baseline (at the fiscal year its period ends in) through it. With no
/// actual, or one actual and no baseline: no forecast — never from zero points.
/// </summary>
/// <remarks>Decimal arithmetic; never throws for a valid indicator (an overflow gives no forecast). Thread-safe.</remarks>
public static class Forecasts
{
    /// <summary>Projects an indicator to its final target's year.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="asOf">Use only actuals up to this fiscal year; <see langword="null"/> for all.</param>
    /// <returns>The forecast, or <see langword="null"/> when there is no final target or too little data.</returns>
    public static Forecast? Project(Indicator indicator, FiscalYear? asOf = null)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        var target = TargetJudging.Final(indicator);
        if (target is null)
        {
            return null;
        }

        var points = indicator.Observations
            .Where(o => o.Value is not null && (asOf is null || o.Year <= asOf.Value))
            .GroupBy(o => o.Year)
            .Select(g => (X: (decimal)g.Key.Year, Y: g.Last().Value!.Value))
            .OrderBy(p => p.X)
            .ToList();
        try
        {
            switch (points.Count)
            {
                case 0:
                    return null;
                case 1:
                    if (indicator.Baseline is not { Value: { } b, Period: { } period })
                    {
                        return null;
                    }

                    // The number of the fiscal year the baseline's period ends in (January–March 1900 is 1899, before any FiscalYear).
                    decimal bx = period.End.Month >= 4 ? period.End.Year : period.End.Year - 1;
                    if (bx >= points[0].X)
                    {
                        return null;
                    }

                    var slope1 = (points[0].Y - b) / (points[0].X - bx);
                    return Make(indicator, target, ForecastMethod.FromBaseline, 2, slope1, points[0].Y + (slope1 * (target.Year.Year - points[0].X)));
                default:
                    var meanX = points.Average(p => p.X);
                    var meanY = points.Average(p => p.Y);
                    var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
                    var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
                    var slope = sxy / sxx;
                    return Make(indicator, target, ForecastMethod.LeastSquares, points.Count, slope, meanY + (slope * (target.Year.Year - meanX)));
            }
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Forecast Make(Indicator indicator, Target target, ForecastMethod method, int points, decimal slope, decimal projected)
    {
        bool? meets = TargetJudging.IsStage(indicator, target) ? null : TargetJudging.Meets(indicator, target, projected);
        return new Forecast(method, points, slope, target.Year, projected, target.Value, meets);
    }
}
