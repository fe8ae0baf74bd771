namespace LocalStrategy.Kpi.Population;

/// <summary>How a forecast line is drawn.</summary>
public enum ForecastMethod
{
    /// <summary>Least squares through two or more actuals (one per fiscal year, the latest listed).</summary>
    LeastSquares = 1,

    /// <summary>A straight line from the baseline through the only actual.</summary>
    FromBaseline = 2,
}
