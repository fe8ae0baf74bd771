using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

/// <summary>
/// The population vision report on the samples. Ina (seed 003) states 64,771 for 2025 and 63,417 for
/// 2030; Azumino's plan (seeds 001, 002) has component targets from FY2023 on and an FY2020 actual of
/// 94,222, so FY2021 and FY2022 have no component target.
/// </summary>
public sealed class PopulationVisionReportTests
{
    private static readonly Kpi.Model.Strategy Ina = SampleDocuments.Load(SampleDocuments.Ina3rdStrategy);
    private static readonly Kpi.Model.Strategy Azumino = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);

    [Fact]
    public void The_path_runs_each_year_from_the_first_stated_target_to_the_last()
    {
        var report = PopulationVisionReport.Create(Ina);

        Assert.Equal(26, report.Path.Count);
        Assert.Equal(new PopulationPathYear(ReportingPeriod.OfCalendarYear(2025), 64_771m, true), report.Path[0]);
        Assert.Equal(new PopulationPathYear(ReportingPeriod.OfCalendarYear(2027), 64_229.4m, false), report.Path[2]);
        Assert.Equal(new PopulationPathYear(ReportingPeriod.OfCalendarYear(2050), 58_000m, true), report.Path[25]);
        Assert.Equal(6, report.Path.Count(p => p.Stated));
    }

    [Fact]
    public void A_step_path_holds_each_target_and_the_point_asked_about_is_on_it()
    {
        var report = PopulationVisionReport.Create(Ina, PathInterpolation.Step, ReportingPeriod.OfCalendarYear(2027));

        Assert.Equal(64_771m, report.Path[2].Value);
        Assert.Equal(ReportingPeriod.OfCalendarYear(2027), report.At);
        Assert.Equal(64_771m, report.AtValue);
    }

    [Fact]
    public void Each_actual_carries_the_change_per_year_to_the_next_target()
    {
        var census2020 = PopulationVisionReport.Create(Ina).Actuals.Single(a => a.Actual.AsOf == ReportingPeriod.OfCalendarYear(2020));

        Assert.Equal(66_125m, census2020.Actual.Value);
        Assert.Null(census2020.Path);
        Assert.Null(census2020.PaceDeviation);
        Assert.Equal(ReportingPeriod.OfCalendarYear(2025), census2020.NextTarget!.Period);
        Assert.Equal(-270.8m, census2020.ChangeNeededPerYear);
    }

    [Fact]
    public void The_component_targets_are_checked_from_the_latest_actual()
    {
        var report = PopulationVisionReport.Create(Azumino);

        Assert.NotNull(report.Implied);
        Assert.Equal(new FiscalYear(2030), report.Implied.Until);
        Assert.Equal(91_085m, report.Implied.Value);
        Assert.Equal(new[] { new FiscalYear(2021), new FiscalYear(2022) }, report.Implied.YearsWithoutTargets);
        Assert.Null(report.ImpliedPath);
    }

    [Fact]
    public void The_json_writes_every_part_with_exact_numbers()
    {
        var json = JsonNode.Parse(PopulationVisionReportJson.Write(PopulationVisionReport.Create(Azumino, at: ReportingPeriod.OfFiscalYear(new FiscalYear(2040)))))!;

        Assert.Equal("azumino-2nd-strategy-fy2020", (string?)json["strategy"]);
        Assert.Equal("FY2040", (string?)json["at"]!["period"]);
        Assert.Equal(86_000m, (decimal)json["at"]!["value"]!);
        Assert.Equal(91_085m, (decimal)json["consistency"]!["implied"]!);
        Assert.Null(json["consistency"]!["gap"]);
        Assert.Equal("FY2040", (string?)json["actuals"]![0]!["nextTarget"]);
    }

    [Fact]
    public void A_strategy_without_a_vision_is_an_argument_error_naming_it()
    {
        var none = Ina with { Population = null };

        var ex = Assert.Throws<ArgumentException>(() => PopulationVisionReport.Create(none));

        Assert.Equal("strategy", ex.ParamName);
        Assert.StartsWith("Strategy 'ina-3rd-strategy' has no population vision (人口ビジョン).", ex.Message, StringComparison.Ordinal);
    }
}
