using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>A predecessor with a bad plan period or generation is reported, never a crash while reading.</summary>
public sealed class PredecessorRulesTests
{
    private const string Document = """
        { "formatVersion": 1, "id": "x", "title": "t", "municipality": { "name": "m" },
          "planPeriod": { "first": "FY2020", "last": "FY2024" },
          "predecessor": { "title": "第1期", "generation": 0, "planPeriod": { "first": "FY2019", "last": "FY2015" } } }
        """;

    [Fact]
    public void An_inverted_predecessor_plan_period_is_YearRangeInvalid_and_reading_does_not_throw()
    {
        var result = StrategyJson.Read(Document);

        Assert.Null(result.Value);
        var error = Assert.Single(result.Errors, e => e.Path == "$.predecessor.planPeriod");
        Assert.Equal(ValidationCodes.YearRangeInvalid, error.Code);
        Assert.Equal("The range ends ('FY2015') before it starts ('FY2019').", error.Message.English);
        Assert.Equal("期間の終わり（'FY2015'）が始まり（'FY2019'）より前です。", error.Message.Japanese);
    }

    [Fact]
    public void A_predecessor_generation_below_1_is_OutOfRange()
    {
        var error = Assert.Single(StrategyJson.Read(Document).Errors, e => e.Path == "$.predecessor.generation");

        Assert.Equal(ValidationCodes.OutOfRange, error.Code);
        Assert.Equal("0", error.AttemptedValue);
        Assert.Equal("The generation must be 1 or more (第1期); found 0.", error.Message.English);
        Assert.Equal("期（generation）は 1 以上にしてください。値: 0。", error.Message.Japanese);
    }
}
