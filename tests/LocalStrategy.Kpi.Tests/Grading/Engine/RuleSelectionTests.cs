using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// Which rule grades an indicator and what its result carries, where mutation testing found no test
/// that pinned them: plan years open at one end, direction filters, the rule a missing target is
/// reported under, the numbers a not-gradable result keeps, and the baseline reasons of the first year.
/// </summary>
public sealed class RuleSelectionTests
{
    private static readonly string NotGradable = global::LocalStrategy.Kpi.Grading.Grade.NotGradable.Code;
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2025), new FiscalYear(2029));

    private static IGradingPolicy Policy(string rules, string? notGradable = null) => GradingPolicies.Create(Valid(With(d =>
    {
        Version(d)["rules"] = JsonNode.Parse(rules);
        if (notGradable is not null)
        {
            Version(d)["notGradable"] = JsonNode.Parse(notGradable);
        }
    })));

    private static GradeResult Grade(IGradingPolicy policy, Indicator indicator, int year) => policy.Evaluate(indicator, new GradingContext(new FiscalYear(year), Plan));

    // Higher is better, graded by its target: baseline 50 (FY2024), target 100 each year from FY2025 to FY2029.
    private static Indicator Kpi(decimal? baseline = 50m, Direction direction = Direction.HigherIsBetter, params (int Year, decimal? Value)[] actuals)
        => new("k", IndicatorKind.Kpi, "指標", new Unit("件"), direction, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = baseline is null ? null : new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2024)) },
            Targets = ValueList<Target>.From(Enumerable.Range(2025, 5).Select(y => new Target(new FiscalYear(y)) { Value = 100m })),
            Observations = ValueList<Observation>.From(actuals.Select(a => new Observation(new FiscalYear(a.Year)) { Value = a.Value })),
        };

    private const string RateBands = """ "bands": [ { "grade": "A", "op": ">=", "value": 1 }, { "grade": "C", "op": "otherwise" } ] """;

    [Theory]
    [InlineData(2025)]  // year 1: the rule for year 3 on does not apply; the result names the first rule of the indicator's basis
    [InlineData(2027)]
    public void A_rule_open_at_its_last_year_applies_from_its_first_year_on(int year)
    {
        var policy = Policy("[ { \"id\": \"trend.rate\", \"en\": \"T.\", \"ja\": \"T。\", \"basis\": [ \"trend\" ], \"measure\": \"achievementRate\", \"target\": \"year\", " + RateBands + " },"
            + "  { \"id\": \"late.rate\", \"en\": \"L.\", \"ja\": \"L。\", \"basis\": [ \"target\" ], \"measure\": \"achievementRate\", \"target\": \"year\", \"planYears\": { \"first\": 3 }, " + RateBands + " } ]");

        var result = Grade(policy, Kpi(actuals: [(2025, 120m), (2027, 120m)]), year);

        Assert.Equal("late.rate", result.Rule.Id);
        Assert.Equal(year >= 2027 ? "A" : NotGradable, result.Grade.Code);
        Assert.Equal(year >= 2027 ? NotGradableReason.None : NotGradableReason.NotApplicable, result.Reason);
    }

    [Theory]
    [InlineData(2026, "A")]
    [InlineData(2027, null)]
    public void A_rule_open_at_its_first_year_applies_up_to_its_last_year(int year, string? grade)
    {
        var policy = Policy("[ { \"id\": \"early\", \"en\": \"E.\", \"ja\": \"E。\", \"measure\": \"achievementRate\", \"target\": \"year\", \"planYears\": { \"last\": 2 }, " + RateBands + " } ]");

        var result = Grade(policy, Kpi(actuals: [(2026, 120m), (2027, 120m)]), year);

        Assert.Equal(grade ?? NotGradable, result.Grade.Code);
    }

    [Fact]
    public void A_rule_for_other_directions_does_not_grade_an_indicator()
    {
        var policy = Policy("[ { \"id\": \"lower\", \"en\": \"Lower.\", \"ja\": \"減少。\", \"directions\": [ \"lowerIsBetter\" ], \"measure\": \"achievementRate\", \"target\": \"year\", \"bands\": [ { \"grade\": \"B\", \"op\": \"otherwise\" } ] },"
            + "  { \"id\": \"any\", \"en\": \"Any.\", \"ja\": \"全て。\", \"measure\": \"achievementRate\", \"target\": \"year\", " + RateBands + " } ]");

        Assert.Equal("any", Grade(policy, Kpi(actuals: [(2025, 120m)]), 2025).Rule.Id);
        Assert.Equal("lower", Grade(policy, Kpi(direction: Direction.LowerIsBetter, actuals: [(2025, 120m)]), 2025).Rule.Id);
    }

    [Fact]
    public void A_missing_target_is_reported_under_the_first_rule_that_applies()
    {
        var policy = Policy("""
            [ { "id": "first", "en": "F.", "ja": "F。", "measure": "achievementRate", "target": "year", "bands": [ { "grade": "A", "op": "otherwise" } ] },
              { "id": "second", "en": "S.", "ja": "S。", "measure": "achievementRate", "target": "final", "bands": [ { "grade": "A", "op": "otherwise" } ] } ]
            """);
        var kpi = Kpi(actuals: [(2025, 120m)]) with { Targets = ValueList<Target>.Empty };

        var result = Grade(policy, kpi, 2025);

        Assert.Equal(NotGradableReason.NoTarget, result.Reason);
        Assert.Equal("first", result.Rule.Id);
    }

    // A rule that can pass an indicator on carries the baseline when any later rule uses it (here the
    // third of four), and only then; an earlier rule that uses it does not count.
    private const string PassingRules = """
        [ { "id": "change", "en": "C.", "ja": "C。", "basis": [ "trend" ], "measure": "changeFromBaseline", "bands": [ { "grade": "A", "op": "otherwise" } ] },
          { "id": "rate", "en": "R.", "ja": "R。", "measure": "achievementRate", "target": "year",
            "bands": [ { "grade": "A", "op": ">=", "value": 1 }, { "next": true, "op": "otherwise" } ] },
          { "id": "LAST", "en": "L.", "ja": "L。", "measure": "MEASURE", "target": "year", "bands": [ { "grade": "C", "op": "otherwise" } ] },
          { "id": "rest", "en": "R.", "ja": "R。", "measure": "achievementRate", "target": "year", "bands": [ { "grade": "C", "op": "otherwise" } ] } ]
        """;

    [Theory]
    [InlineData("changeFromBaseline", 50)]
    [InlineData("achievementRate", null)]
    public void A_passing_rule_carries_the_baseline_only_for_a_later_rule_that_uses_it(string lastMeasure, int? baseline)
    {
        var policy = Policy(PassingRules.Replace("MEASURE", lastMeasure, StringComparison.Ordinal).Replace("LAST", "last", StringComparison.Ordinal));

        var result = Grade(policy, Kpi(actuals: [(2025, 120m)]), 2025);

        Assert.Equal("rate", result.Rule.Id);
        Assert.Equal("A", result.Grade.Code);
        Assert.Equal(baseline, result.Numbers.Baseline);
    }

    [Fact]
    public void A_not_gradable_result_keeps_only_the_numbers_its_rule_uses()
    {
        var rate = Policy("[ { \"id\": \"rate\", \"en\": \"R.\", \"ja\": \"R。\", \"measure\": \"achievementRate\", \"target\": \"year\", " + RateBands + " } ]");
        var change = Policy("""[ { "id": "change", "en": "C.", "ja": "C。", "measure": "changeFromBaseline", "bands": [ { "grade": "A", "op": ">", "value": 0 }, { "grade": "C", "op": "otherwise" } ] } ]""");
        var kpi = Kpi(actuals: [(2025, 80m), (2026, null)]);

        var byRate = Grade(rate, kpi, 2026);
        var byChange = Grade(change, kpi, 2026);

        Assert.Equal(NotGradableReason.NoActual, byRate.Reason);
        Assert.Null(byRate.Numbers.Baseline);
        Assert.Null(byRate.Numbers.PreviousActual);
        Assert.Equal(100m, byRate.Numbers.Target);
        Assert.Equal(NotGradableReason.NoActual, byChange.Reason);
        Assert.Equal(50m, byChange.Numbers.Baseline);
        Assert.Null(byChange.Numbers.PreviousActual);
    }

    [Fact]
    public void A_pro_rated_target_does_not_carry_the_baseline_and_a_straight_line_does()
    {
        static IGradingPolicy Path(string target) => Policy("[ { \"id\": \"p\", \"en\": \"P.\", \"ja\": \"P。\", \"measure\": \"achievementRate\", \"target\": \"" + target + "\", " + RateBands + " } ]");
        var kpi = Kpi(actuals: [(2025, 90m)]);

        var proRated = Grade(Path("proRated"), kpi, 2025);
        var straight = Grade(Path("straightLine"), kpi, 2025);

        Assert.Equal(20m, proRated.Numbers.Target);   // 100 × 1/5
        Assert.Null(proRated.Numbers.Baseline);
        Assert.Equal(60m, straight.Numbers.Target);   // 50 + (100 − 50) × 1/5
        Assert.Equal(50m, straight.Numbers.Baseline);
        Assert.Null(straight.Numbers.PreviousActual);
    }

    [Fact]
    public void A_rule_whose_measure_is_undefined_for_an_indicator_stops_there_as_not_applicable()
    {
        // A change has no better side for a range indicator without a target to be close to.
        var policy = Policy("[ { \"id\": \"change\", \"en\": \"C.\", \"ja\": \"C。\", \"measure\": \"changeFromBaseline\", \"bands\": [ { \"grade\": \"A\", \"op\": \">\", \"value\": 0 }, { \"grade\": \"C\", \"op\": \"otherwise\" } ] },"
            + "  { \"id\": \"rate\", \"en\": \"R.\", \"ja\": \"R。\", \"measure\": \"achievementRate\", \"target\": \"year\", " + RateBands + " } ]");
        var kpi = Kpi(baseline: 11m, Direction.WithinRange, [(2025, 12m)]) with
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2025)) { Comparison = TargetComparison.Between, Min = 10m, Max = 15m }),
        };

        var result = Grade(policy, kpi, 2025);

        Assert.Equal("change", result.Rule.Id);
        Assert.Equal(NotGradableReason.NotApplicable, result.Reason);
        Assert.Equal(12m, result.Numbers.Actual);
    }

    [Fact]
    public void A_change_from_the_previous_year_in_the_first_year_needs_the_baseline()
    {
        var policy = Policy("""[ { "id": "prev", "en": "P.", "ja": "P。", "measure": "changeFromPrevious", "bands": [ { "grade": "A", "op": ">", "value": 0 }, { "grade": "C", "op": "otherwise" } ] } ]""");

        Assert.Equal(NotGradableReason.NoBaseline, Grade(policy, Kpi(baseline: null, actuals: [(2025, 80m)]), 2025).Reason);
        Assert.Equal("A", Grade(policy, Kpi(actuals: [(2025, 80m)]), 2025).Grade.Code);
    }

    [Fact]
    public void A_pro_rated_target_needs_no_baseline_so_a_missing_actual_is_what_is_reported()
    {
        // noBaseline is listed first, but it cannot hold for a pro-rated rate: it needs no baseline.
        var policy = Policy(
            "[ { \"id\": \"p\", \"en\": \"P.\", \"ja\": \"P。\", \"measure\": \"achievementRate\", \"target\": \"proRated\", " + RateBands + " } ]",
            """[ { "reason": "noBaseline", "grade": "N" }, { "reason": "noActual", "grade": "N" } ]""");

        var result = Grade(policy, Kpi(baseline: null, actuals: [(2025, null)]), 2025);

        Assert.Equal(NotGradableReason.NoActual, result.Reason);
    }

    [Fact]
    public void A_straight_line_rule_judges_a_range_target_as_it_stands()
    {
        var policy = Policy("""[ { "id": "s", "en": "S.", "ja": "S。", "measure": "achievementRate", "target": "straightLine", "bands": [ { "grade": "A", "op": ">=", "value": 1 }, { "grade": "C", "op": "otherwise" } ] } ]""");
        var kpi = Kpi(baseline: null, Direction.WithinRange, [(2025, 12m)]) with
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2029)) { Comparison = TargetComparison.Between, Min = 10m, Max = 15m }),
        };

        var result = Grade(policy, kpi, 2025);

        Assert.Equal("A", result.Grade.Code);
        Assert.Equal(NotGradableReason.None, result.Reason);
        Assert.Equal(10m, result.Numbers.TargetMin);
    }
}
