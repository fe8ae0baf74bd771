using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Cli;
using Xunit;
using static LocalStrategy.Kpi.Tests.Cli.CliRunner;

namespace LocalStrategy.Kpi.Tests.Cli;

/// <summary>
/// <c>kpi vision</c> on the embedded samples. Ina's 人口ビジョン (seed 003) states 64,771 for 2025 and
/// 63,417 for 2030, so the linear path at 2027 is 64,771 − 2 × 1,354 / 5 = 64,229.4.
/// </summary>
public sealed class VisionCommandTests
{
    [Fact]
    public void The_table_lists_the_stated_targets_and_the_path_year_by_year()
    {
        var (code, output, error) = Run("vision", "--sample", "ina-3rd-strategy");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("伊那市 — 第３期伊那市地方創生総合戦略", lines[0]);
        Assert.Contains("  2025  64,771 (第 3 期伊那市地方創生人口ビジョン)", lines);
        Assert.Contains("  2050  58,000 (第 3 期伊那市地方創生人口ビジョン)", lines);
        Assert.Contains("  2025 * 64,771", lines);
        Assert.Contains("  2027   64,229.4", lines);
        Assert.Contains("  2030 * 63,417", lines);
    }

    [Fact]
    public void A_step_path_holds_each_stated_target_until_the_next()
    {
        var (code, output, _) = Run("vision", "--sample", "ina-3rd-strategy", "--interpolation", "step");

        Assert.Equal(KpiCommand.Success, code);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("  2027   64,771", lines);
        Assert.Contains("  2030 * 63,417", lines);
    }

    [Fact]
    public void At_a_year_it_prints_the_path_there()
    {
        var (code, output, _) = Run("vision", "--sample", "ina-3rd-strategy", "--at", "令和9年度");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains("Path at FY2027: 64,229.4", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_holds_the_path_and_the_actuals_with_their_sources()
    {
        var (code, output, _) = Run("vision", "--sample", "ina-3rd-strategy", "--format", "json");

        Assert.Equal(KpiCommand.Success, code);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("ina-3rd-strategy", (string?)json["strategy"]);
        Assert.Equal("linear", (string?)json["interpolation"]);
        var at2027 = json["path"]!.AsArray().Single(p => (string?)p!["period"] == "2027")!;
        Assert.Equal(64229.4m, (decimal)at2027["value"]!);
        Assert.False((bool)at2027["stated"]!);
        var census2020 = json["actuals"]!.AsArray().Single(a => (string?)a!["asOf"] == "2020")!;
        Assert.Equal(66125m, (decimal)census2020["value"]!);
        Assert.Equal("国勢調査", (string?)census2020["source"]);
        Assert.Equal("2025", (string?)census2020["nextTarget"]);

        // (64,771 − 66,125) / 5 years.
        Assert.Equal(-270.8m, (decimal)census2020["changeNeededPerYear"]!);

        // The register figure of 2024-10-01 is one year before the census day of 2025 (issue 11).
        var register = json["actuals"]!.AsArray().Single(a => (string?)a!["asOf"] == "2024-10-01")!;
        Assert.Equal(-198m, (decimal)register["changeNeededPerYear"]!);
    }

    [Fact]
    public void A_plan_without_actuals_says_none()
    {
        var (code, output, _) = Run("vision", "--sample", "ami-3rd-strategy");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains("  2033  50,000–51,000 (第７次総合計画)", output, StringComparison.Ordinal);
        Assert.Contains("Actual populations and pace (actual − path)" + Environment.NewLine + "  none", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_cannot_be_read_is_a_usage_error_naming_the_option()
    {
        var (code, _, error) = Run("vision", "--sample", "ina-3rd-strategy", "--at", "next");

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.StartsWith("--at: 'next' is not a period", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sample_is_a_usage_error()
    {
        var (code, output, error) = Run("vision", "--sample", "no-such-city");

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no-such-city", error, StringComparison.Ordinal);
    }
}
