using System.Globalization;
using System.Text;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>
/// Writes an evaluation report as one self-contained HTML file: inline CSS and SVG, no script, and a
/// Content-Security-Policy that lets the page load nothing, so it reads the same offline, in a mail
/// attachment or printed. Every text from a document is encoded.
/// </summary>
internal static class HtmlReportWriter
{
    private const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    internal static string Write(EvaluationReport report, ReportOptions options)
    {
        var text = new ReportText(options.Language);
        var colours = new GradeColours(report);
        var html = new StringBuilder(64 * 1024);
        var s = report.Strategy;
        var title = s.Municipality.Name + " " + s.Title + " — " + text.T(text.Year(report.Year) + " 評価", "Evaluation of " + text.Year(report.Year));
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.LanguageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"LocalStrategy.Kpi\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>\n").Append(HtmlStyle.Css).Append("\n</style>\n</head>\n<body>\n");

        Cover(html, report, text, colours);
        var chart = 0;
        var byGoal = new GoalRows(report);
        foreach (var goal in report.Goals)
        {
            Goal(html, report, goal, byGoal.Of(goal.Goal), text, colours, options, ref chart);
        }

        if (s.Population is { } vision && (vision.Targets.Count > 0 || vision.Actuals.Count > 0))
        {
            PopulationSection(html, PopulationVisionReport.Create(s), text);
        }

        Notes(html, report, text);
        html.Append("<footer>").Append(E(text.T(
            "LocalStrategy.Kpi で作成。評価方法「" + report.Policy.Name + "」、" + text.Year(report.Year) + "。数値は文書に書かれたとおりに表示しています。",
            "Made with LocalStrategy.Kpi; policy '" + report.Policy.Name + "', " + text.Year(report.Year) + ". Numbers are shown as the document writes them.")))
            .Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cover(StringBuilder html, EvaluationReport report, ReportText text, GradeColours colours)
    {
        var s = report.Strategy;
        html.Append("<header class=\"cover\">\n<h1>").Append(E(s.Municipality.Name + " " + s.Title)).Append("</h1>\n<p class=\"meta\">")
            .Append(E(text.T("計画期間 ", "Plan period ") + text.PlanPeriod(s.PlanPeriod)))
            .Append(" ｜ ").Append(E(text.T("評価年度 ", "Year graded ") + text.Year(report.Year)))
            .Append(" ｜ ").Append(E(text.T("評価方法 ", "Policy ") + report.Policy.Name)).Append("</p>\n");
        if (!report.YearInPlanPeriod)
        {
            html.Append("<p class=\"warning\" role=\"note\">").Append(E(text.T(
                text.Year(report.Year) + "は計画期間の外です。この年度の目標値が文書にないため、目標値による評価はできません。",
                report.Year + " is outside the plan period; the document has no targets for it, so target rules cannot grade."))).Append("</p>\n");
        }

        html.Append("<section class=\"summary\" id=\"summary\">\n<h2>").Append(E(text.T("総括", "Summary"))).Append("</h2>\n");
        html.Append("<table class=\"tallies\">\n<thead><tr><th>").Append(E(text.T("区分", "Indicators"))).Append("</th><th>")
            .Append(E(text.T("評価の内訳", "Grades"))).Append("</th><th>").Append(E(text.T("計", "Total"))).Append("</th></tr></thead>\n<tbody>\n");
        TallyRow(html, "kpis", text.T("KPI（重要業績評価指標）", "KPIs"), report.Kpis, text);
        TallyRow(html, "goal-indicators", text.T("数値目標・KGI", "Numeric goals and KGIs"), report.GoalIndicators, text);
        html.Append("</tbody>\n</table>\n");
        html.Append(SvgCharts.GradeBars("chart-kpis", text.T("KPI の評価の分布", "How the KPIs' grades fall"), report.Kpis, colours.Of, text)).Append('\n');
        html.Append("</section>\n</header>\n");
    }

    private static void TallyRow(StringBuilder html, string id, string label, Tally tally, ReportText text)
    {
        html.Append("<tr data-tally=\"").Append(id).Append("\"><th>").Append(E(label)).Append("</th><td>");
        html.Append(string.Join(text.T("、", ", "), tally.Rows.Select(r =>
            "<span data-grade=\"" + E(r.Grade.Code) + "\" data-count=\"" + ReportText.Count(r.Count) + "\">" + E(text.Of(r.Grade.Label)) + " " + ReportText.Count(r.Count)
            + " (" + r.Percent.ToString(CultureInfo.InvariantCulture) + "%)</span>")));
        html.Append("</td><td class=\"num\" data-total=\"").Append(ReportText.Count(tally.Total)).Append("\">").Append(ReportText.Count(tally.Total)).Append("</td></tr>\n");
    }

    private static void Goal(StringBuilder html, EvaluationReport report, GoalSummary goal, IReadOnlyList<IndicatorEvaluation> rows, ReportText text, GradeColours colours, ReportOptions options, ref int chart)
    {
        html.Append("<section class=\"goal\" id=\"goal-").Append(E(goal.Goal.Code)).Append("\" data-goal=\"").Append(E(goal.Goal.Id)).Append("\">\n<h2>")
            .Append(E(text.T("基本目標" + goal.Goal.Code + "　", "Basic goal " + goal.Goal.Code + ": ") + goal.Goal.Title)).Append("</h2>\n");
        html.Append("<p class=\"meta\">").Append(E(text.T("数値目標・KGI: ", "Numeric goals and KGIs: ") + text.TallyLine(goal.GoalIndicators)))
            .Append("<br>").Append(E("KPI: " + text.TallyLine(goal.Kpis))).Append("</p>\n");
        HtmlIndicatorTable.Write(html, report, rows, text, colours);
        if (goal.Kpis.Total > 0)
        {
            html.Append(SvgCharts.GradeBars("chart-goal-" + chart++, text.T("基本目標" + goal.Goal.Code + " の KPI の評価", "Grades of the KPIs of basic goal " + goal.Goal.Code), goal.Kpis, colours.Of, text)).Append('\n');
        }

        var trends = options.TrendCharts ? rows.Where(ReportSeries.HasTrend).ToList() : new List<IndicatorEvaluation>();
        if (trends.Count > 0)
        {
            html.Append("<h3>").Append(E(text.T("指標の推移", "Trends"))).Append("</h3>\n");
            html.Append("<p class=\"legend\"><span>● ").Append(E(text.T("実績値", "actual"))).Append("</span><span>■ ").Append(E(text.T("基準値・目標値（破線）", "baseline and targets (dashed)")))
                .Append("</span><span>○ ").Append(E(text.T("見込み（点線、実績の傾向から）", "forecast (dotted, from the actuals' trend)"))).Append("</span></p>\n<div class=\"trends\">\n");
            foreach (var e in trends)
            {
                var name = e.Indicator.Name + (e.Indicator.Unit.Label.Length > 0 ? "（" + e.Indicator.Unit.Label + "）" : string.Empty);
                var series = ReportSeries.Indicator(e, text);
                var description = string.Join(text.T("。", ". "), series.Where(x => x.Points.Count > 0).Select(x => x.Name + ": " + string.Join(text.T("、", ", "), x.Points.Select(p => p.Label))));
                html.Append("<figure data-trend=\"").Append(E(e.Indicator.Id)).Append("\">")
                    .Append(SvgCharts.Lines("trend-" + chart++, name, description, series, 270, 130))
                    .Append("<figcaption>").Append(E(name)).Append("</figcaption></figure>\n");
            }

            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void PopulationSection(StringBuilder html, PopulationVisionReport vision, ReportText text)
    {
        html.Append("<section class=\"population\" id=\"population\">\n<h2>").Append(E(text.T("人口ビジョン", "Population vision"))).Append("</h2>\n");
        var series = ReportSeries.Population(vision, text);
        var description = string.Join(text.T("。", ". "), series.Where(x => x.Points.Count > 0).Select(x => x.Name + ": " + string.Join(text.T("、", ", "), x.Points.Select(p => p.Label))));
        html.Append(SvgCharts.Lines("chart-population", text.T("目標人口と実績", "Target population and actuals"), description, series, 720, 300)).Append('\n');
        html.Append("<p class=\"legend\"><span>■ ").Append(E(text.T("目標人口（破線）", "target path (dashed)"))).Append("</span><span>□ ")
            .Append(E(text.T("改定前の目標", "earlier targets"))).Append("</span><span>● ").Append(E(text.T("実績", "actual population"))).Append("</span></p>\n");
        if (vision.Actuals.Count > 0)
        {
            html.Append("<table class=\"pace\">\n<thead><tr><th>").Append(E(text.T("時点", "As of"))).Append("</th><th>").Append(E(text.T("実績", "Actual")))
                .Append("</th><th>").Append(E(text.T("目標の推移上の値", "On the path"))).Append("</th><th>").Append(E(text.T("乖離", "Deviation")))
                .Append("</th><th>").Append(E(text.T("次の目標", "Next target"))).Append("</th><th>").Append(E(text.T("必要な年あたりの増減", "Change needed per year"))).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var a in vision.Actuals)
            {
                html.Append("<tr><td>").Append(E(text.Period(a.Actual.AsOf))).Append("</td><td class=\"num\">").Append(E(ReportText.Number(a.Actual.Value)))
                    .Append("</td><td class=\"num\">").Append(E(Rounded(a.Path, 0))).Append("</td><td class=\"num\">").Append(E(Rounded(a.PaceDeviation, 0)))
                    .Append("</td><td>").Append(E(a.NextTarget is { } next ? text.Period(next.Period) + " " + (ReportText.Number(next.Current.PathValue) ?? "—") : "—"))
                    .Append("</td><td class=\"num\">").Append(E(Rounded(a.ChangeNeededPerYear, 1))).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        html.Append("</section>\n");
    }

    private static void Notes(StringBuilder html, EvaluationReport report, ReportText text)
    {
        var notGraded = report.Evaluations.Where(e => !e.Result.IsGraded).ToList();
        html.Append("<section class=\"notes\" id=\"notes\">\n<h2>").Append(E(text.T("評価できなかった指標", "Indicators not graded from the data"))).Append("</h2>\n");
        if (notGraded.Count == 0)
        {
            html.Append("<p>").Append(E(text.T("すべての指標をデータから評価しました。", "Every indicator was graded from the data."))).Append("</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var e in notGraded)
            {
                var kept = e.CountedSource == GradeSource.Published ? text.T("（公表評価「" + e.PublishedCode + "」を集計に採用）", " (the published grade '" + e.PublishedCode + "' is counted)") : string.Empty;
                html.Append("<li data-indicator=\"").Append(E(e.Indicator.Id)).Append("\">").Append(E(e.Indicator.Name)).Append(": ")
                    .Append(E(text.Of(e.Result.Grade.Label) + " — " + text.Of(e.Result.ReasonText) + kept)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static string? Rounded(decimal? value, int decimals)
        => value is { } v ? ReportText.Number(Math.Round(v, decimals, MidpointRounding.AwayFromZero)) : "—";

    private static string E(string? value) => SvgCharts.Encode(value);
}
