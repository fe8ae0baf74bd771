namespace LocalStrategy.Kpi.Publishing;

/// <summary>The language of an evaluation report's headings, labels and notes.</summary>
public enum ReportLanguage
{
    /// <summary>Japanese (the default): 基本目標, 達成率, 評価.</summary>
    Japanese = 1,

    /// <summary>English: basic goal, achievement rate, grade. Names from the document stay as written.</summary>
    English = 2,
}
