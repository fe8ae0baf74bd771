using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// A graded report as a table, one row per indicator: where it sits, its numbers, the rate, the grade
/// (coloured by its place in the policy's scale), the rule that gave it, the published grade and
/// whether the two agree; and the tallies on a second sheet.
/// </summary>
internal sealed class EvaluationSheet
{
    private static readonly string[] Header = ["ID", "基本目標", "施策", "指標名", "区分", "単位", "年度", "基準値", "目標値", "実績値", "達成率", "評価", "評価の根拠", "評価不能の理由", "公表評価", "一致"];
    private static readonly double[] Widths = [12, 24, 24, 36, 9, 9, 11, 11, 11, 11, 10, 10, 40, 20, 10, 12];

    private readonly EvaluationReport report;
    private readonly Dictionary<string, int> gradeStyles = new(StringComparer.Ordinal);

    internal EvaluationSheet(EvaluationReport report)
    {
        this.report = report;
        var given = new HashSet<string>(report.Evaluations.Where(e => e.Result.IsGraded).Select(e => e.Result.Grade.Code), StringComparer.Ordinal);
        var index = 0;
        foreach (var grade in report.Policy.Scale)
        {
            var notGradedOnly = !given.Contains(grade.Code) && report.Evaluations.Any(e => !e.Result.IsGraded && e.Result.Grade.Code == grade.Code);
            gradeStyles[grade.Code] = notGradedOnly ? XlsxStyles.Grey : XlsxStyles.GradeBase + (index++ % XlsxStyles.GradeFills.Length);
        }
    }

    internal SheetSpec Spec()
    {
        var spec = new SheetSpec("評価") { FrozenRows = 2, FrozenColumns = 4 };
        spec.Widths.AddRange(Widths);
        spec.AutoFilter = "A2:" + SheetCell.ColumnName(Header.Length) + (2 + Math.Max(1, report.Evaluations.Count)).ToString(CultureInfo.InvariantCulture);
        return spec;
    }

    internal IEnumerable<IReadOnlyList<OutCell>> Rows(bool withTitle)
    {
        if (withTitle)
        {
            yield return [OutCell.Of(report.Strategy.Municipality.Name + "　" + report.Strategy.Title + "　" + JapanesePeriods.Format(report.Year) + " 評価（" + report.Policy.Name + "）", XlsxStyles.Title)];
        }

        yield return Header.Select(h => OutCell.Of(h, XlsxStyles.Header)).ToList();
        foreach (var evaluation in report.Evaluations)
        {
            var result = evaluation.Result;
            var numbers = result.Numbers;
            var grade = result.Grade;
            yield return
            [
                OutCell.Of(evaluation.Indicator.Id),
                OutCell.Of(evaluation.Placement.Goal.Title),
                OutCell.Of(evaluation.Placement.Measure?.Title),
                OutCell.Of(evaluation.Indicator.Name),
                OutCell.Of(evaluation.Indicator.Kind switch { IndicatorKind.Kgi => "KGI", IndicatorKind.NumericGoal => "数値目標", _ => "KPI" }),
                OutCell.Of(evaluation.Indicator.Unit.Label),
                OutCell.Of(JapanesePeriods.Format(result.Year)),
                Number(numbers.Baseline),
                Number(numbers.Target),
                Number(numbers.Actual),
                OutCell.Of(numbers.Rate.IsDefined ? numbers.Rate.ToPercentString(report.PercentDecimals) : null),
                OutCell.Of(grade.Label.Japanese, gradeStyles.TryGetValue(grade.Code, out var style) ? style : XlsxStyles.Grey),
                OutCell.Of(result.Rule.Description.Japanese),
                OutCell.Of(result.IsGraded ? null : result.ReasonText.Japanese),
                OutCell.Of(evaluation.PublishedCode),
                OutCell.Of(evaluation.Agreement switch
                {
                    Agreement.Agrees => "一致",
                    Agreement.Disagrees => "不一致",
                    Agreement.NotRecomputable => "再計算不可",
                    _ => null,
                }),
            ];
        }
    }

    internal static SheetSpec TallySpec()
    {
        var spec = new SheetSpec("集計");
        spec.Widths.AddRange([24, 16, 10, 10]);
        return spec;
    }

    internal IEnumerable<IReadOnlyList<OutCell>> TallyRows()
    {
        yield return [OutCell.Of("区分", XlsxStyles.Header), OutCell.Of("評価", XlsxStyles.Header), OutCell.Of("件数", XlsxStyles.Header), OutCell.Of("割合（%）", XlsxStyles.Header)];
        foreach (var (label, tally) in new[] { ("KPI", report.Kpis), ("数値目標", report.GoalIndicators) })
        {
            foreach (var row in tally.Rows)
            {
                yield return [OutCell.Of(label), OutCell.Of(row.Grade.Label.Japanese, gradeStyles.TryGetValue(row.Grade.Code, out var style) ? style : XlsxStyles.Grey), OutCell.Of(row.Count), OutCell.Of(row.Percent)];
            }

            yield return [OutCell.Of(label), OutCell.Of("計", XlsxStyles.Header), OutCell.Of(tally.Total), OutCell.Empty()];
        }
    }

    private static OutCell Number(decimal? value) => value is { } v ? OutCell.Value(v) : OutCell.Of((string?)null);
}
