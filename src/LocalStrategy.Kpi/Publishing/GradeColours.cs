using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>
/// A colour per grade, the same in every table and chart of a report: by the grade's place in the
/// policy's scale, best first; a not-graded category (評価不能, 実績値なし, 測定不能: seen only on
/// results no rule gave) is grey.
/// </summary>
internal sealed class GradeColours
{
    private static readonly string[] Palette = ["#1b7f3b", "#5a9e2f", "#c9a227", "#d9822b", "#c0392b", "#7d3c98", "#2471a3"];
    private const string Grey = "#8c8c8c";

    private readonly Dictionary<string, string> colours = new(StringComparer.Ordinal);

    internal GradeColours(EvaluationReport report)
    {
        // A grade seen only on results no rule gave is a not-graded category; every other keeps its place in the scale.
        var given = new HashSet<string>(report.Evaluations.Where(e => e.Result.IsGraded).Select(e => e.Result.Grade.Code), StringComparer.Ordinal);
        var notGraded = new HashSet<string>(report.Evaluations.Where(e => !e.Result.IsGraded).Select(e => e.Result.Grade.Code), StringComparer.Ordinal);
        var index = 0;
        foreach (var grade in report.Policy.Scale)
        {
            colours[grade.Code] = notGraded.Contains(grade.Code) && !given.Contains(grade.Code) ? Grey : Palette[index++ % Palette.Length];
        }
    }

    internal string Of(Grade grade) => colours.TryGetValue(grade.Code, out var colour) ? colour : Grey;
}
