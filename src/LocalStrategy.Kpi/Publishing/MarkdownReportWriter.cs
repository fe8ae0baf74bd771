using System.Globalization;
using System.Text;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>
/// Writes an evaluation report as Markdown: the summary, a table per basic goal and the notes. Text from
/// a document is escaped so that it shows as written and cannot add links, images or HTML.
/// </summary>
internal static class MarkdownReportWriter
{
    internal static string Write(EvaluationReport report, ReportOptions options)
    {
        var text = new ReportText(options.Language);
        var md = new StringBuilder(32 * 1024);
        var s = report.Strategy;
        md.Append("# ").Append(M(s.Municipality.Name + " " + s.Title)).Append("\n\n");
        md.Append(M(text.T("計画期間 ", "Plan period ") + text.PlanPeriod(s.PlanPeriod) + " | " + text.T("評価年度 ", "Year graded ") + text.Year(report.Year) + " | " + text.T("評価方法 ", "Policy ") + report.Policy.Name)).Append("\n\n");
        if (!report.YearInPlanPeriod)
        {
            md.Append("> ").Append(M(text.T(text.Year(report.Year) + "は計画期間の外です。", report.Year + " is outside the plan period."))).Append("\n\n");
        }

        md.Append("## ").Append(M(text.T("総括", "Summary"))).Append("\n\n");
        Tally(md, text.T("KPI（重要業績評価指標）", "KPIs"), report.Kpis, text);
        Tally(md, text.T("数値目標・KGI", "Numeric goals and KGIs"), report.GoalIndicators, text);

        var byGoal = new GoalRows(report);
        foreach (var goal in report.Goals)
        {
            md.Append("## ").Append(M(text.T("基本目標" + goal.Goal.Code + "　", "Basic goal " + goal.Goal.Code + ": ") + goal.Goal.Title)).Append("\n\n");
            md.Append(M("KPI: " + text.TallyLine(goal.Kpis))).Append("  \n").Append(M(text.T("数値目標・KGI: ", "Numeric goals and KGIs: ") + text.TallyLine(goal.GoalIndicators))).Append("\n\n");
            md.Append("| ").Append(string.Join(" | ", new[]
            {
                text.T("施策", "Measure"), text.T("指標", "Indicator"), text.T("単位", "Unit"), text.T("基準値", "Baseline"), text.T("目標値", "Target"),
                text.T("実績値", "Actual"), text.T("達成率", "Rate"), text.T("評価", "Grade"), text.T("公表評価", "Published"), text.T("評価基準", "Rule"),
            })).Append(" |\n|").Append(string.Concat(Enumerable.Repeat(" --- |", 10))).Append('\n');
            foreach (var e in byGoal.Of(goal.Goal))
            {
                var n = e.Result.Numbers;
                var observation = e.Indicator.ObservationFor(report.Year);
                var status = observation is null ? string.Empty : text.Status(observation.Status);
                var cells = new[]
                {
                    e.Placement.Measure is { } m ? m.Code + " " + m.Title : text.Kind(e.Indicator.Kind),
                    e.Indicator.Name,
                    e.Indicator.Unit.Label,
                    (ReportText.Number(e.Indicator.Baseline?.Value) ?? e.Indicator.Baseline?.Stage ?? "—") + (e.Indicator.Baseline?.Period is { } p ? " (" + text.Period(p) + ")" : string.Empty),
                    n.TargetMin is { } min && n.TargetMax is { } max ? ReportText.Number(min) + "–" + ReportText.Number(max) : ReportText.Number(n.Target) ?? e.Indicator.TargetFor(report.Year)?.Stage ?? "—",
                    (ReportText.Number(n.Actual ?? observation?.Value) ?? observation?.Stage ?? "—") + (status.Length > 0 ? " (" + status + ")" : string.Empty),
                    n.Rate.IsDefined ? n.Rate.ToPercentString(1) : "—",
                    text.Of(e.Result.Grade.Label),
                    e.PublishedCode is null ? "—" : (e.Published is { } g ? text.Of(g.Label) : e.PublishedCode) + " (" + text.Agreement(e.Agreement) + ")",
                    e.Result.Rule.Id,
                };
                md.Append("| ").Append(string.Join(" | ", cells.Select(M))).Append(" |\n");
            }

            md.Append('\n');
        }

        var notGraded = report.Evaluations.Where(e => !e.Result.IsGraded).ToList();
        md.Append("## ").Append(M(text.T("評価できなかった指標", "Indicators not graded from the data"))).Append("\n\n");
        foreach (var e in notGraded)
        {
            md.Append("- ").Append(M(e.Indicator.Name + ": " + text.Of(e.Result.Grade.Label) + " — " + text.Of(e.Result.ReasonText))).Append('\n');
        }

        if (notGraded.Count == 0)
        {
            md.Append(M(text.T("すべての指標をデータから評価しました。", "Every indicator was graded from the data."))).Append('\n');
        }

        return md.ToString();
    }

    private static void Tally(StringBuilder md, string label, Tally tally, ReportText text)
    {
        md.Append("**").Append(M(label)).Append("**\n\n| ").Append(M(text.T("評価", "Grade"))).Append(" | ").Append(M(text.T("件数", "Count"))).Append(" | % | |\n| --- | ---: | ---: | --- |\n");
        foreach (var r in tally.Rows)
        {
            md.Append("| ").Append(M(text.Of(r.Grade.Label))).Append(" | ").Append(ReportText.Count(r.Count)).Append(" | ")
                .Append(r.Percent.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(new string('█', tally.Total == 0 ? 0 : (int)Math.Round(20m * r.Count / tally.Total, MidpointRounding.AwayFromZero))).Append(" |\n");
        }

        md.Append("| ").Append(M(text.T("計", "Total"))).Append(" | ").Append(ReportText.Count(tally.Total)).Append(" | | |\n\n");
    }

    // Markdown-escapes a text from a document: no HTML, link, emphasis or table syntax survives, and a line break is a space.
    private static string M(string? value)
    {
        var clean = SvgCharts.Clean(value).Replace("\n", " ").Replace("\t", " ");
        var escaped = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return System.Net.WebUtility.HtmlEncode(escaped.ToString());
    }
}
