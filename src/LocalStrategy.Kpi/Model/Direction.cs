namespace LocalStrategy.Kpi.Model;

/// <summary>
/// Which way an indicator is better. Always stated by the plan, never inferred from a baseline and
/// a target: Ami's 社会増数 +568 → +339 is still higher-is-better.
/// </summary>
public enum Direction
{
    /// <summary>More is better (増加).</summary>
    HigherIsBetter = 1,

    /// <summary>Less is better (減少, 縮減): waiting-list children, CO2 emissions, cancer deaths.</summary>
    LowerIsBetter = 2,

    /// <summary>Keep the value at the target (維持): 全6校 → 全6校.</summary>
    Maintain = 3,

    /// <summary>Stay within a range target: 50,000–51,000.</summary>
    WithinRange = 4,

    /// <summary>Reach a stage of an ordered list: 未着手 → 着手 → 策定.</summary>
    Milestone = 5,
}
