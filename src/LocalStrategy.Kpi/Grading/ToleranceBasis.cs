namespace LocalStrategy.Kpi.Grading;

/// <summary>What the tolerance of a <see cref="BandComparison.Within"/> condition is measured in.</summary>
public enum ToleranceBasis
{
    /// <summary>In the measure's own terms: a rate (0.05 = 5 points) or the indicator's unit.</summary>
    Measure = 1,

    /// <summary>As a fraction of the baseline's magnitude: 0.1 is "within 10 % of the baseline".</summary>
    Baseline = 2,

    /// <summary>
    /// As a fraction of the magnitude of the value judged against (the target, or the point of a straight
    /// line or pro-rating): 0.1 is "within 10 % of the target". Only for <see cref="RuleMeasure.ChangeFromTarget"/>;
    /// a range target has no single value, so the tolerance around it is 0.
    /// </summary>
    Target = 3,
}
