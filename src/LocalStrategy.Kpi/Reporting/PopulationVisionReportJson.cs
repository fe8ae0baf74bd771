using System.Text.Json;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Population;
using static LocalStrategy.Kpi.Reporting.JsonOutput;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// Writes a <see cref="PopulationVisionReport"/> as the JSON that <c>kpi vision --format json</c>
/// prints (docs/population.md): the path, the point asked about, the actuals with their pace, and the
/// consistency of the component targets. Numbers are written exactly as the decimals are.
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class PopulationVisionReportJson
{
    /// <summary>Writes a report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(PopulationVisionReport report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        return JsonOutput.Write(w => WriteReport(w, report));
    }

    private static void WriteReport(Utf8JsonWriter w, PopulationVisionReport v)
    {
        w.WriteStartObject();
        w.WriteString("strategy", v.Strategy.Id);
        w.WriteString("interpolation", v.Interpolation == PathInterpolation.Step ? "step" : "linear");
        w.WriteStartArray("path");
        foreach (var year in v.Path)
        {
            w.WriteStartObject();
            w.WriteString("period", year.Period.ToString());
            Number(w, "value", year.Value);
            w.WriteBoolean("stated", year.Stated);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (v.At is { } at)
        {
            w.WriteStartObject("at");
            w.WriteString("period", at.ToString());
            Number(w, "value", v.AtValue);
            w.WriteEndObject();
        }

        w.WriteStartArray("actuals");
        foreach (var pace in v.Actuals)
        {
            w.WriteStartObject();
            w.WriteString("asOf", pace.Actual.AsOf.ToString());
            w.WriteNumber("value", pace.Actual.Value);
            String(w, "source", pace.Actual.Source);
            Number(w, "path", pace.Path);
            Number(w, "paceDeviation", pace.PaceDeviation);
            if (pace.NextTarget is { } next && pace.ChangeNeededPerYear is { } perYear)
            {
                w.WriteString("nextTarget", next.Period.ToString());
                w.WriteNumber("changeNeededPerYear", perYear);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (v.Implied is { } implied)
        {
            w.WriteStartObject("consistency");
            w.WriteString("from", implied.Start.AsOf.ToString());
            w.WriteString("until", implied.Until.ToString());
            Number(w, "implied", implied.Value);
            Number(w, "path", v.ImpliedPath);
            Number(w, "gap", v.ImpliedPath is { } p ? implied.GapTo(p) : null);
            w.WriteStartArray("yearsWithoutTargets");
            foreach (var year in implied.YearsWithoutTargets)
            {
                w.WriteStringValue(year.ToString());
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
