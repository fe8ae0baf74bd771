using System.Text;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>The table of a basic goal's indicators: one row per indicator, each with the numbers its grade came from and the rule that gave it.</summary>
internal static class HtmlIndicatorTable
{
    internal static void Write(StringBuilder html, EvaluationReport report, IReadOnlyList<IndicatorEvaluation> rows, ReportText text, GradeColours colours)
    {
        html.Append("<table class=\"indicators\">\n<thead><tr>");
        foreach (var heading in new[]
        {
            text.T("施策", "Measure"), text.T("指標", "Indicator"), text.T("単位", "Unit"), text.T("基準値", "Baseline"), text.T("目標値", "Target"),
            text.T("実績値", "Actual"), text.T("達成率", "Rate"), text.T("評価", "Grade"), text.T("公表評価", "Published"), text.T("評価基準", "Rule"),
        })
        {
            html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var e in rows)
        {
            Row(html, report, e, text, colours);
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Row(StringBuilder html, EvaluationReport report, IndicatorEvaluation e, ReportText text, GradeColours colours)
    {
        var indicator = e.Indicator;
        var n = e.Result.Numbers;
        var observation = indicator.ObservationFor(report.Year);
        html.Append("<tr data-indicator=\"").Append(E(indicator.Id)).Append("\" data-grade=\"").Append(E(e.Result.Grade.Code))
            .Append("\" data-counted=\"").Append(E(e.CountedGrade.Code)).Append("\">");

        // Measure (or the kind of a goal's own indicator) and the indicator.
        Cell(html, e.Placement.Measure is { } m ? m.Code + " " + m.Title : text.Kind(indicator.Kind));
        Cell(html, indicator.Name, "name");
        Cell(html, indicator.Unit.Label);

        // Baseline with its period.
        var baseline = indicator.Baseline;
        var baselineText = baseline?.Value is { } bv ? ReportText.Number(bv) : baseline?.Stage;
        html.Append("<td class=\"num\">").Append(E(baselineText ?? "—"));
        if (baseline?.Period is { } period && baselineText is not null)
        {
            html.Append("<br><span class=\"rule\">").Append(E(text.Period(period))).Append("</span>");
        }

        html.Append("</td>");

        // The target judged against: the year's own, a range, a stage, or the point of a path with the target it leads to.
        var target = TargetText(n, indicator, report, text);
        html.Append("<td class=\"num\">").Append(E(target.Value));
        if (target.Note is { } note)
        {
            html.Append("<br><span class=\"rule\">").Append(E(note)).Append("</span>");
        }

        html.Append("</td>");

        // The actual with its status.
        var actual = ReportText.Number(n.Actual ?? observation?.Value) ?? observation?.Stage;
        html.Append("<td class=\"num\">").Append(E(actual ?? "—"));
        if (observation is not null && text.Status(observation.Status) is { Length: > 0 } status)
        {
            html.Append("<br><span class=\"status\" data-status=\"").Append(E(observation.Status.ToString())).Append("\">").Append(E(status)).Append("</span>");
        }

        html.Append("</td>");
        html.Append("<td class=\"num\">").Append(E(n.Rate.IsDefined ? n.Rate.ToPercentString(1) : "—")).Append("</td>");

        // The grade, with the reason when it is not one a rule gave.
        html.Append("<td class=\"grade\"><span class=\"swatch\" style=\"background:").Append(colours.Of(e.Result.Grade)).Append("\"></span>").Append(E(text.Of(e.Result.Grade.Label)));
        if (!e.Result.IsGraded)
        {
            html.Append("<br><span class=\"rule\">").Append(E(text.Of(e.Result.ReasonText))).Append("</span>");
        }

        html.Append("</td>");

        // The published grade and whether the recomputed one agrees with it.
        html.Append("<td>");
        if (e.PublishedCode is { } published)
        {
            html.Append(E(e.Published is { } p ? text.Of(p.Label) : published)).Append("<br><span class=\"")
                .Append(e.Agreement == Agreement.Disagrees ? "disagrees" : "rule").Append("\" data-agreement=\"").Append(E(e.Agreement.ToString())).Append("\">")
                .Append(E(text.Agreement(e.Agreement))).Append("</span>");
        }
        else
        {
            html.Append('—');
        }

        html.Append("</td>");
        html.Append("<td class=\"rule\" title=\"").Append(E(text.Of(e.Result.Rule.Description))).Append("\">").Append(E(e.Result.Rule.Id)).Append("</td>");
        html.Append("</tr>\n");
    }

    private static (string Value, string? Note) TargetText(GradeNumbers n, Indicator indicator, EvaluationReport report, ReportText text)
    {
        if (n.TargetMin is { } min && n.TargetMax is { } max)
        {
            return (ReportText.Number(min) + "–" + ReportText.Number(max), Year(n, text));
        }

        if (n.Target is { } value)
        {
            return (ReportText.Number(value), Year(n, text));
        }

        if (indicator.TargetFor(report.Year) is { Stage: { } stage })
        {
            return (stage, null);
        }

        return ("—", null);
    }

    private static string? Year(GradeNumbers n, ReportText text) => n.TargetYear is { } year ? text.Year(year) : null;

    private static void Cell(StringBuilder html, string? value, string? cssClass = null)
    {
        html.Append("<td").Append(cssClass is null ? string.Empty : " class=\"" + cssClass + "\"").Append('>').Append(E(value ?? "—")).Append("</td>");
    }

    private static string E(string? value) => SvgCharts.Encode(value);
}
