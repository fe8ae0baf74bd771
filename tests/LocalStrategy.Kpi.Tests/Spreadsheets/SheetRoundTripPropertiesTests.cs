using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Spreadsheets;
using LocalStrategy.Kpi.Tests.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// Export → import gives the same document, as far as a sheet holds it (docs/spreadsheets.md, "What a
/// sheet holds"): over generated valid strategies, written as .xlsx and as CSV and read back, every
/// indicator comes back in the same place with the same identifier, kind, name, unit, direction, value
/// kind, basis, stages, baseline, targets, actuals, statuses, published grades, note and source.
/// </summary>
public sealed class SheetRoundTripPropertiesTests
{
    [Theory]
    [InlineData(SheetFormat.Xlsx)]
    [InlineData(SheetFormat.Csv)]
    public void A_strategy_written_as_a_sheet_reads_back_to_what_the_sheet_holds(SheetFormat format)
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), strategy =>
        {
            var read = SampleSheetsTests.RoundTrip(strategy, format, new SpreadsheetImportOptions
            {
                Municipality = strategy.Municipality.Name,
                Title = strategy.Title,
                PlanPeriod = strategy.PlanPeriod,
                StrategyId = strategy.Id,
            });

            Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
            var expected = View(strategy);
            var actual = View(read.Value!);
            Assert.Equal(expected.Keys.OrderBy(k => k, StringComparer.Ordinal), actual.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (id, view) in expected)
            {
                Assert.Equal(view, actual[id]);
            }
        }));

    // What a sheet holds of each indicator, by identifier, with where it sits.
    internal static Dictionary<string, string> View(Strategy strategy)
    {
        var views = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var goal in strategy.Goals)
        {
            foreach (var indicator in goal.Indicators)
            {
                views[indicator.Id] = View(goal.Title, null, null, indicator);
            }

            foreach (var measure in goal.Measures)
            {
                foreach (var indicator in measure.Indicators)
                {
                    views[indicator.Id] = View(goal.Title, measure.Title, null, indicator);
                }

                foreach (var sub in Flatten(measure.SubMeasures))
                {
                    foreach (var indicator in sub.Indicators)
                    {
                        views[indicator.Id] = View(goal.Title, measure.Title, sub.Title, indicator);
                    }
                }
            }
        }

        return views;
    }

    private static IEnumerable<Measure> Flatten(IEnumerable<Measure> measures) => measures.SelectMany(m => new[] { m }.Concat(Flatten(m.SubMeasures)));

    private static string? T(string? text) => text?.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static string N(decimal? value) => value?.ToString("G29", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0') ?? "-";

    private static string View(string goal, string? measure, string? sub, Indicator i)
    {
        var baseline = i.Baseline is { } b && (b.Value is not null || b.Stage is not null || b.Period is not null)
            ? N(b.Value) + "/" + T(b.Stage) + "/" + b.Period
            : "none";
        var targets = i.Targets.Select(t => t.Year + ":" + N(t.Value) + "/" + t.Comparison + "/" + N(t.Min) + "/" + N(t.Max) + "/" + T(t.Stage));
        // A sheet holds a year's current observation: the last one listed for it.
        var observations = i.Observations.Select(o => o.Year).Distinct().OrderBy(y => y).Select(y => i.ObservationFor(y)!)
            .Where(o => o.Value is not null || o.Stage is not null || o.Status is ObservationStatus.NotPublished or ObservationStatus.Suspended)
            .Select(o => o.Status is ObservationStatus.NotPublished or ObservationStatus.Suspended
                ? o.Year + ":" + o.Status + "/" + T(o.PublishedGrade)
                : o.Year + ":" + N(o.Value) + "/" + T(o.Stage) + "/" + o.Status + "/" + T(o.PublishedGrade));
        return string.Join(
            " | ",
            T(goal),
            T(measure),
            T(sub),
            i.Kind,
            T(i.Name),
            T(i.Unit.Label),
            i.Direction,
            i.ValueKind,
            i.Basis,
            string.Join("→", i.Stages.Select(s => s.Trim())),
            baseline,
            string.Join(";", targets),
            string.Join(";", observations),
            T(i.Note),
            T(i.Source));
    }
}
