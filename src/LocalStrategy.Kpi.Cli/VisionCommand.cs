using System.CommandLine;
using System.Globalization;
using System.Text;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// <c>kpi vision</c>: a strategy's population vision — the target path year by year, the actual
/// populations with their pace deviation, the population the annual component targets imply and its
/// gap to the path, and the change per year still needed.
/// </summary>
internal static class VisionCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("vision", "Shows a strategy's population vision (人口ビジョン): target path, actuals, pace deviation and consistency check.");
        var file = new Argument<string?>("file") { Description = "The strategy document (JSON). Without it, the embedded sample named by --sample (default azumino-fy2020).", Arity = ArgumentArity.ZeroOrOne };
        var sample = new Option<string?>("--sample") { Description = "An embedded sample: azumino-fy2020, ina-3rd-strategy, ami-3rd-strategy." };
        var at = new Option<string?>("--at") { Description = "Also show the path at this date or period: 2027, FY2027, 2027-10-01, 令和9年10月1日." };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var interpolation = new Option<string>("--interpolation") { Description = "How the path runs between stated targets: linear or step.", DefaultValueFactory = _ => "linear" };
        interpolation.AcceptOnlyFromAmong("linear", "step");
        command.Arguments.Add(file);
        command.Options.Add(sample);
        command.Options.Add(at);
        command.Options.Add(format);
        command.Options.Add(interpolation);
        command.SetAction(parse => Run(
            parse.GetValue(file),
            parse.GetValue(sample),
            parse.GetValue(at),
            parse.GetValue(format) ?? "table",
            parse.GetValue(interpolation) == "step" ? PathInterpolation.Step : PathInterpolation.Linear,
            output,
            error));
        return command;
    }

    private static int Run(string? file, string? sample, string? atText, string format, PathInterpolation interpolation, TextWriter output, TextWriter error)
    {
        var loaded = KpiCommand.Load(file, sample, output, error, out var strategy);
        if (loaded != KpiCommand.Success)
        {
            return loaded;
        }

        ReportingPeriod? at = null;
        if (atText is not null)
        {
            if (!JapanesePeriods.TryParse(atText, out var parsed, out var atError))
            {
                error.WriteLine("--at: " + atError);
                return KpiCommand.UsageError;
            }

            at = parsed;
        }

        var vision = strategy.Population;
        if (vision is null)
        {
            error.WriteLine("The document has no population vision (人口ビジョン).");
            return KpiCommand.UsageError;
        }

        var report = PopulationVisionReport.Create(strategy, interpolation, at);
        output.Write(format == "json" ? PopulationVisionReportJson.Write(report) + Environment.NewLine : Table(report));
        return KpiCommand.Success;
    }

    private static string N(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    private static string N(decimal? value) => value is { } v ? N(v) : "—";

    private static string Signed(decimal? value) => value is { } v ? (v > 0 ? "+" : string.Empty) + N(v) : "—";

    private static string Table(PopulationVisionReport v)
    {
        var s = new StringBuilder();
        s.AppendLine(v.Strategy.Municipality.Name + " — " + v.Strategy.Title);
        s.AppendLine("人口ビジョン (population vision), path " + (v.Interpolation == PathInterpolation.Step ? "step" : "linear") + " between stated targets");
        s.AppendLine();
        s.AppendLine("Target population (目標人口)");
        foreach (var t in v.Vision.Targets)
        {
            var versions = string.Join(" → ", t.Versions.Select(x => (x.Value is { } val ? N(val) : N(x.Min) + "–" + N(x.Max)) + (x.AdoptedIn is null ? string.Empty : " (" + x.AdoptedIn + ")")));
            s.AppendLine("  " + t.Period + "  " + versions);
        }

        if (v.Path.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("Target path (each year; * = stated target)");
            foreach (var year in v.Path)
            {
                s.AppendLine("  " + year.Period + (year.Stated ? " * " : "   ") + N(year.Value));
            }
        }

        if (v.At is { } at)
        {
            s.AppendLine();
            s.AppendLine("Path at " + at + ": " + (v.AtValue is { } av ? N(av) : "outside the stated targets"));
        }

        s.AppendLine();
        s.AppendLine("Actual populations and pace (actual − path)");
        if (v.Actuals.Count == 0)
        {
            s.AppendLine("  none");
        }

        foreach (var (actual, path, deviation, next, perYear) in v.Actuals)
        {
            s.Append("  " + actual.AsOf + "  " + N(actual.Value));
            s.Append(actual.Source is null ? string.Empty : " (" + actual.Source + ")");
            s.Append(deviation is { } d ? "  path " + N(path) + ", " + (d >= 0 ? "ahead by " : "behind by ") + N(Math.Abs(d)) : "  outside the stated targets");
            s.AppendLine(next is not null && perYear is { } n ? string.Format(CultureInfo.InvariantCulture, "; to reach {0} in {1}: {2}/year", N(next.Current.PathValue), next.Period, Signed(decimal.Round(n, 1))) : string.Empty);
        }

        if (v.Vision.ComponentTargets.Count > 0)
        {
            s.AppendLine();
            s.AppendLine("Annual component targets (自然増減・社会増減)");
            foreach (var c in v.Vision.ComponentTargets)
            {
                s.AppendLine("  " + (c.Component == PopulationComponent.NaturalChange ? "自然増減 natural " : "社会増減 social  ") + c.Years + "  " + Signed(c.PerYear) + "/year");
            }
        }

        if (v.Implied is { } implied)
        {
            s.AppendLine();
            s.Append("Consistency: from " + implied.Start.AsOf + " " + N(implied.Start.Value) + ", the component targets imply " + N(implied.Value) + " at the end of " + implied.Until);
            s.AppendLine(v.ImpliedPath is { } p ? "; the path there is " + N(p) + ", gap " + Signed(implied.GapTo(p)) + "." : "; the path does not reach that year.");
            if (!implied.IsComplete)
            {
                s.AppendLine("  Years without component targets (counted as 0): " + string.Join(", ", implied.YearsWithoutTargets));
            }
        }

        return s.ToString();
    }
}
