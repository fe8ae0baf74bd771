using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading;

/// <summary>The year being graded and the plan it belongs to.</summary>
/// <remarks>A small immutable value passed by reference; adding members later does not break callers.</remarks>
public readonly struct GradingContext
{
    /// <summary>Initializes a new instance of the <see cref="GradingContext"/> struct.</summary>
    /// <param name="year">The fiscal year to grade.</param>
    /// <param name="planPeriod">The plan period; its first year is the one whose previous year is the baseline.</param>
    public GradingContext(FiscalYear year, FiscalYearRange planPeriod)
    {
        Year = year;
        PlanPeriod = planPeriod;
    }

    /// <summary>Gets the fiscal year to grade.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the plan period.</summary>
    public FiscalYearRange PlanPeriod { get; }

    /// <summary>Gets whether <see cref="Year"/> is the first year of the plan, where "the previous year" is the baseline.</summary>
    public bool IsFirstYear => Year == PlanPeriod.First;
}
