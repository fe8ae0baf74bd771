namespace LocalStrategy.Kpi.Model;

/// <summary>What kind of quantity an indicator's values are.</summary>
public enum ValueKind
{
    /// <summary>A flow over a period, such as people per year (人/年) or new businesses in a year.</summary>
    AnnualFlow = 1,

    /// <summary>A running total since a start (累計, 延べ).</summary>
    Cumulative = 2,

    /// <summary>A level or stock at a point in time: households (世帯), registered groups.</summary>
    Level = 3,

    /// <summary>A share in percent, 0 to 100.</summary>
    Percentage = 4,

    /// <summary>A score, such as the average of a 1–5 survey answer (点).</summary>
    Score = 5,

    /// <summary>A stage of a milestone list (未着手, 着手, 策定).</summary>
    MilestoneStage = 6,
}
