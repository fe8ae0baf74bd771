using System.Text.Json;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Serialization;
using static LocalStrategy.Kpi.Reporting.JsonOutput;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// Writes an <see cref="EvaluationReport"/> as the machine-readable JSON that <c>kpi grade --format json</c>
/// prints (<c>reportFormatVersion</c> 1, documented in docs/grading-report.md). Numbers are JSON
/// numbers written exactly as the decimals are; rates are fractions (1 = 100 %).
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class EvaluationReportJson
{
    /// <summary>The version of the report format this library writes (<c>reportFormatVersion</c>).</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Writes a report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(EvaluationReport report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        return JsonOutput.Write(w => WriteReport(w, report));
    }

    /// <summary>
    /// Writes the same JSON as <see cref="Write(EvaluationReport)"/> to a stream, as UTF-8, without
    /// holding the text: for large reports, straight to a file or standard output.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write; flushed, not closed.</param>
    public static void Write(EvaluationReport report, Stream output)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        Preconditions.CheckNotNull(output, nameof(output));
        JsonOutput.Write(w => WriteReport(w, report), output);
    }

    private static void WriteReport(Utf8JsonWriter w, EvaluationReport report)
    {
        {
            w.WriteStartObject();
            w.WriteNumber("reportFormatVersion", CurrentFormatVersion);
            w.WriteStartObject("strategy");
            w.WriteString("id", report.Strategy.Id);
            w.WriteString("title", report.Strategy.Title);
            w.WriteString("municipality", report.Strategy.Municipality.Name);
            w.WriteEndObject();
            w.WriteString("policy", report.Policy.Name);
            w.WriteString("year", report.Year.ToString());
            w.WriteBoolean("yearInPlanPeriod", report.YearInPlanPeriod);
            w.WriteString("planPeriod", report.Strategy.PlanPeriod.ToString());
            w.WriteStartArray("indicators");
            foreach (var e in report.Evaluations)
            {
                WriteEvaluation(w, e);
            }

            w.WriteEndArray();
            w.WriteStartObject("tallies");
            w.WritePropertyName("kpis");
            WriteTally(w, report.Kpis);
            w.WritePropertyName("goalIndicators");
            WriteTally(w, report.GoalIndicators);
            w.WriteStartArray("kpisByPriorityLevel");
            foreach (var level in report.PriorityLevels)
            {
                w.WriteStartObject();
                w.WriteNumber("priorityLevel", level);
                w.WritePropertyName("kpis");
                WriteTally(w, report.KpisAtPriorityLevel(level));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("goals");
            foreach (var g in report.Goals)
            {
                w.WriteStartObject();
                w.WriteString("id", g.Goal.Id);
                w.WriteString("code", g.Goal.Code);
                w.WriteString("title", g.Goal.Title);
                w.WritePropertyName("goalIndicators");
                WriteTally(w, g.GoalIndicators);
                w.WritePropertyName("kpis");
                WriteTally(w, g.Kpis);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("measures");
            foreach (var m in report.Measures)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Measure.Id);
                w.WriteString("code", m.Measure.Code);
                w.WriteString("goal", m.Goal.Id);
                w.WritePropertyName("kpis");
                WriteTally(w, m.Kpis);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    internal static void WriteEvaluation(Utf8JsonWriter w, IndicatorEvaluation e)
    {
        var r = e.Result;
        var n = r.Numbers;
        w.WriteStartObject();
        w.WriteString("id", e.Indicator.Id);
        w.WriteString("name", e.Indicator.Name);
        w.WriteString("kind", JsonNames<Model.IndicatorKind>.Of(e.Indicator.Kind));
        w.WriteString("goal", e.Placement.Goal.Id);
        if (e.Placement.Measure is { } measure)
        {
            w.WriteString("measure", measure.Id);
        }
        else
        {
            w.WriteNull("measure");
        }

        if (e.PriorityLevel is { } level)
        {
            w.WriteNumber("priorityLevel", level);
        }
        else
        {
            w.WriteNull("priorityLevel");
        }

        w.WriteString("grade", r.Grade.Code);
        w.WriteString("label", r.Grade.Label.Japanese);
        w.WriteString("labelEn", r.Grade.Label.English);
        w.WriteBoolean("graded", r.IsGraded);
        w.WriteString("rule", r.Rule.Id);
        w.WriteString("ruleText", r.Rule.Description.English);
        if (n.Rate.Kind == RateKind.Finite)
        {
            w.WriteNumber("rate", n.Rate.Value);
        }
        else
        {
            w.WriteNull("rate");
        }

        w.WriteString("rateKind", JsonNames<RateKind>.Of(n.Rate.Kind));
        Number(w, "actual", n.Actual);
        Number(w, "target", n.Target);
        Number(w, "targetMin", n.TargetMin);
        Number(w, "targetMax", n.TargetMax);
        String(w, "targetYear", n.TargetYear?.ToString());
        Number(w, "baseline", n.Baseline);
        Number(w, "previousActual", n.PreviousActual);
        String(w, "reason", r.IsGraded ? null : JsonNames<NotGradableReason>.Of(r.Reason));
        String(w, "reasonText", r.IsGraded ? null : r.ReasonText.English);
        String(w, "reasonTextJa", r.IsGraded ? null : r.ReasonText.Japanese);
        String(w, "publishedGrade", e.PublishedCode);
        w.WriteString("agreement", JsonNames<Agreement>.Of(e.Agreement));
        w.WriteString("countedGrade", e.CountedGrade.Code);
        w.WriteString("countedSource", JsonNames<GradeSource>.Of(e.CountedSource));
        if (e.Forecast is { } f)
        {
            w.WriteStartObject("forecast");
            w.WriteString("method", JsonNames<Population.ForecastMethod>.Of(f.Method));
            w.WriteNumber("pointsUsed", f.PointsUsed);
            w.WriteNumber("slope", f.Slope);
            w.WriteString("targetYear", f.TargetYear.ToString());
            w.WriteNumber("projected", f.Projected);
            Number(w, "target", f.Target);
            if (f.WouldMeet is { } meets)
            {
                w.WriteBoolean("wouldMeet", meets);
            }
            else
            {
                w.WriteNull("wouldMeet");
            }

            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("forecast");
        }

        w.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter w, Tally tally)
    {
        w.WriteStartObject();
        w.WriteNumber("total", tally.Total);
        w.WriteStartArray("rows");
        foreach (var row in tally.Rows)
        {
            w.WriteStartObject();
            w.WriteString("grade", row.Grade.Code);
            w.WriteString("label", row.Grade.Label.Japanese);
            w.WriteNumber("count", row.Count);
            w.WriteNumber("percent", row.Percent);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
