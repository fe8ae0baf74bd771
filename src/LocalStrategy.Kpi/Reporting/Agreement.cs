namespace LocalStrategy.Kpi.Reporting;

/// <summary>How a recomputed grade compares with the grade the municipality published.</summary>
public enum Agreement
{
    /// <summary>No grade was published for the year.</summary>
    NoPublishedGrade = 0,

    /// <summary>The recomputed grade is the published one.</summary>
    Agrees = 1,

    /// <summary>The recomputed grade differs from the published one; both are shown.</summary>
    Disagrees = 2,

    /// <summary>The data cannot recompute a grade (for example: the target is not in the source); the reason says why.</summary>
    NotRecomputable = 3,
}
