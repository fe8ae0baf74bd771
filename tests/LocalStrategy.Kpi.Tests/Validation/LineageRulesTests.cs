using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>The rules of a strategy's predecessor, its goals' lineage and the alignments of goals and measures.</summary>
public sealed class LineageRulesTests
{
    private const string Framework = "国のまち・ひと・しごと創生総合戦略（第2期）";

    [Fact]
    public void A_predecessor_lineage_and_alignments_are_read_into_the_model()
    {
        var strategy = StrategyJson.Read(With(d =>
        {
            d["predecessor"] = new JsonObject
            {
                ["title"] = "安曇野市まち・ひと・しごと創生総合戦略（第1期）",
                ["id"] = "azumino-1",
                ["generation"] = 1,
                ["planPeriod"] = new JsonObject { ["first"] = "H27", ["last"] = "R元" },
            };
            Goal(d)["lineage"] = new JsonObject { ["predecessorGoal"] = "基本目標1", ["relation"] = "carriedOver", ["note"] = "第2期に継承" };
            Goal(d)["alignments"] = new JsonArray(new JsonObject { ["framework"] = Framework, ["goal"] = "稼ぐ地域をつくる" });
            Measure(d)["alignments"] = new JsonArray(new JsonObject { ["framework"] = Framework, ["goal"] = "地方への新しいひとの流れをつくる", ["note"] = "勘案" });
        })).GetValueOrThrow();

        Assert.Equal(
            new StrategyReference("安曇野市まち・ひと・しごと創生総合戦略（第1期）")
            {
                Id = "azumino-1",
                Generation = 1,
                PlanPeriod = new FiscalYearRange(new FiscalYear(2015), new FiscalYear(2019)),
            },
            strategy.Predecessor);
        Assert.Equal(new GoalLineage("基本目標1", LineageRelation.CarriedOver) { Note = "第2期に継承" }, strategy.Goals[0].Lineage);
        Assert.Equal(new Alignment(Framework, "稼ぐ地域をつくる"), Assert.Single(strategy.Goals[0].Alignments));
        Assert.Equal(new Alignment(Framework, "地方への新しいひとの流れをつくる") { Note = "勘案" }, Assert.Single(strategy.Goals[0].Measures[0].Alignments));
    }

    [Fact]
    public void A_predecessor_without_a_title_is_Required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                "$.predecessor.title",
                null,
                new LocalizedText("「前期の戦略の名称」（predecessor.title）は必須です。", "The field 'predecessor.title' is required.")),
            DocumentErrors.Single(With(d => d["predecessor"] = new JsonObject { ["generation"] = 1 })));

    [Fact]
    public void A_predecessor_with_a_blank_title_is_Required_and_keeps_the_blank()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                "$.predecessor.title",
                "\u3000",
                new LocalizedText("「前期の戦略の名称」（predecessor.title）が空です。", "The field 'predecessor.title' must not be blank.")),
            DocumentErrors.Single(With(d => d["predecessor"] = new JsonObject { ["title"] = "\u3000" })));

    [Fact]
    public void A_predecessor_plan_period_that_ends_before_it_starts_is_YearRangeInvalid()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.YearRangeInvalid,
                "$.predecessor.planPeriod",
                null,
                new LocalizedText("期間の終わり（'FY2015'）が始まり（'FY2019'）より前です。", "The range ends ('FY2015') before it starts ('FY2019').")),
            DocumentErrors.Single(With(d => d["predecessor"] = new JsonObject
            {
                ["title"] = "第1期総合戦略",
                ["planPeriod"] = new JsonObject { ["first"] = "FY2019", ["last"] = "FY2015" },
            })));

    [Fact]
    public void A_predecessor_plan_year_that_cannot_be_read_is_InvalidPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                "$.predecessor.planPeriod.last",
                "R元年10月",
                new LocalizedText("'R元年10月' は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。", "'R元年10月' is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.")),
            DocumentErrors.Single(With(d => d["predecessor"] = new JsonObject
            {
                ["title"] = "第1期総合戦略",
                ["planPeriod"] = new JsonObject { ["first"] = "FY2015", ["last"] = "R元年10月" },
            })));

    [Fact]
    public void A_predecessor_generation_of_zero_is_OutOfRange()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OutOfRange,
                "$.predecessor.generation",
                "0",
                new LocalizedText("期（generation）は 1 以上にしてください。値: 0。", "The generation must be 1 or more (第1期); found 0.")),
            DocumentErrors.Single(With(d => d["predecessor"] = new JsonObject { ["title"] = "第1期総合戦略", ["generation"] = 0 })));

    [Fact]
    public void A_lineage_relation_the_format_does_not_define_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                "$.goals[0].lineage.relation",
                "kept",
                new LocalizedText("'kept' は「関係」（relation）として使えません。carriedOver, changed のいずれかにしてください。", "'kept' is not a valid 'relation': use one of carriedOver, changed.")),
            DocumentErrors.Single(With(d => Goal(d)["lineage"] = new JsonObject { ["predecessorGoal"] = "基本目標1", ["relation"] = "kept" })));

    [Fact]
    public void A_lineage_without_a_relation_is_UnknownValue_saying_it_is_required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                "$.goals[0].lineage.relation",
                null,
                new LocalizedText("「関係」（relation）は必須です。carriedOver, changed のいずれかにしてください。", "The field 'relation' is required: use one of carriedOver, changed.")),
            DocumentErrors.Single(With(d => Goal(d)["lineage"] = new JsonObject { ["predecessorGoal"] = "基本目標1" })));

    [Fact]
    public void A_lineage_without_the_predecessors_goal_is_Required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                "$.goals[0].lineage.predecessorGoal",
                null,
                new LocalizedText("「前期の基本目標」（predecessorGoal）は必須です。", "The field 'predecessorGoal' is required.")),
            DocumentErrors.Single(With(d => Goal(d)["lineage"] = new JsonObject { ["relation"] = "changed" })));

    [Fact]
    public void A_goal_alignment_without_a_framework_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.goals[0].alignments[1].framework", null, new LocalizedText("「上位計画」（framework）は必須です。", "The field 'framework' is required.")),
            DocumentErrors.Single(With(d => Goal(d)["alignments"] = new JsonArray(
                new JsonObject { ["framework"] = Framework, ["goal"] = "稼ぐ地域をつくる" },
                new JsonObject { ["goal"] = "地方とのつながりを築く" }))));

    [Fact]
    public void A_measure_alignment_with_a_blank_goal_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.goals[0].measures[0].alignments[0].goal", " ", new LocalizedText("「上位計画の目標」（goal）が空です。", "The field 'goal' must not be blank.")),
            DocumentErrors.Single(With(d => Measure(d)["alignments"] = new JsonArray(new JsonObject { ["framework"] = Framework, ["goal"] = " " }))));

    [Fact]
    public void A_sub_measure_alignment_without_a_framework_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.goals[0].measures[0].subMeasures[0].alignments[0].framework", null, new LocalizedText("「上位計画」（framework）は必須です。", "The field 'framework' is required.")),
            DocumentErrors.Single(With(d => Measure(d)["subMeasures"]![0]!["alignments"] = new JsonArray(new JsonObject { ["goal"] = "稼ぐ地域をつくる" }))));

    [Fact]
    public void A_null_alignment_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.goals[0].alignments[0]", null, new LocalizedText("「alignments」の要素が null です。削除するか値を指定してください。", "An element of 'alignments' is null; remove it or give a value.")),
            DocumentErrors.Single(With(d => Goal(d)["alignments"] = new JsonArray((JsonNode?)null))));

    [Fact]
    public void Validating_a_strategy_built_in_code_reports_a_blank_predecessor_title()
    {
        var strategy = StrategyJson.Read(Minimal).GetValueOrThrow() with { Predecessor = new StrategyReference(" ") };

        var error = Assert.Single(StrategyJson.Validate(strategy));

        Assert.Equal(new ValidationError(ValidationCodes.Required, "$.predecessor.title", " ", new LocalizedText("「前期の戦略の名称」（predecessor.title）が空です。", "The field 'predecessor.title' must not be blank.")), error);
    }
}
