namespace LocalStrategy.Kpi.Grading;

/// <summary>What a rule of a policy document measures; its bands are read on this measure's line.</summary>
public enum RuleMeasure
{
    /// <summary>No measure: the rule gives the manual grade recorded for the year (個別評価).</summary>
    Manual = 1,

    /// <summary>The achievement rate 達成率 (1 = 100 %), direction- and sign-aware (<see cref="Rates.Achievement"/>).</summary>
    AchievementRate = 2,

    /// <summary>The progress rate 進捗率 (a − b) / (t − b) from the baseline to the target (<see cref="Rates.Progress"/>).</summary>
    ProgressRate = 3,

    /// <summary>How much better the actual is than the baseline, in the indicator's unit (positive is better).</summary>
    ChangeFromBaseline = 4,

    /// <summary>How much better the actual is than the previous year's actual (the baseline in the plan's first year).</summary>
    ChangeFromPrevious = 5,

    /// <summary>Whether the target is met: 1 when it is (a stage reached, a value inside a range), 0 when not.</summary>
    TargetMet = 6,

    /// <summary>
    /// How much better the actual is than the value judged against (the target, or the point of a
    /// straight line or pro-rating), in the indicator's unit: 0 at the target, positive beyond it. For a
    /// range or a maintain target it is minus the distance outside the target (0 inside); for a milestone,
    /// the stages beyond the target's. With a tolerance measured in the target it reads "目標値と同等"
    /// (within ±10 % of the target).
    /// </summary>
    ChangeFromTarget = 7,
}
