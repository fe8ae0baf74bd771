using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>The rules of one indicator: direction, names, unit, periods, percentages, targets and stages.</summary>
public sealed class IndicatorRulesTests
{
    private const string Directions = "higherIsBetter, lowerIsBetter, maintain, withinRange, milestone";

    [Fact]
    public void An_indicator_without_a_direction_is_DirectionMissing()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.DirectionMissing,
                "$.goals[0].measures[0].indicators[0].direction",
                null,
                new LocalizedText($"指標「k1-1-1」に方向（direction）がありません。{Directions} のいずれかを指定してください。方向は基準値と目標値から推測しません。", $"Indicator 'k1-1-1' states no direction: give one of {Directions}. A direction is never inferred from the baseline and the target.")),
            DocumentErrors.Single(With(d => FirstKpi(d).Remove("direction"))));

    [Fact]
    public void A_direction_the_format_does_not_define_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".direction",
                "up",
                new LocalizedText($"'up' は「方向」（direction）として使えません。{Directions} のいずれかにしてください。", $"'up' is not a valid 'direction': use one of {Directions}.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["direction"] = "up")));

    [Fact]
    public void Braces_in_a_value_appear_verbatim_in_both_messages()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".direction",
                "{PropertyName} {{x}}",
                new LocalizedText($"'{{PropertyName}} {{{{x}}}}' は「方向」（direction）として使えません。{Directions} のいずれかにしてください。", $"'{{PropertyName}} {{{{x}}}}' is not a valid 'direction': use one of {Directions}.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["direction"] = "{PropertyName} {{x}}")));

    [Fact]
    public void Enumeration_names_are_case_sensitive()
    {
        var error = DocumentErrors.Single(With(d => FirstKpi(d)["direction"] = "HigherIsBetter"));

        Assert.Equal(ValidationCodes.UnknownValue, error.Code);
        Assert.Equal("HigherIsBetter", error.AttemptedValue);
    }

    [Fact]
    public void A_missing_value_kind_is_UnknownValue_saying_it_is_required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".valueKind",
                null,
                new LocalizedText("「値の種類」（valueKind）は必須です。annualFlow, cumulative, level, percentage, score, milestoneStage のいずれかにしてください。", "The field 'valueKind' is required: use one of annualFlow, cumulative, level, percentage, score, milestoneStage.")),
            DocumentErrors.Single(With(d => FirstKpi(d).Remove("valueKind"))));

    [Fact]
    public void An_unknown_kind_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".kind",
                "KPI",
                new LocalizedText("'KPI' は「種類」（kind）として使えません。kpi, kgi, numericGoal のいずれかにしてください。", "'KPI' is not a valid 'kind': use one of kpi, kgi, numericGoal.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["kind"] = "KPI")));

    [Fact]
    public void An_unknown_basis_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".basis",
                "auto",
                new LocalizedText("'auto' は「評価の基準」（basis）として使えません。target, trend, manual のいずれかにしてください。", "'auto' is not a valid 'basis': use one of target, trend, manual.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["basis"] = "auto")));

    [Fact]
    public void An_unknown_unit_basis_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".unit.per",
                "perWeek",
                new LocalizedText("'perWeek' は単位の時間基準として使えません。none, perYear, perMonth のいずれかにしてください。", "'perWeek' is not a unit basis: use one of none, perYear, perMonth.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["unit"]!["per"] = "perWeek")));

    [Fact]
    public void An_unknown_target_comparison_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".targets[0].comparison",
                "moreThan",
                new LocalizedText("'moreThan' は目標の比較方法として使えません。reach, atLeast, atMost, between のいずれかにしてください。", "'moreThan' is not a target comparison: use one of reach, atLeast, atMost, between.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "targets")["comparison"] = "moreThan")));

    [Fact]
    public void An_unknown_observation_status_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                KpiPath + ".observations[0].status",
                "draft",
                new LocalizedText("'draft' は実績の状態として使えません。final, preliminary, notPublished, suspended のいずれかにしてください。", "'draft' is not an observation status: use one of final, preliminary, notPublished, suspended.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "observations")["status"] = "draft")));

    [Fact]
    public void An_indicator_without_a_unit_is_Required_and_the_message_shows_the_unitless_form()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                KpiPath + ".unit",
                null,
                new LocalizedText("指標「k1-1-1」に単位（unit）がありません。単位のない指標は {\"label\": \"\"} としてください。", "Indicator 'k1-1-1' has no unit; use {\"label\": \"\"} for a unitless indicator.")),
            DocumentErrors.Single(With(d => FirstKpi(d).Remove("unit"))));

    [Fact]
    public void A_unit_without_a_label_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, KpiPath + ".unit.label", null, new LocalizedText("単位に表記（label）がありません。", "The unit has no label.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["unit"]!.AsObject().Remove("label"))));

    [Fact]
    public void A_blank_indicator_name_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, KpiPath + ".name", string.Empty, new LocalizedText("「名称」（name）が空です。", "The field 'name' must not be blank.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["name"] = string.Empty)));

    [Fact]
    public void A_manual_grade_without_a_reason_is_Required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                KpiPath + ".observations[0].manualGrade.reason",
                null,
                new LocalizedText("「個別評価の理由」（manualGrade.reason）は必須です。", "The field 'manualGrade.reason' is required.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "observations")["manualGrade"] = new JsonObject { ["grade"] = "A" })));

    [Fact]
    public void A_non_positive_unit_scale_is_OutOfRange()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OutOfRange,
                KpiPath + ".unit.scale",
                "-1000",
                new LocalizedText("単位の倍率（scale）は正の数にしてください。値: -1000。", "The unit scale must be positive; found -1000.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["unit"]!["scale"] = -1000)));

    [Fact]
    public void A_target_year_that_is_not_a_fiscal_year_is_InvalidPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                KpiPath + ".targets[0].year",
                "令和2年10月",
                new LocalizedText("'令和2年10月' は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。", "'令和2年10月' is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "targets")["year"] = "令和2年10月")));

    [Fact]
    public void A_target_without_a_year_is_InvalidPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                KpiPath + ".targets[0].year",
                null,
                new LocalizedText("(missing) は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。", "(missing) is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "targets").Remove("year"))));

    [Fact]
    public void A_baseline_period_outside_its_era_is_InvalidPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                KpiPath + ".baseline.period",
                "平成31年5月1日",
                new LocalizedText("基準値の時点 '平成31年5月1日' を読み取れません。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式にしてください。", "The baseline period '平成31年5月1日' cannot be read: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["baseline"]!["period"] = "平成31年5月1日")));

    [Fact]
    public void An_unreadable_as_of_period_is_InvalidPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                KpiPath + ".observations[0].asOf",
                "2019年13月",
                new LocalizedText("時点 '2019年13月' を読み取れません。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式にしてください。", "The period '2019年13月' cannot be read: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "observations")["asOf"] = "2019年13月")));

    [Fact]
    public void Baseline_and_as_of_periods_accept_every_japanese_form()
    {
        var json = With(d =>
        {
            FirstKpi(d)["baseline"]!["period"] = "令和６年10月1日現在";
            First(FirstKpi(d), "observations")["asOf"] = "(2018)";
            Percent(d)["baseline"]!["period"] = "H30";
        });

        Assert.True(StrategyJson.Read(json).IsValid);
    }

    [Fact]
    public void A_target_after_the_plan_period_is_OutsidePlanPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OutsidePlanPeriod,
                KpiPath + ".targets[0].year",
                "FY2025",
                new LocalizedText("令和7年度の目標は計画期間（令和2年度〜令和6年度）の外にあります。", "The target for FY2025 lies outside the plan period FY2020-FY2024.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "targets")["year"] = "FY2025")));

    [Fact]
    public void An_observation_before_the_plan_period_is_OutsidePlanPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OutsidePlanPeriod,
                KpiPath + ".observations[0].year",
                "R元",
                new LocalizedText("令和元年度の実績は計画期間（令和2年度〜令和6年度）の外にあります。", "The observation for FY2019 lies outside the plan period FY2020-FY2024.")),
            DocumentErrors.Single(With(d => First(FirstKpi(d), "observations")["year"] = "R元")));

    [Fact]
    public void Targets_and_observations_in_the_first_and_last_plan_years_are_inside()
    {
        var json = With(d =>
        {
            FirstKpi(d)["targets"] = new JsonArray(
                new JsonObject { ["year"] = "令和2年度", ["value"] = 1 },
                new JsonObject { ["year"] = "R6", ["value"] = 5 });
            FirstKpi(d)["observations"] = new JsonArray(
                new JsonObject { ["year"] = "2020", ["value"] = 1 },
                new JsonObject { ["year"] = "FY2024", ["value"] = 5 });
        });

        Assert.True(StrategyJson.Read(json).IsValid);
    }

    [Fact]
    public void A_percentage_baseline_above_100_is_PercentageOutOfRange()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PercentageOutOfRange,
                PercentPath + ".baseline.value",
                "100.5",
                new LocalizedText("割合（％）は 0 以上 100 以下にしてください。値: 100.5。", "A percentage must be between 0 and 100; found 100.5.")),
            DocumentErrors.Single(With(d => Percent(d)["baseline"]!["value"] = 100.5m)));

    [Fact]
    public void A_negative_percentage_target_is_PercentageOutOfRange_at_its_value()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PercentageOutOfRange,
                PercentPath + ".targets[0].value",
                "-0.1",
                new LocalizedText("割合（％）は 0 以上 100 以下にしてください。値: -0.1。", "A percentage must be between 0 and 100; found -0.1.")),
            DocumentErrors.Single(With(d => First(Percent(d), "targets")["value"] = -0.1m)));

    [Theory]
    [InlineData(-5, 50, "min", "-5")]
    [InlineData(50, 120, "max", "120")]
    public void A_percentage_range_target_beyond_0_to_100_is_PercentageOutOfRange_at_the_bound(int min, int max, string field, string value)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PercentageOutOfRange,
                PercentPath + ".targets[0]." + field,
                value,
                new LocalizedText($"割合（％）は 0 以上 100 以下にしてください。値: {value}。", $"A percentage must be between 0 and 100; found {value}.")),
            DocumentErrors.Single(With(d => Percent(d)["targets"] = new JsonArray(
                new JsonObject { ["year"] = "FY2020", ["comparison"] = "between", ["min"] = min, ["max"] = max }))));

    [Fact]
    public void A_percentage_observation_above_100_is_PercentageOutOfRange_at_its_value()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PercentageOutOfRange,
                PercentPath + ".observations[0].value",
                "101",
                new LocalizedText("割合（％）は 0 以上 100 以下にしてください。値: 101。", "A percentage must be between 0 and 100; found 101.")),
            DocumentErrors.Single(With(d => First(Percent(d), "observations")["value"] = 101)));

    [Fact]
    public void A_percentage_kpi_of_a_sub_measure_is_checked_against_its_own_value_kind()
    {
        var json = With(d =>
        {
            var kpi = JsonNode.Parse(Percent(d).ToJsonString())!.AsObject();
            kpi["id"] = "k-sub";
            kpi["kind"] = "kpi";
            First(kpi, "observations")["value"] = 100.01m;
            Measure(d)["subMeasures"]![0]!["indicators"] = new JsonArray(kpi);
        });

        Assert.Equal(
            new ValidationError(
                ValidationCodes.PercentageOutOfRange,
                "$.goals[0].measures[0].subMeasures[0].indicators[0].observations[0].value",
                "100.01",
                new LocalizedText("割合（％）は 0 以上 100 以下にしてください。値: 100.01。", "A percentage must be between 0 and 100; found 100.01.")),
            DocumentErrors.Single(json));
    }

    [Fact]
    public void Percentages_of_exactly_0_and_100_are_allowed_and_other_kinds_may_exceed_100_or_be_negative()
    {
        var json = With(d =>
        {
            Percent(d)["baseline"]!["value"] = 0;
            First(Percent(d), "targets")["value"] = 100;
            First(Percent(d), "observations")["value"] = 100.0m;
            FirstKpi(d)["baseline"]!["value"] = -473;
            First(FirstKpi(d), "targets")["value"] = 1563429;
            First(FirstKpi(d), "observations")["value"] = -508;
        });

        Assert.True(StrategyJson.Read(json).IsValid);
    }

    [Fact]
    public void A_range_target_with_min_above_max_is_RangeMinGreaterThanMax()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.RangeMinGreaterThanMax,
                KpiPath + ".targets[0].min",
                "51000",
                new LocalizedText("'FY2020' の範囲目標の下限 51000 が上限 50000 を上回っています。", "The range target for 'FY2020' has min 51000 above max 50000.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["targets"] = new JsonArray(
                new JsonObject { ["year"] = "FY2020", ["comparison"] = "between", ["min"] = 51000, ["max"] = 50000 }))));

    [Fact]
    public void A_range_target_with_min_equal_to_max_is_valid()
    {
        var json = With(d => FirstKpi(d)["targets"] = new JsonArray(
            new JsonObject { ["year"] = "FY2020", ["comparison"] = "between", ["min"] = 50000, ["max"] = 50000 }));

        Assert.True(StrategyJson.Read(json).IsValid);
    }

    [Theory]
    [InlineData("""{ "year": "FY2020" }""")]
    [InlineData("""{ "year": "FY2020", "value": 1, "stage": "着手" }""")]
    [InlineData("""{ "year": "FY2020", "comparison": "between", "min": 1 }""")]
    [InlineData("""{ "year": "FY2020", "value": 1, "min": 0 }""")]
    [InlineData("""{ "year": "FY2020", "comparison": "between", "min": 1, "max": 2, "value": 1 }""")]
    [InlineData("""{ "year": "FY2020", "comparison": "between", "min": 1, "max": 2, "stage": "着手" }""")]
    public void A_target_without_exactly_one_of_value_range_or_stage_is_TargetIncomplete(string target)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.TargetIncomplete,
                MilestonePath + ".targets[0].value",
                null,
                new LocalizedText("'FY2020' の目標には、値・範囲（comparison が between で min と max）・段階（stage）のうちちょうど一つを指定してください。", "The target for 'FY2020' must state exactly one of: a value, a range (comparison 'between' with min and max), or a stage.")),
            DocumentErrors.Single(With(d => Milestone(d)["targets"] = new JsonArray(JsonNode.Parse(target)))));

    [Fact]
    public void Two_targets_for_one_fiscal_year_are_DuplicateTarget()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.DuplicateTarget,
                KpiPath + ".targets",
                null,
                new LocalizedText("指標「k1-1-1」に同じ年度（FY2020）の目標が複数あります。", "Indicator 'k1-1-1' has more than one target for FY2020.")),
            DocumentErrors.Single(With(d => FirstKpi(d)["targets"] = new JsonArray(
                new JsonObject { ["year"] = "FY2020", ["value"] = 10 },
                new JsonObject { ["year"] = "FY2020", ["value"] = 12 }))));

    [Fact]
    public void Two_targets_for_one_fiscal_year_written_differently_are_DuplicateTarget()
    {
        // FY2020, R2, 令和2年度 and 2020 all name the same fiscal year.
        var error = DocumentErrors.Single(With(d => FirstKpi(d)["targets"] = new JsonArray(
            new JsonObject { ["year"] = "FY2020", ["value"] = 10 },
            new JsonObject { ["year"] = "FY2021", ["value"] = 11 },
            new JsonObject { ["year"] = "R2", ["value"] = 12 },
            new JsonObject { ["year"] = "令和3年度", ["value"] = 13 })));

        Assert.Equal(
            new ValidationError(
                ValidationCodes.DuplicateTarget,
                KpiPath + ".targets",
                null,
                new LocalizedText("指標「k1-1-1」に同じ年度（FY2020, FY2021）の目標が複数あります。", "Indicator 'k1-1-1' has more than one target for FY2020, FY2021.")),
            error);
    }

    [Theory]
    [InlineData("baseline", ".baseline.stage")]
    [InlineData("target", ".targets[0].stage")]
    [InlineData("observation", ".observations[0].stage")]
    public void A_stage_missing_from_the_stage_list_is_UnknownStage_at_that_stage(string where, string path)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownStage,
                MilestonePath + path,
                "完了",
                new LocalizedText("段階 '完了' は指標の段階（stages）の一覧にありません。", "The stage '完了' is not in the indicator's list of stages.")),
            DocumentErrors.Single(With(d =>
            {
                var node = where switch
                {
                    "baseline" => Milestone(d)["baseline"]!.AsObject(),
                    "target" => First(Milestone(d), "targets"),
                    _ => First(Milestone(d), "observations"),
                };
                node["stage"] = "完了";
            })));

    [Fact]
    public void A_stage_on_an_indicator_without_stages_is_UnknownStage()
    {
        var error = DocumentErrors.Single(With(d => FirstKpi(d)["baseline"] = new JsonObject { ["stage"] = "着手" }));

        Assert.Equal(ValidationCodes.UnknownStage, error.Code);
        Assert.Equal(KpiPath + ".baseline.stage", error.Path);
        Assert.Equal("着手", error.AttemptedValue);
    }
}
