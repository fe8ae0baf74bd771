using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Tests.Validation;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>Documents that contradict themselves are refused, naming the field.</summary>
public sealed class ContradictionTests
{
    [Fact]
    public void A_strategy_cannot_be_its_own_predecessor()
    {
        var error = DocumentErrors.Single(With(d => d["predecessor"] = JsonNode.Parse("""{ "title": "前期", "id": "test-strategy" }""")));

        Assert.Equal((ValidationCodes.UnknownReference, "$.predecessor.id"), (error.Code, error.Path));
    }

    [Fact]
    public void A_predecessor_starts_before_its_successor()
    {
        var error = DocumentErrors.Single(With(d => d["predecessor"] = JsonNode.Parse("""{ "title": "前期", "planPeriod": { "first": "FY2021", "last": "FY2025" } }""")));

        Assert.Equal((ValidationCodes.YearRangeInvalid, "$.predecessor.planPeriod.first"), (error.Code, error.Path));
        Assert.Contains("FY2021", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_predecessor_that_overlaps_but_starts_earlier_is_fine()
        => Assert.True(LocalStrategy.Kpi.Serialization.StrategyJson.Read(With(d => d["predecessor"] = JsonNode.Parse("""{ "title": "前期", "planPeriod": { "first": "FY2015", "last": "FY2020" } }"""))).IsValid);

    [Fact]
    public void A_stage_is_listed_once()
    {
        var error = DocumentErrors.Single(With(d => Milestone(d)["stages"]!.AsArray().Add("策定")));

        Assert.Equal(ValidationCodes.DuplicateId, error.Code);
        Assert.EndsWith(".stages", error.Path, StringComparison.Ordinal);
        Assert.Contains("'策定'", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_within_range_indicator_needs_a_range_target()
    {
        var error = DocumentErrors.Single(With(d => FirstKpi(d)["direction"] = "withinRange"));

        Assert.Equal(ValidationCodes.TargetIncomplete, error.Code);
        Assert.EndsWith("indicators[0].targets", error.Path, StringComparison.Ordinal);
    }
}
