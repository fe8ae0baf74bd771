namespace LocalStrategy.Kpi.Grading;

/// <summary>What the tolerance of a <see cref="BandComparison.Within"/> condition is measured in.</summary>
public enum ToleranceBasis
{
    /// <summary>In the measure's own terms: a rate (0.05 = 5 points) or the indicator's unit.</summary>
    Measure = 1,

    /// <summary>As a fraction of the baseline's magnitude: 0.1 is "within 10 % of the baseline".</summary>
    Baseline = 2,
}
