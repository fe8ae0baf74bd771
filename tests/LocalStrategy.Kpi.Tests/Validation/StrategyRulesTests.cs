using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>The rules of the document's own fields and those that need the whole document.</summary>
public sealed class StrategyRulesTests
{
    [Fact]
    public void The_minimal_test_document_is_valid()
    {
        var result = StrategyJson.Read(Minimal);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.Equal("test-strategy", result.Value.Id);
        Assert.Equal(new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)), result.Value.PlanPeriod);
    }

    [Fact]
    public void An_unsupported_format_version_is_FormatVersionUnsupported()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.FormatVersionUnsupported,
                "$.formatVersion",
                "2",
                new LocalizedText("formatVersion 2 には対応していません。このライブラリが読めるのは formatVersion 1 です。", "formatVersion 2 is not supported; this library reads formatVersion 1.")),
            DocumentErrors.Single(With(d => d["formatVersion"] = 2)));

    [Fact]
    public void A_missing_format_version_is_FormatVersionUnsupported()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.FormatVersionUnsupported,
                "$.formatVersion",
                null,
                new LocalizedText("formatVersion がありません。このライブラリが読めるのは formatVersion 1 です。", "The document has no formatVersion; this library reads formatVersion 1.")),
            DocumentErrors.Single(With(d => d.Remove("formatVersion"))));

    [Fact]
    public void A_missing_title_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.title", null, new LocalizedText("「名称」（title）は必須です。", "The field 'title' is required.")),
            DocumentErrors.Single(With(d => d.Remove("title"))));

    [Fact]
    public void A_blank_id_is_Required_and_keeps_the_blank_value()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.id", "  ", new LocalizedText("「ID」（id）が空です。", "The field 'id' must not be blank.")),
            DocumentErrors.Single(With(d => d["id"] = "  ")));

    [Fact]
    public void A_missing_municipality_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.municipality", null, new LocalizedText("「自治体」（municipality）は必須です。", "The field 'municipality' is required.")),
            DocumentErrors.Single(With(d => d.Remove("municipality"))));

    [Fact]
    public void A_missing_municipality_name_is_Required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                "$.municipality.name",
                null,
                new LocalizedText("「自治体名」（municipality.name）は必須です。", "The field 'municipality.name' is required.")),
            DocumentErrors.Single(With(d => d["municipality"]!.AsObject().Remove("name"))));

    [Fact]
    public void A_missing_plan_period_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.planPeriod", null, new LocalizedText("「計画期間」（planPeriod）は必須です。", "The field 'planPeriod' is required.")),
            DocumentErrors.Single(With(d => d.Remove("planPeriod"))));

    [Theory]
    [InlineData("202208", "'202208' is not a local government code: its check digit should be 7.")]
    [InlineData("20220", "'20220' is not a local government code: expected 6 digits.")]
    [InlineData("480005", "'480005' is not a local government code: the prefecture 48 is not 01 to 47.")]
    [InlineData("000000", "'000000' is not a local government code: the prefecture 00 is not 01 to 47.")]
    public void An_invalid_municipality_code_is_MunicipalityCodeInvalid_with_the_reason(string code, string message)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.MunicipalityCodeInvalid,
                "$.municipality.code",
                code,
                new LocalizedText($"'{code}' は全国地方公共団体コードではありません（6桁の数字で、先頭2桁が都道府県 01〜47、末尾が検査数字）。", message)),
            DocumentErrors.Single(With(d => d["municipality"]!["code"] = code)));

    [Fact]
    public void A_generation_of_zero_is_OutOfRange()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OutOfRange,
                "$.generation",
                "0",
                new LocalizedText("期（generation）は 1 以上にしてください。値: 0。", "The generation must be 1 or more (第1期); found 0.")),
            DocumentErrors.Single(With(d => d["generation"] = 0)));

    [Theory]
    [InlineData("first", "FY20x")]
    [InlineData("last", "令和6年10月1日")]
    [InlineData("first", "")]
    [InlineData("first", "令和元年")]
    [InlineData("last", "H30年")]
    public void An_unreadable_plan_year_is_InvalidPeriod(string end, string text)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                "$.planPeriod." + end,
                text,
                new LocalizedText($"'{text}' は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。", $"'{text}' is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.")),
            DocumentErrors.Single(With(d => d["planPeriod"]![end] = text)));

    [Fact]
    public void An_impossible_revision_date_is_InvalidPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                "$.revisionDate",
                "2021-02-30",
                new LocalizedText("改訂日 '2021-02-30' は日付として読み取れません。2021-03-31 の形式にしてください。", "The revision date '2021-02-30' is not a date: use 2021-03-31.")),
            DocumentErrors.Single(With(d => d["revisionDate"] = "2021-02-30")));

    [Theory]
    [InlineData("FY2024", "FY2020")]
    [InlineData("R6", "R2")]
    [InlineData("2021", "令和2年度")]
    public void A_plan_period_that_ends_before_it_starts_is_PlanPeriodInvalid(string first, string last)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PlanPeriodInvalid,
                "$.planPeriod",
                null,
                new LocalizedText($"計画期間の終わり（'{last}'）が始まり（'{first}'）より前です。期間の長さが 0 以下になります。", $"The plan period ends ('{last}') before it starts ('{first}'): its length would be zero or negative.")),
            DocumentErrors.Single(With(d => d["planPeriod"] = new JsonObject { ["first"] = first, ["last"] = last })));

    [Fact]
    public void A_plan_period_of_one_year_is_valid()
    {
        var json = With(d => d["planPeriod"] = new JsonObject { ["first"] = "令和2年度", ["last"] = "FY2020" });

        var strategy = StrategyJson.Read(json).GetValueOrThrow();

        Assert.Equal(1, strategy.PlanPeriod.Length);
    }

    [Fact]
    public void A_measure_reusing_a_goal_id_is_DuplicateId_pointing_at_the_first_use()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.DuplicateId,
                "$.goals[0].measures[0].id",
                "g1",
                new LocalizedText("ID「g1」が重複しています（最初の使用箇所: $.goals[0]）。", "The id 'g1' is used twice: first at $.goals[0].")),
            DocumentErrors.Single(With(d => Measure(d)["id"] = "g1")));

    [Fact]
    public void Two_indicators_with_one_id_are_DuplicateId()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.DuplicateId,
                MilestonePath + ".id",
                "k1-1-1",
                new LocalizedText("ID「k1-1-1」が重複しています（最初の使用箇所: $.goals[0].measures[0].indicators[0]）。", "The id 'k1-1-1' is used twice: first at $.goals[0].measures[0].indicators[0].")),
            DocumentErrors.Single(With(d => Milestone(d)["id"] = "k1-1-1")));

    [Fact]
    public void A_project_reusing_a_sub_measure_id_is_DuplicateId()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.DuplicateId,
                "$.projects[0].id",
                "m1-1-1",
                new LocalizedText("ID「m1-1-1」が重複しています（最初の使用箇所: $.goals[0].measures[0].subMeasures[0]）。", "The id 'm1-1-1' is used twice: first at $.goals[0].measures[0].subMeasures[0].")),
            DocumentErrors.Single(With(d => d["projects"]![0]!["id"] = "m1-1-1")));

    [Fact]
    public void A_goal_naming_a_viewpoint_the_document_lacks_is_UnknownReference()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownReference,
                "$.goals[0].viewpointIds[1]",
                "v9",
                new LocalizedText("基本目標が参照する基本的視点「v9」は文書にありません。", "The goal refers to the viewpoint 'v9', which the document does not have.")),
            DocumentErrors.Single(With(d => Goal(d)["viewpointIds"] = new JsonArray("v1", "v9"))));

    [Fact]
    public void A_project_naming_a_measure_code_the_document_lacks_is_UnknownReference()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownReference,
                "$.projects[0].measureCodes[1]",
                "施策9-9",
                new LocalizedText("プロジェクトが参照する施策「施策9-9」は文書にありません。", "The project refers to the measure '施策9-9', which the document does not have.")),
            DocumentErrors.Single(With(d => d["projects"]![0]!["measureCodes"] = new JsonArray("1-1", "施策9-9"))));

    [Fact]
    public void A_project_may_point_at_a_sub_measure_by_its_code()
    {
        var json = With(d => d["projects"]![0]!["measureCodes"] = new JsonArray("1-1-①"));

        Assert.True(StrategyJson.Read(json).IsValid);
    }

    [Fact]
    public void Several_problems_in_one_document_are_all_reported_together()
    {
        var json = With(d =>
        {
            d["municipality"]!["code"] = "202208";
            FirstKpi(d).Remove("direction");
            Milestone(d)["id"] = "g1";
            First(FirstKpi(d), "targets")["year"] = "FY2030";
            Percent(d)["baseline"]!["value"] = 120;
            Measure(d)["priorityLevel"] = 7;
        });

        var errors = DocumentErrors.All(json);

        Assert.Equal(
            new[]
            {
                (ValidationCodes.DirectionMissing, KpiPath + ".direction"),
                (ValidationCodes.DuplicateId, MilestonePath + ".id"),
                (ValidationCodes.MunicipalityCodeInvalid, "$.municipality.code"),
                (ValidationCodes.OutOfRange, MeasurePath + ".priorityLevel"),
                (ValidationCodes.OutsidePlanPeriod, KpiPath + ".targets[0].year"),
                (ValidationCodes.PercentageOutOfRange, PercentPath + ".baseline.value"),
            },
            errors.Select(e => (e.Code, e.Path)).OrderBy(e => e.Code, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Validating_a_strategy_built_in_code_reports_duplicate_ids_with_document_paths()
    {
        var plan = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024));
        var strategy = new Strategy("s", new Municipality("安曇野市"), "総合戦略", plan)
        {
            Goals = ValueList<BasicGoal>.Of(
                new BasicGoal("g1", "1", "新たな雇用を生み出す"),
                new BasicGoal("g1", "2", "新たな人の流れをつくる")),
        };

        var error = Assert.Single(StrategyJson.Validate(strategy));

        Assert.Equal(
            new ValidationError(
                ValidationCodes.DuplicateId,
                "$.goals[1].id",
                "g1",
                new LocalizedText("ID「g1」が重複しています（最初の使用箇所: $.goals[0]）。", "The id 'g1' is used twice: first at $.goals[0].")),
            error);
    }

    [Fact]
    public void Validating_a_strategy_built_in_code_with_an_undefined_direction_reports_it_instead_of_throwing()
    {
        var plan = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024));
        var indicator = new Indicator("ng1", IndicatorKind.NumericGoal, "認定農業者数", new Unit("人"), default, ValueKind.Level, GradingBasis.Target);
        var strategy = new Strategy("s", new Municipality("安曇野市"), "総合戦略", plan)
        {
            Goals = ValueList<BasicGoal>.Of(new BasicGoal("g1", "1", "新たな雇用を生み出す") { Indicators = ValueList<Indicator>.Of(indicator) }),
        };

        var error = Assert.Single(StrategyJson.Validate(strategy));

        Assert.Equal(ValidationCodes.UnknownValue, error.Code);
        Assert.Equal("$.goals[0].indicators[0].direction", error.Path);
        Assert.Equal("0", error.AttemptedValue);
        Assert.Equal(ValidationCodes.UnknownValue, Assert.Single(StrategyJson.Read(StrategyJson.Write(strategy)).Errors).Code);
    }

    [Fact]
    public void Validating_a_valid_strategy_built_in_code_reports_nothing()
    {
        var strategy = StrategyJson.Read(Minimal).GetValueOrThrow();

        Assert.Empty(StrategyJson.Validate(strategy));
    }
}
