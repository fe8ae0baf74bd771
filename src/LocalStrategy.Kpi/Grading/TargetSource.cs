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
    /// For a year up to and including the final target's year: the point for the year on a straight
    /// line from the baseline (at the fiscal year of its period) to the final target (the target
    /// itself in its year). A range or stage target is judged as it is. Does not apply after the final year.
    /// </summary>
    StraightLine = 4,

    /// <summary>
    /// For a year from the plan's first year up to and including the final target's year: the final
    /// target pro-rated by the share of the plan elapsed, t × n / N with n = year − first year + 1 and
    /// N = final year − first year + 1 (year n of 5 gives n × 20 %). A range or stage target is judged
    /// as it is. Does not apply before the plan or after the final year.
    /// </summary>
    ProRated = 5,

    /// <summary>
    /// The latest target for a fiscal year up to and including the year being graded: an interim target
    /// (目安値) holds until the next, and a final target that falls before the plan's end keeps
    /// holding after its year.
    /// </summary>
    LatestUpToYear = 6,

    /// <summary>
    /// The target for the fiscal year of the statistic's own period (the observation's <c>asOf</c>:
    /// H27年度, 2016, 2017-10-01 → the fiscal year it ends in), else the target for the year being
    /// graded: a table that grades FY2017 with statistics of several dates judges each against the
    /// target dated as its statistic is.
    /// </summary>
    ObservationPeriod = 7,
}
