using System.Globalization;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using Spectre.Console;

namespace LocalStrategy.Kpi.Cli;

/// <summary>Writes an <see cref="EvaluationReport"/> as tables for people: one per basic goal, then the tallies.</summary>
internal static class ReportTable
{
    internal static void Write(EvaluationReport report, TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;

        var s = report.Strategy;
        console.WriteLine(TerminalText.Safe(string.Format(CultureInfo.InvariantCulture, "{0} — {1}", s.Municipality.Name, s.Title)));
        console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Plan period {0}; graded {1} ({2}) with policy '{3}'.",
            s.PlanPeriod,
            report.Year,
            JapanesePeriods.Format(report.Year),
            report.Policy.Name));
        console.WriteLine();

        // One pass over the evaluations, not one per goal: 100,000 goals must not take 10^10 steps.
        var byGoal = report.Evaluations.ToLookup(e => e.Placement.Goal, ReferenceEqualityComparer.Instance);
        foreach (var goal in report.Goals)
        {
            console.WriteLine(TerminalText.Safe(string.Format(CultureInfo.InvariantCulture, "基本目標{0} {1}", goal.Goal.Code, goal.Goal.Title)));
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in new[] { "Measure", "Indicator", "Rule", "Actual", "Target", "Rate", "Grade", "Published", "Audit" })
            {
                table.AddColumn(new TableColumn(column));
            }

            foreach (var e in byGoal[goal.Goal])
            {
                var n = e.Result.Numbers;
                table.AddRow(
                    Cell(e.Placement.Measure?.Code ?? (e.Indicator.Kind == Model.IndicatorKind.Kgi ? "KGI" : "数値目標")),
                    Cell(e.Indicator.Name),
                    Cell(e.Result.Rule.Id),
                    Cell(Number(n.Actual) ?? e.Indicator.ObservationFor(report.Year)?.Stage ?? "—"),
                    Cell(TargetText(n) ?? (e.Indicator.Basis == Model.GradingBasis.Trend ? "baseline " + (Number(n.Baseline) ?? "—") : "—")),
                    Cell(n.Rate.IsDefined ? n.Rate.ToPercentString(1) : "—"),
                    Cell(GradeText(e)),
                    Cell(e.PublishedCode is null ? "—" : e.Published?.Label.Japanese ?? e.PublishedCode),
                    Cell(AuditText(e)));
            }

            console.Write(table);
            console.WriteLine("  数値目標・KGI (goal indicators): " + TallyLine(goal.GoalIndicators));
            console.WriteLine("  KPI: " + TallyLine(goal.Kpis));
            console.WriteLine();
        }

        console.WriteLine("Overall / 全体");
        console.WriteLine("  数値目標・KGI (goal indicators): " + TallyLine(report.GoalIndicators));
        console.WriteLine("  KPI: " + TallyLine(report.Kpis));
        foreach (var level in report.PriorityLevels)
        {
            console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  KPI at priority level {0}: ", level) + TallyLine(report.KpisAtPriorityLevel(level)));
        }

        var total = report.Evaluations.Count;
        var graded = report.Evaluations.Count(e => e.Result.IsGraded);
        var published = report.Evaluations.Count(e => e.CountedSource == GradeSource.Published);
        var disagree = report.Evaluations.Count(e => e.Agreement == Agreement.Disagrees);

        // What the rules could not grade, by the label each got (実績値なし is a label of Ina's scale, 測定不能 of Azumino's).
        var notGraded = report.Evaluations.Where(e => !e.Result.IsGraded)
            .GroupBy(e => e.Result.Grade.Label.Japanese)
            .Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture));
        console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "  {0} indicators: {1} graded from the data; {2} not graded from the data ({3}), {4} of them counted as published; {5} disagreeing with a published grade.",
            total,
            graded,
            total - graded,
            total == graded ? "none" : TerminalText.Safe(string.Join(", ", notGraded)),
            published,
            disagree));
    }

    private static Markup Cell(string text) => new(Markup.Escape(TerminalText.Safe(text)));

    // As the source wrote it: 50.0 stays 50.0 (a decimal keeps its scale), with thousands separators.
    private static string? Number(decimal? value)
        => value is { } v ? v.ToString("N" + ((decimal.GetBits(v)[3] >> 16) & 0xFF).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : null;

    private static string? TargetText(GradeNumbers n)
        => n.TargetMin is { } min && n.TargetMax is { } max ? Number(min) + "–" + Number(max) : Number(n.Target);

    private static string GradeText(IndicatorEvaluation e)
    {
        var grade = e.Result.Grade.Label.Japanese;
        return e.Result.IsGraded ? grade : grade + " (" + e.Result.ReasonText.English + ")";
    }

    private static string AuditText(IndicatorEvaluation e) => e.Agreement switch
    {
        Agreement.Agrees => "agrees",
        Agreement.Disagrees => "DISAGREES",
        Agreement.NotRecomputable => "published kept",
        _ => "—",
    };

    private static string TallyLine(Tally tally) => TerminalText.Safe(TallyText(tally));

    private static string TallyText(Tally tally)
        => tally.Total == 0
            ? "none"
            : string.Join(
                "  ",
                tally.Rows.Select(r => string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2}%)", r.Grade.Label.Japanese, r.Count, r.Percent.ToString(CultureInfo.InvariantCulture))))
              + string.Format(CultureInfo.InvariantCulture, "  of {0}", tally.Total);
}
