namespace LocalStrategy.Kpi.Grading;

/// <summary>How a band condition compares a measure. Each comparison states its boundary inclusivity.</summary>
public enum BandComparison
{
    /// <summary>≥ value (以上): the boundary is inside.</summary>
    AtLeast = 1,

    /// <summary>&gt; value (超): the boundary is outside.</summary>
    Above = 2,

    /// <summary>≤ value (以下): the boundary is inside.</summary>
    AtMost = 3,

    /// <summary>&lt; value (未満): the boundary is outside.</summary>
    Below = 4,

    /// <summary>= value, exactly.</summary>
    EqualTo = 5,

    /// <summary>Between a minimum and a maximum, each end stated inclusive or not.</summary>
    Between = 6,

    /// <summary>Within ± a tolerance of a reference ("the same level within 10 %"), the edge stated inclusive or not.</summary>
    Within = 7,

    /// <summary>Every value: the last band of a rule that takes what is left.</summary>
    Otherwise = 8,
}
