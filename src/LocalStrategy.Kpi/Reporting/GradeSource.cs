namespace LocalStrategy.Kpi.Reporting;

/// <summary>Where the grade a report counts came from.</summary>
public enum GradeSource
{
    /// <summary>Recomputed by the policy from the document's data.</summary>
    Computed = 1,

    /// <summary>Taken from the published grade, because the data cannot recompute one.</summary>
    Published = 2,
}
