using System.Text.Json;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

/// <summary>
/// Priority levels (domain.md, "Ami": measures sit on four levels, 1 必須施策 … 4 構想; roll-ups are
/// filterable by level; KGIs are reported apart from KPIs). A small Ami-style strategy built in code,
/// FY2025–FY2027, graded for FY2025 with the Ami policy (tolerance 0). Every KPI runs from a current
/// value of 10 to an FY2027 target of 20 (higher is better); the FY2025 actuals are made up so that
/// each grade is known by hand: 25 ≥ 20 → 達成; 15 → 改善; 10 → 横ばい; 5 → 悪化; none → 測定不能.
/// <code>
/// g1  KGI g1-kgi (277,835 → 284,394; made-up 280,000 → 改善)
///     m1    level 1   k1  25 → 達成
///     m2    level 2   k2a 15 → 改善, k2b 10 → 横ばい
///       m2-1 (no level: inherits 2)   k2c 5 → 悪化
/// g2  KGI g2-kgi (社会増数 568 → 339; made-up 400 → 達成)
///     m3    level 2   k3  no actual → 測定不能
///     m4    level 3   only a KGI, g2-kgi2 (10 → 20; made-up 5 → 悪化)
///     m5    no level  k5  25 → 達成
/// </code>
/// </summary>
public sealed class PriorityLevelTests
{
    private static readonly FiscalYear Fy2025 = new(2025);
    private static readonly FiscalYear Fy2027 = new(2027);

    private static readonly Strategy Ami = new Strategy(
        "ami-test",
        new Municipality("テスト町"),
        "テスト総合戦略",
        new FiscalYearRange(Fy2025, Fy2027))
    {
        GradingPolicy = "ami",
        Goals = ValueList<BasicGoal>.Of(
            new BasicGoal("g1", "1", "あみらしい多様な働き方ができるまち")
            {
                Indicators = ValueList<Indicator>.Of(Make("g1-kgi", IndicatorKind.Kgi, 277_835m, 284_394m, 280_000m)),
                Measures = ValueList<Measure>.Of(
                    new Measure("m1", "1-1", "必須施策") { PriorityLevel = 1, Indicators = ValueList<Indicator>.Of(Kpi("k1", 25m)) },
                    new Measure("m2", "1-2", "コア施策")
                    {
                        PriorityLevel = 2,
                        Indicators = ValueList<Indicator>.Of(Kpi("k2a", 15m), Kpi("k2b", 10m)),
                        SubMeasures = ValueList<Measure>.Of(new Measure("m2-1", "1-2-①", "コア施策の細目") { Indicators = ValueList<Indicator>.Of(Kpi("k2c", 5m)) }),
                    }),
            },
            new BasicGoal("g2", "2", "魅力を発信し、新たな人の流れをつくるまち")
            {
                Indicators = ValueList<Indicator>.Of(Make("g2-kgi", IndicatorKind.Kgi, 568m, 339m, 400m)),
                Measures = ValueList<Measure>.Of(
                    new Measure("m3", "2-1", "コア施策") { PriorityLevel = 2, Indicators = ValueList<Indicator>.Of(Kpi("k3", null)) },
                    new Measure("m4", "2-2", "目標") { PriorityLevel = 3, Indicators = ValueList<Indicator>.Of(Make("g2-kgi2", IndicatorKind.Kgi, 10m, 20m, 5m)) },
                    new Measure("m5", "2-3", "順位なし") { Indicators = ValueList<Indicator>.Of(Kpi("k5", 25m)) }),
            }),
    };

    private static readonly EvaluationReport Report = EvaluationReport.Create(Ami, Fy2025, GradingPolicies.Ami);

    [Fact]
    public void The_grades_are_the_hand_computed_ones()
    {
        var grades = Report.Evaluations.ToDictionary(e => e.Indicator.Id, e => e.Result.Grade.Code);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["g1-kgi"] = "Improved",
                ["k1"] = "Achieved",
                ["k2a"] = "Improved",
                ["k2b"] = "Unchanged",
                ["k2c"] = "Worsened",
                ["g2-kgi"] = "Achieved",
                ["k3"] = "NotMeasurable",
                ["g2-kgi2"] = "Worsened",
                ["k5"] = "Achieved",
            },
            grades);
    }

    [Fact]
    public void The_priority_levels_are_those_of_measures_holding_kpis_in_ascending_order()
    {
        // Levels 1 and 2 hold KPIs; level 3 (m4) holds only a KGI and m5 has no level.
        Assert.Equal(new[] { 1, 2 }, Report.PriorityLevels);
    }

    [Fact]
    public void Each_evaluation_carries_its_measures_level_and_a_sub_measure_inherits_its_parents()
    {
        var levels = Report.Evaluations.Where(e => e.Indicator.Kind == IndicatorKind.Kpi).ToDictionary(e => e.Indicator.Id, e => e.PriorityLevel);

        Assert.Equal(1, levels["k1"]);
        Assert.Equal(2, levels["k2a"]);
        Assert.Equal(2, levels["k2b"]);
        Assert.Equal(2, levels["k2c"]);
        Assert.Equal(2, levels["k3"]);
        Assert.Null(levels["k5"]);
        Assert.Null(Report.Evaluations.Single(e => e.Indicator.Id == "g1-kgi").PriorityLevel);
        Assert.Null(Report.Evaluations.Single(e => e.Indicator.Id == "g2-kgi").PriorityLevel);
    }

    [Fact]
    public void Kpis_at_a_level_are_tallied_by_grade()
    {
        // Level 1: k1 達成 — 1 of 1, 100 %.
        var one = Report.KpisAtPriorityLevel(1);
        Assert.Equal(1, one.Total);
        Assert.Equal(1, one.CountOf("Achieved"));
        Assert.Equal(100m, one.Rows.Single(r => r.Grade.Code == "Achieved").Percent);

        // Level 2: k2a 改善, k2b 横ばい, k2c 悪化 (inherited), k3 測定不能 — 4 KPIs, 25 % each.
        var two = Report.KpisAtPriorityLevel(2);
        Assert.Equal(4, two.Total);
        Assert.Equal(
            new[] { ("Achieved", 0, 0m), ("Improved", 1, 25m), ("Unchanged", 1, 25m), ("Worsened", 1, 25m), ("NotMeasurable", 1, 25m) },
            two.Rows.Select(r => (r.Grade.Code, r.Count, r.Percent)).ToArray());

        // Level 3 holds only a KGI, level 4 nothing: no KPIs.
        Assert.Equal(0, Report.KpisAtPriorityLevel(3).Total);
        Assert.Equal(0, Report.KpisAtPriorityLevel(4).Total);
        Assert.All(Report.KpisAtPriorityLevel(3).Rows, r => Assert.Equal(0, r.Count));
    }

    [Fact]
    public void Kgis_are_tallied_apart_from_kpis_wherever_they_sit()
    {
        // KPIs: k1, k2a, k2b, k2c, k3, k5 = 6 (達成 2, 改善 1, 横ばい 1, 悪化 1, 測定不能 1).
        Assert.Equal(6, Report.Kpis.Total);
        Assert.Equal((2, 1, 1, 1, 1), (Report.Kpis.CountOf("Achieved"), Report.Kpis.CountOf("Improved"), Report.Kpis.CountOf("Unchanged"), Report.Kpis.CountOf("Worsened"), Report.Kpis.CountOf("NotMeasurable")));

        // KGIs: g1-kgi 改善, g2-kgi 達成, g2-kgi2 (under m4) 悪化 = 3.
        Assert.Equal(3, Report.GoalIndicators.Total);
        Assert.Equal((1, 1, 1), (Report.GoalIndicators.CountOf("Improved"), Report.GoalIndicators.CountOf("Achieved"), Report.GoalIndicators.CountOf("Worsened")));

        // Per goal: g1 has 1 KGI and 4 KPIs; g2 has 2 KGIs and 2 KPIs. The level tallies hold KPIs only:
        // 1 + 4 = 5 of the 6 (k5 has no level).
        var g1 = Report.Goals.Single(g => g.Goal.Id == "g1");
        var g2 = Report.Goals.Single(g => g.Goal.Id == "g2");
        Assert.Equal((1, 4), (g1.GoalIndicators.Total, g1.Kpis.Total));
        Assert.Equal((2, 2), (g2.GoalIndicators.Total, g2.Kpis.Total));
        Assert.Equal(5, Report.PriorityLevels.Sum(l => Report.KpisAtPriorityLevel(l).Total));
        Assert.Equal(0, Report.Measures.Single(m => m.Measure.Id == "m4").Kpis.Total);
        Assert.Equal(3, Report.Measures.Single(m => m.Measure.Id == "m2").Kpis.Total);
    }

    [Fact]
    public void A_sub_measure_with_a_level_of_its_own_keeps_it()
    {
        var strategy = Ami with
        {
            Goals = ValueList<BasicGoal>.Of(new BasicGoal("g", "1", "目標")
            {
                Measures = ValueList<Measure>.Of(new Measure("m", "1", "必須施策")
                {
                    PriorityLevel = 1,
                    Indicators = ValueList<Indicator>.Of(Kpi("a", 25m)),
                    SubMeasures = ValueList<Measure>.Of(new Measure("m-1", "1-①", "構想") { PriorityLevel = 4, Indicators = ValueList<Indicator>.Of(Kpi("b", 5m)) }),
                }),
            }),
        };

        var report = EvaluationReport.Create(strategy, Fy2025, GradingPolicies.Ami);

        Assert.Equal(new[] { 1, 4 }, report.PriorityLevels);
        Assert.Equal(4, report.Evaluations.Single(e => e.Indicator.Id == "b").PriorityLevel);
        Assert.Equal((1, 1), (report.KpisAtPriorityLevel(4).Total, report.KpisAtPriorityLevel(4).CountOf("Worsened")));
        Assert.Equal((1, 1), (report.KpisAtPriorityLevel(1).Total, report.KpisAtPriorityLevel(1).CountOf("Achieved")));
    }

    [Fact]
    public void Without_ranked_measures_there_are_no_levels()
    {
        var unranked = Ami with
        {
            Goals = ValueList<BasicGoal>.Of(new BasicGoal("g", "1", "目標")
            {
                Measures = ValueList<Measure>.Of(new Measure("m", "1", "施策") { Indicators = ValueList<Indicator>.Of(Kpi("a", 25m)) }),
            }),
        };

        var report = EvaluationReport.Create(unranked, Fy2025, GradingPolicies.Ami);
        using var doc = JsonDocument.Parse(EvaluationReportJson.Write(report));

        Assert.Empty(report.PriorityLevels);
        Assert.Equal(0, doc.RootElement.GetProperty("tallies").GetProperty("kpisByPriorityLevel").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("indicators")[0].GetProperty("priorityLevel").ValueKind);
    }

    [Fact]
    public void The_json_report_has_each_indicators_level_and_the_kpis_by_level()
    {
        using var doc = JsonDocument.Parse(EvaluationReportJson.Write(Report));
        var root = doc.RootElement;
        var indicators = root.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);

        Assert.Equal(9, indicators.Count);
        Assert.Equal(1, indicators["k1"].GetProperty("priorityLevel").GetInt32());
        Assert.Equal(2, indicators["k2a"].GetProperty("priorityLevel").GetInt32());
        Assert.Equal(2, indicators["k2c"].GetProperty("priorityLevel").GetInt32());
        Assert.Equal(2, indicators["k3"].GetProperty("priorityLevel").GetInt32());
        Assert.Equal(JsonValueKind.Null, indicators["k5"].GetProperty("priorityLevel").ValueKind);
        Assert.Equal(JsonValueKind.Null, indicators["g1-kgi"].GetProperty("priorityLevel").ValueKind);
        Assert.Equal("kgi", indicators["g1-kgi"].GetProperty("kind").GetString());
        Assert.Equal("kpi", indicators["k1"].GetProperty("kind").GetString());
        Assert.Equal("m2-1", indicators["k2c"].GetProperty("measure").GetString());

        var tallies = root.GetProperty("tallies");
        var byLevel = tallies.GetProperty("kpisByPriorityLevel").EnumerateArray().ToList();
        Assert.Equal(new[] { 1, 2 }, byLevel.Select(l => l.GetProperty("priorityLevel").GetInt32()).ToArray());
        Assert.Equal(1, byLevel[0].GetProperty("kpis").GetProperty("total").GetInt32());
        Assert.Equal(4, byLevel[1].GetProperty("kpis").GetProperty("total").GetInt32());
        Assert.Equal(1, Count(byLevel[0].GetProperty("kpis"), "Achieved"));
        Assert.Equal(
            new[] { ("Achieved", 0, 0m), ("Improved", 1, 25m), ("Unchanged", 1, 25m), ("Worsened", 1, 25m), ("NotMeasurable", 1, 25m) },
            byLevel[1].GetProperty("kpis").GetProperty("rows").EnumerateArray()
                .Select(r => (r.GetProperty("grade").GetString()!, r.GetProperty("count").GetInt32(), r.GetProperty("percent").GetDecimal()))
                .ToArray());

        Assert.Equal(6, tallies.GetProperty("kpis").GetProperty("total").GetInt32());
        Assert.Equal(3, tallies.GetProperty("goalIndicators").GetProperty("total").GetInt32());
        Assert.Equal(1, Count(tallies.GetProperty("goalIndicators"), "Worsened"));
    }

    private static int Count(JsonElement tally, string grade)
        => tally.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("grade").GetString() == grade).GetProperty("count").GetInt32();

    // A KPI from 10 to 20 (higher is better) with a made-up FY2025 actual, or none.
    private static Indicator Kpi(string id, decimal? madeUpActual) => Make(id, IndicatorKind.Kpi, 10m, 20m, madeUpActual);

    private static Indicator Make(string id, IndicatorKind kind, decimal current, decimal fy2027Target, decimal? madeUpActual)
        => new(id, kind, "指標 " + id, new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = current, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2024)) },
            Targets = ValueList<Target>.Of(new Target(Fy2027) { Value = fy2027Target }),
            Observations = madeUpActual is null ? ValueList<Observation>.Empty : ValueList<Observation>.Of(new Observation(Fy2025) { Value = madeUpActual }),
        };
}
