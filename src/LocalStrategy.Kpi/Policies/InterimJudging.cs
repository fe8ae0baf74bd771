namespace LocalStrategy.Kpi.Policies;

/// <summary>How the Ina policy judges a year before the final target's year, when that year has no target of its own.</summary>
internal enum InterimJudging
{
    /// <summary>Against the final target's value, as Ina publishes its results (actual ≥ indicator value).</summary>
    FinalValue = 0,

    /// <summary>
    /// Against the point for the year on a straight line from the baseline (current value, at its
    /// fiscal year) to the final target (at its fiscal year).
    /// </summary>
    StraightLine = 1,
}
