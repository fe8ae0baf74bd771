using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using LocalStrategy.Kpi.Tests.Cli;
using LocalStrategy.Kpi.Tests.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>Valid documents at the edges of what the types hold: every command answers, none throws.</summary>
public sealed class ExtremeValuesTests
{
    public static TheoryData<string, string> Visions() => new()
    {
        { "a component target of -5e28 a year", """{ "actuals": [ { "asOf": "2020-10-01", "value": 1000 } ], "targets": [ { "period": "2030", "versions": [ { "value": 900 } ] } ], "componentTargets": [ { "component": "naturalChange", "first": "FY2021", "last": "FY2030", "perYear": -50000000000000000000000000000 } ] }""" },
        { "component targets to FY2200", """{ "actuals": [ { "asOf": "2020-10-01", "value": 1000 } ], "componentTargets": [ { "component": "naturalChange", "first": "FY2021", "last": "FY2200", "perYear": -1 }, { "component": "socialChange", "first": "FY2021", "last": "FY2200", "perYear": 1 } ] }""" },
        { "an actual in January–March 1900 (FY1899)", """{ "actuals": [ { "asOf": "1900-03", "value": 1000 } ], "targets": [ { "period": "1905", "versions": [ { "value": 900 } ] } ], "componentTargets": [ { "component": "naturalChange", "first": "FY1900", "last": "FY1902", "perYear": -1 } ] }""" },
        { "an actual in FY2200", """{ "actuals": [ { "asOf": "FY2200", "value": 1000 } ], "componentTargets": [ { "component": "naturalChange", "first": "FY2199", "last": "FY2200", "perYear": -1 } ] }""" },
        { "a path near decimal's limits", """{ "actuals": [ { "asOf": "2020", "value": 79228162514264337593543950335 } ], "targets": [ { "period": "2021", "versions": [ { "value": 0 } ] }, { "period": "2022", "versions": [ { "value": 79228162514264337593543950335 } ] } ] }""" },
    };

    [Theory]
    [MemberData(nameof(Visions))]
    public void Kpi_vision_answers_for_a_vision_at_the_edges(string what, string vision)
    {
        var path = Write(TestDocument.With(d => d["population"] = JsonNode.Parse(vision)));
        try
        {
            foreach (var format in new[] { "table", "json" })
            {
                var run = CliRunner.Run("vision", path, "--format", format);
                Assert.True(run.Code == 0, what + ": " + run.Error);
                Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            }

            var report = CliRunner.Run("report", path, "--policy", "azumino");
            Assert.True(report.Code == 0, what + ": " + report.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_sum_beyond_decimal_has_no_value_and_the_years_without_targets_are_still_listed()
    {
        var vision = new PopulationVision
        {
            ComponentTargets = ValueList<ComponentTarget>.Of(
                new ComponentTarget(PopulationComponent.NaturalChange, new FiscalYearRange(new FiscalYear(2021), new FiscalYear(2030)), -50_000_000_000_000_000_000_000_000_000m)),
        };
        var start = new PopulationActual(ReportingPeriod.Parse("2020-10-01"), 1000m);

        var implied = PopulationPath.Implied(vision, start, new FiscalYear(2030));

        Assert.Null(implied.Value);
        Assert.Null(implied.GapTo(900m));
        Assert.Equal(10, implied.YearsWithoutTargets.Count); // no social-change target in any year
    }

    [Fact]
    public void A_baseline_dated_before_the_first_fiscal_year_still_gives_a_forecast()
    {
        var kpi = new Indicator("k", IndicatorKind.Kpi, "指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = 10m, Period = ReportingPeriod.Parse("1900-02") },
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(1903)) { Value = 40m }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(1900)) { Value = 20m }),
        };

        var forecast = Forecasts.Project(kpi);

        // From FY1899's 10 to FY1900's 20: +10 a year, 50 in FY1903.
        Assert.NotNull(forecast);
        Assert.Equal((10m, 50m), (forecast!.Slope, forecast.Projected));
    }

    private static string Write(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "kpi-extreme-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
