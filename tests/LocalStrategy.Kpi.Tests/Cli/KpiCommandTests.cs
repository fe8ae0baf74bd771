using System.Text.Json;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Cli;
using LocalStrategy.Kpi.Samples;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Cli;

public sealed class KpiCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "kpi-cli-tests-" + Guid.NewGuid().ToString("N"));

    public KpiCommandTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void With_no_arguments_it_grades_the_sample_and_prints_the_published_overall_kpi_tally()
    {
        var (code, output, error) = Run();

        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal(string.Empty, error);

        // 000: A 10 (42 %), B 5 (21 %), D 6 (25 %), 測定不能 3 (12 %) of 24 KPIs; C is 0 in every goal.
        var overall = output.Split('\n').SkipWhile(l => !l.StartsWith("Overall", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(overall);
        Assert.Contains(
            overall,
            l => l.Trim() == "KPI: A評価 10 (42%)  B評価 5 (21%)  C評価 0 (0%)  D評価 6 (25%)  測定不能 3 (12%)  of 24");
        Assert.Contains("FY2020", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_prints_each_basic_goals_kpi_tally()
    {
        var (_, output, _) = Run();

        // 000, goal 3: A 1, B 0, C 0, D 2, 測定不能 2 of 5 → 20, 0, 0, 40, 40 %.
        Assert.Contains("KPI: A評価 1 (20%)  B評価 0 (0%)  C評価 0 (0%)  D評価 2 (40%)  測定不能 2 (40%)  of 5", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_as_json_parses_and_lists_29_indicators()
    {
        var (code, output, _) = Run("grade", "--format", "json");

        Assert.Equal(KpiCommand.Success, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(29, doc.RootElement.GetProperty("indicators").GetArrayLength());
        Assert.Equal(24, doc.RootElement.GetProperty("tallies").GetProperty("kpis").GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("R2")]
    [InlineData("令和2年度")]
    [InlineData("FY2020")]
    public void A_year_given_by_era_is_the_same_as_the_gregorian_fiscal_year(string year)
    {
        var (eraCode, era, _) = Run("grade", "--year", year);
        var (code, gregorian, _) = Run("grade", "--year", "2020");

        Assert.Equal(KpiCommand.Success, eraCode);
        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal(gregorian, era);
    }

    [Fact]
    public void Another_year_grades_differently()
    {
        var (code, other, _) = Run("grade", "--year", "R3", "--format", "json");
        var (_, fy2020, _) = Run("grade", "--year", "2020", "--format", "json");

        Assert.Equal(KpiCommand.Success, code);
        Assert.NotEqual(fy2020, other);
        Assert.Contains("\"year\": \"FY2021\"", other, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_policy_is_a_usage_error_that_lists_the_known_policies()
    {
        var (code, output, error) = Run("grade", "--policy", "nope");

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("nope", error, StringComparison.Ordinal);
        Assert.Contains("azumino", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void A_year_that_is_not_a_fiscal_year_is_a_usage_error()
    {
        var (code, _, error) = Run("grade", "--year", "next year");

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("--year", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem_of_an_invalid_document_and_exits_1()
    {
        var doc = JsonNode.Parse(SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020))!.AsObject();
        var indicators = doc["goals"]![0]!["indicators"]!.AsArray();
        indicators[0]!.AsObject().Remove("direction");
        indicators[1]!["id"] = "g1-ng1";
        var path = Write("two-problems.json", doc.ToJsonString());

        var (code, output, error) = Run("validate", path);

        // Problems go to standard error, as for every command; nothing is written to standard output.
        Assert.Equal(KpiCommand.Invalid, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("DirectionMissing", error, StringComparison.Ordinal);
        Assert.Contains("DuplicateId", error, StringComparison.Ordinal);
        Assert.Contains("2 problem(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grading_an_invalid_document_exits_1_and_lists_the_problems()
    {
        var doc = JsonNode.Parse(SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020))!.AsObject();
        doc["goals"]![0]!["indicators"]![0]!.AsObject().Remove("direction");
        var path = Write("no-direction.json", doc.ToJsonString());

        var (code, _, error) = Run("grade", path);

        Assert.Equal(KpiCommand.Invalid, code);
        Assert.Contains("DirectionMissing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_on_a_missing_file_exits_2_with_a_message_and_no_stack_trace()
    {
        var path = Path.Combine(directory, "missing.json");

        var (code, output, error) = Run("validate", path);

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("missing.json", error, StringComparison.Ordinal);
        Assert.Contains("Cannot read", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_on_a_missing_file_exits_2_with_a_message_and_no_stack_trace()
    {
        var (code, output, error) = Run("grade", Path.Combine(directory, "nowhere", "missing.json"));

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("Cannot read", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_the_sample_written_to_a_file()
    {
        var path = Write("azumino.json", SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020));

        var (code, output, error) = Run("validate", path);

        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains("valid", output, StringComparison.Ordinal);
        Assert.Contains("29 indicators", output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Grading_the_sample_from_a_file_equals_grading_the_embedded_sample()
    {
        var path = Write("azumino.json", SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020));

        var (code, fromFile, _) = Run("grade", path, "--format", "json");
        var (_, embedded, _) = Run("grade", "--format", "json");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal(embedded, fromFile);
    }

    [Fact]
    public void An_unknown_format_is_rejected()
    {
        var (code, _, _) = Run("grade", "--format", "xml");

        Assert.NotEqual(KpiCommand.Success, code);
    }

    [Fact]
    public void One_decimal_percentages_can_be_asked_for()
    {
        var (code, output, _) = Run("grade", "--decimals", "1");

        // 10, 5, 0, 6, 3 of 24 to tenths: 41.6 (.067), 20.8 (.033), 0, 25.0, 12.5 → 99.9; 0.1 to A.
        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains("KPI: A評価 10 (41.7%)  B評価 5 (20.8%)  C評価 0 (0.0%)  D評価 6 (25.0%)  測定不能 3 (12.5%)  of 24", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_prints_numbers_as_the_source_wrote_them()
    {
        // An actual of 22.20 and a target of 21.10 (two decimals in the document) print so, not 22.2 and 21.1 (issue 11).
        var doc = JsonNode.Parse(SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020))!.AsObject();
        doc["goals"]![0]!["indicators"]![0]!["observations"]![0]!["value"] = JsonNode.Parse("22.20");
        doc["goals"]![0]!["indicators"]![0]!["targets"]![0]!["value"] = JsonNode.Parse("21.10");
        var path = Write("scale.json", doc.ToJsonString());

        var (code, output, _) = Run("grade", path);

        Assert.Equal(KpiCommand.Success, code);
        var line = output.Split('\n').Single(l => l.Contains("g1-ng1", StringComparison.Ordinal) || l.Contains("22.20", StringComparison.Ordinal));
        Assert.Contains("22.20", line, StringComparison.Ordinal);
        Assert.Contains("21.10", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_closing_summary_names_the_labels_of_what_was_not_graded()
    {
        // Ina's scale has 実績値なし; the plan has no actuals yet, so every indicator gets it (issue 11).
        var (_, ina, _) = Run("grade", "--sample", "ina-3rd-strategy");
        var (_, azumino, _) = Run();

        Assert.Contains("95 indicators: 0 graded from the data; 95 not graded from the data (実績値なし 95), 0 of them counted as published;", ina, StringComparison.Ordinal);
        Assert.Contains("29 indicators: 10 graded from the data; 19 not graded from the data (評価不能 16, 測定不能 3), 16 of them counted as published;", azumino, StringComparison.Ordinal);
        Assert.DoesNotContain("without a grade of the scale", ina, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_outside_the_plan_is_graded_with_a_warning_and_said_in_the_json()
    {
        // Azumino's plan runs FY2020-FY2024; FY2030 has no targets (issue 11).
        var (code, output, error) = Run("grade", "--year", "FY2030", "--format", "json");

        Assert.Equal(KpiCommand.Success, code);
        Assert.StartsWith("Warning: FY2030 is outside the plan period FY2020-FY2024;", error, StringComparison.Ordinal);
        Assert.Contains("注意: 令和12年度は計画期間（令和2年度〜令和6年度）の外です。", error, StringComparison.Ordinal);
        var json = JsonNode.Parse(output)!;
        Assert.False((bool)json["yearInPlanPeriod"]!);
        Assert.Equal("FY2020-FY2024", (string?)json["planPeriod"]);

        var (_, inPlan, quiet) = Run("grade", "--year", "FY2020", "--format", "json");
        Assert.True((bool)JsonNode.Parse(inPlan)!["yearInPlanPeriod"]!);
        Assert.Equal(string.Empty, quiet);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = KpiCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
