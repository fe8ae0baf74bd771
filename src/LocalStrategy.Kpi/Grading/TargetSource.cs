namespace LocalStrategy.Kpi.Grading;

/// <summary>Which target a rule takes its measure against.</summary>
public enum TargetSource
{
    /// <summary>The target for the fiscal year being graded, only.</summary>
    Year = 1,

    /// <summary>The final target (the one for the latest fiscal year).</summary>
    Final = 2,

    /// <summary>The year's own target, else the final target.</summary>
    YearOrFinal = 3,

    /// <summary>
    /// For a year before the final target's year: the point for the year on a straight line from the
    /// baseline (at the fiscal year of its period) to the final target. Does not apply in other years.
    /// </summary>
    StraightLine = 4,

    /// <summary>
    /// For a year from the plan's first year up to before the final target's year: the final target
    /// pro-rated by the share of the plan elapsed, t × n / N (year n of N = 5 gives n × 20 %). Does not
    /// apply in other years.
    /// </summary>
    ProRated = 5,
}
