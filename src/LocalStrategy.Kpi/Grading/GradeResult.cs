using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// The result of grading one indicator for one fiscal year: the grade, the rule that produced it,
/// every number it used, and the reason when no grade of the scale could be given.
/// </summary>
/// <remarks>
/// An immutable value that allocates nothing to create; safe to share between threads. Only a policy
/// makes a meaningful result: <c>default(GradeResult)</c> has no grade and is not graded.
/// </remarks>
public readonly struct GradeResult
{
    // What default(GradeResult) reports: no grade of the scale, and a rule that says it was never graded.
    private static readonly GradingRule NotGraded = new("notGraded", new LocalizedText("評価されていない結果（既定値）", "Not a result of grading (the default value)."));

    private readonly string? indicatorId;
    private readonly Grade? grade;
    private readonly GradingRule? rule;

    /// <summary>Initializes a new instance of the <see cref="GradeResult"/> struct.</summary>
    /// <param name="indicatorId">The indicator's identifier.</param>
    /// <param name="year">The fiscal year graded.</param>
    /// <param name="grade">The grade, or the policy's label for the not-gradable outcome.</param>
    /// <param name="rule">The rule that produced it.</param>
    /// <param name="reason">Why no grade of the scale was given; <see cref="NotGradableReason.None"/> when graded.</param>
    /// <param name="numbers">The numbers the rule used.</param>
    public GradeResult(string indicatorId, FiscalYear year, Grade grade, GradingRule rule, NotGradableReason reason, in GradeNumbers numbers)
    {
        this.indicatorId = indicatorId;
        Year = year;
        this.grade = grade;
        this.rule = rule;
        Reason = reason;
        Numbers = numbers;
    }

    /// <summary>Gets the indicator's identifier (empty for <c>default(GradeResult)</c>).</summary>
    public string IndicatorId => indicatorId ?? string.Empty;

    /// <summary>Gets the fiscal year graded.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the grade, or the label of the not-gradable outcome (測定不能, 実績値なし, 評価不能; 評価不能 for <c>default(GradeResult)</c>).</summary>
    public Grade Grade => grade ?? Grade.NotGradable;

    /// <summary>Gets the rule that produced the result (<c>notGraded</c> for <c>default(GradeResult)</c>).</summary>
    public GradingRule Rule => rule ?? NotGraded;

    /// <summary>Gets why no grade of the scale was given; <see cref="NotGradableReason.None"/> when graded.</summary>
    public NotGradableReason Reason { get; }

    /// <summary>Gets whether a grade of the scale was computed (never for <c>default(GradeResult)</c>, which has no grade).</summary>
    public bool IsGraded => Reason == NotGradableReason.None && grade is not null;

    /// <summary>Gets the numbers the rule used.</summary>
    public GradeNumbers Numbers { get; }

    /// <summary>Gets why no grade of the scale was given, in Japanese and English, naming the year; empty texts when graded.</summary>
    public LocalizedText ReasonText => Reason switch
    {
        NotGradableReason.None when grade is not null => LocalizedText.Empty,
        NotGradableReason.None => new LocalizedText("評価されていない結果（既定値）", "not a result of grading (the default value)"),
        NotGradableReason.NoActual => new LocalizedText(Ja("の実績値なし"), Format("no actual for {0}")),
        NotGradableReason.NotPublished => new LocalizedText(Ja("の統計が未公表"), Format("the statistic for {0} is not published")),
        NotGradableReason.Suspended => new LocalizedText(Ja("は事業を実施できず"), Format("the work was suspended in {0}")),
        NotGradableReason.NoTarget => new LocalizedText(Ja("の目標値が文書にない"), Format("no target for {0} in the document")),
        NotGradableReason.TargetZero => new LocalizedText(Ja("の目標値が０"), Format("the target for {0} is 0")),
        NotGradableReason.NoBaseline => new LocalizedText("基準値なし", "no baseline"),
        NotGradableReason.NoPreviousActual => new LocalizedText("前年度の実績値なし", Format("no actual for the year before {0}")),
        NotGradableReason.NoManualGrade => new LocalizedText("個別評価の記録なし", Format("graded individually, and no grade is recorded for {0}")),
        _ => new LocalizedText("この指標には適用できない基準", "the rule does not apply to this indicator"),
    };

    private string Ja(string suffix) => JapanesePeriods.Format(Year) + suffix;

    private string Format(string template) => string.Format(CultureInfo.InvariantCulture, template, Year);
}
