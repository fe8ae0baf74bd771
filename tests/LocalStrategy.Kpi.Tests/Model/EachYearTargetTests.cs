using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Model;

/// <summary>A target that holds every year (毎年 100 件), written once with <c>eachYear</c>.</summary>
public sealed class EachYearTargetTests
{
    private static Indicator With(params Target[] targets)
        => new("k1", IndicatorKind.Kpi, "相談件数", new Unit("件"), Direction.HigherIsBetter, ValueKind.AnnualFlow, GradingBasis.Target)
        {
            Targets = ValueList<Target>.From(targets),
        };

    private static Target At(int year, decimal value, bool eachYear = false) => new(new FiscalYear(year)) { Value = value, EachYear = eachYear };

    [Fact]
    public void An_each_year_target_holds_from_its_year_until_the_next_target_listed()
    {
        var kpi = With(At(2020, 100m, eachYear: true), At(2023, 150m));

        Assert.Null(kpi.TargetFor(new FiscalYear(2019)));
        Assert.Equal(100m, kpi.TargetFor(new FiscalYear(2020))!.Value);
        Assert.Equal(100m, kpi.TargetFor(new FiscalYear(2022))!.Value);
        Assert.Equal(150m, kpi.TargetFor(new FiscalYear(2023))!.Value);
        Assert.Null(kpi.TargetFor(new FiscalYear(2024))); // FY2023's target is for its year only
    }

    [Fact]
    public void The_order_targets_are_listed_in_does_not_matter()
    {
        var kpi = With(At(2023, 150m, eachYear: true), At(2020, 100m, eachYear: true));

        Assert.Equal(100m, kpi.TargetFor(new FiscalYear(2022))!.Value);
        Assert.Equal(150m, kpi.TargetFor(new FiscalYear(2024))!.Value);
    }

    [Fact]
    public void A_target_not_marked_each_year_is_for_its_own_year_only_as_before()
        => Assert.Null(With(At(2020, 100m)).TargetFor(new FiscalYear(2021)));

    [Fact]
    public void A_document_states_it_once_and_every_year_is_graded_against_it()
    {
        var json = TestDocument.With(d =>
        {
            var kpi = TestDocument.FirstKpi(d);
            kpi["targets"] = JsonNode.Parse("""[ { "year": "FY2020", "value": 5, "eachYear": true, "note": "毎年5人" } ]""");
            kpi["observations"] = JsonNode.Parse("""[ { "year": "FY2022", "value": 5 }, { "year": "FY2023", "value": 4 } ]""");
        });
        var strategy = StrategyJson.Read(json).GetValueOrThrow();

        var fy2022 = new StrategyGrader().Grade(strategy, new FiscalYear(2022), "azumino").Evaluations.Single(e => e.Indicator.Id == "k1-1-1").Result;
        var fy2023 = new StrategyGrader().Grade(strategy, new FiscalYear(2023), "azumino").Evaluations.Single(e => e.Indicator.Id == "k1-1-1").Result;

        Assert.Equal(("A", 5m, new FiscalYear(2020)), (fy2022.Grade.Code, fy2022.Numbers.Target, fy2022.Numbers.TargetYear));
        Assert.Equal("B", fy2023.Grade.Code); // 4 / 5 = 80 %
    }

    [Fact]
    public void Each_year_is_written_only_when_true_and_read_back_the_same()
    {
        var json = TestDocument.With(d => TestDocument.FirstKpi(d)["targets"] = JsonNode.Parse("""[ { "year": "FY2020", "value": 5, "eachYear": true }, { "year": "FY2024", "value": 8, "eachYear": false } ]"""));
        var strategy = StrategyJson.Read(json).GetValueOrThrow();
        var written = StrategyJson.Write(strategy);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(written, "\"eachYear\": true"));
        Assert.DoesNotContain("\"eachYear\": false", written, StringComparison.Ordinal);
        Assert.Equal(written, StrategyJson.Write(StrategyJson.Read(written).GetValueOrThrow()));
    }
}
