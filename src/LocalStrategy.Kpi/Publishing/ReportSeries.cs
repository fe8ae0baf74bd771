using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>The series the report's charts draw: an indicator's actuals, target path and forecast; the population vision's path, revised targets and actuals.</summary>
internal static class ReportSeries
{
    /// <summary>Whether the indicator has a value to draw: at least one actual up to the graded year.</summary>
    internal static bool HasTrend(IndicatorEvaluation evaluation)
        => evaluation.Indicator.Observations.Any(o => o.Year <= evaluation.Result.Year && evaluation.Indicator.ObservationFor(o.Year)?.Value is not null);

    internal static IReadOnlyList<ChartSeries> Indicator(IndicatorEvaluation evaluation, ReportText text)
    {
        var indicator = evaluation.Indicator;
        var actuals = Actuals(evaluation, text);
        var targets = new List<ChartPoint>();
        if (indicator.Baseline is { Value: { } b, Period: { } period } && FiscalYear.TryContaining(period.End, out var baselineYear))
        {
            targets.Add(new ChartPoint(baselineYear.Year, b, text.T("基準値", "baseline") + " " + text.Period(period) + ": " + ReportText.Number(b)));
        }

        foreach (var t in indicator.Targets.Where(t => t.Value is not null).OrderBy(t => t.Year))
        {
            targets.Add(new ChartPoint(t.Year.Year, t.Value!.Value, text.T("目標値", "target") + " " + text.Year(t.Year) + ": " + ReportText.Number(t.Value.Value)));
        }

        var forecast = new List<ChartPoint>();
        if (actuals.Count > 0 && evaluation.Forecast is { } f)
        {
            forecast.Add(actuals[actuals.Count - 1]);
            forecast.Add(new ChartPoint(f.TargetYear.Year, f.Projected, text.T("見込み", "forecast") + " " + text.Year(f.TargetYear) + ": " + ReportText.Number(Math.Round(f.Projected, 1, MidpointRounding.AwayFromZero))));
        }

        return new[]
        {
            new ChartSeries(text.T("目標値", "Target path"), SeriesStyle.Target, targets),
            new ChartSeries(text.T("実績値", "Actuals"), SeriesStyle.Actual, actuals),
            new ChartSeries(text.T("見込み", "Forecast"), SeriesStyle.Forecast, forecast),
        };
    }

    internal static IReadOnlyList<ChartSeries> Population(PopulationVisionReport report, ReportText text)
    {
        var asOf = report.Vision.YearsAsOf;
        var path = report.Path.Where(p => p.Value is not null)
            .Select(p => new ChartPoint(PopulationPath.Position(p.Period, asOf), p.Value!.Value, text.T("目標人口", "target") + " " + text.Period(p.Period) + ": " + ReportText.Number(Math.Round(p.Value.Value, 0, MidpointRounding.AwayFromZero))))
            .ToList();
        var revised = new List<ChartPoint>();
        foreach (var target in report.Vision.Targets)
        {
            for (var i = 0; i < target.Versions.Count - 1; i++)
            {
                if (target.Versions[i].PathValue is { } value)
                {
                    var by = target.Versions[i].AdoptedIn is { } adopted ? " (" + adopted + ")" : string.Empty;
                    revised.Add(new ChartPoint(PopulationPath.Position(target.Period, asOf), value, text.T("改定前の目標", "earlier target") + by + " " + text.Period(target.Period) + ": " + ReportText.Number(value)));
                }
            }
        }

        var actuals = report.Vision.Actuals
            .Select(a => new ChartPoint(PopulationPath.Position(a.AsOf, asOf), a.Value, text.T("実績", "actual") + " " + text.Period(a.AsOf) + ": " + ReportText.Number(a.Value)))
            .ToList();
        return new[]
        {
            new ChartSeries(text.T("目標人口の推移", "Target path"), SeriesStyle.Target, path),
            new ChartSeries(text.T("改定前の目標", "Earlier targets"), SeriesStyle.Revised, revised),
            new ChartSeries(text.T("実績", "Actual population"), SeriesStyle.Actual, actuals),
        };
    }

    // The current actual of each fiscal year up to the graded one, in year order.
    private static List<ChartPoint> Actuals(IndicatorEvaluation evaluation, ReportText text)
    {
        var indicator = evaluation.Indicator;
        var points = new List<ChartPoint>();
        foreach (var year in indicator.Observations.Select(o => o.Year).Where(y => y <= evaluation.Result.Year).Distinct().OrderBy(y => y))
        {
            if (indicator.ObservationFor(year) is { Value: { } value } observation)
            {
                var status = text.Status(observation.Status);
                points.Add(new ChartPoint(year.Year, value, text.T("実績値", "actual") + " " + text.Year(year) + ": " + ReportText.Number(value) + (status.Length > 0 ? " (" + status + ")" : string.Empty)));
            }
        }

        return points;
    }
}
