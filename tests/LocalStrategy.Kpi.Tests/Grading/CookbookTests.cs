using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading;

/// <summary>
/// Every worked example of docs/cookbook.md, run on the documents the page shows: the built-ins and
/// docs/cookbook/*.json (copied beside the tests). A change to a document or to the engine that
/// changes an example fails here.
/// </summary>
public sealed class CookbookTests
{
    private static readonly FiscalYearRange Azumino2nd = new(new FiscalYear(2020), new FiscalYear(2024));
    private static readonly FiscalYearRange Ina3rd = new(new FiscalYear(2025), new FiscalYear(2029));
    private static readonly FiscalYearRange Ami3rd = new(new FiscalYear(2025), new FiscalYear(2027));
    private static readonly FiscalYearRange Plan2029 = new(new FiscalYear(2025), new FiscalYear(2029));

    private static IGradingPolicy Cookbook(string file)
    {
        var read = PolicyJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "cookbook", file));
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        return GradingPolicies.Create(read.Value!);
    }

    private static Indicator Kpi(string id, Direction direction, GradingBasis basis, decimal? baseline, int baselineYear, (int Year, decimal Value)[] targets, params (int Year, decimal Value)[] actuals)
        => new(id, IndicatorKind.Kpi, "指標", new Unit("人"), direction, ValueKind.Level, basis)
        {
            Baseline = baseline is null ? null : new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(baselineYear)) },
            Targets = ValueList<Target>.From(targets.Select(t => new Target(new FiscalYear(t.Year)) { Value = t.Value })),
            Observations = ValueList<Observation>.From(actuals.Select(a => new Observation(new FiscalYear(a.Year)) { Value = a.Value })),
        };

    private static GradeResult Grade(IGradingPolicy policy, Indicator indicator, int year, FiscalYearRange plan)
        => policy.Evaluate(indicator, new GradingContext(new FiscalYear(year), plan));

    [Fact]
    public void Azumino_farmers_272_of_280_is_B()
    {
        var result = Grade(GradingPolicies.Azumino, Kpi("認定農業者数", Direction.HigherIsBetter, GradingBasis.Target, null, 2019, new[] { (2020, 280m) }, (2020, 272m)), 2020, Azumino2nd);

        Assert.Equal(("B", "azumino.1"), (result.Grade.Code, result.Rule.Id));
        Assert.Equal("97.1%", result.Numbers.Rate.ToPercentString(1));
    }

    [Fact]
    public void Azumino_natural_change_minus_508_against_minus_473_is_B_at_93_1_percent()
    {
        var result = Grade(GradingPolicies.Azumino, Kpi("自然増減数", Direction.HigherIsBetter, GradingBasis.Target, null, 2019, new[] { (2020, -473m) }, (2020, -508m)), 2020, Azumino2nd);

        Assert.Equal("B", result.Grade.Code);
        Assert.Equal(473m / 508m, result.Numbers.Rate.Value);
        Assert.Equal("93.1%", result.Numbers.Rate.ToPercentString(1));
    }

    [Fact]
    public void Azumino_waiting_list_children_7_to_11_is_D_by_rule_2()
    {
        var result = Grade(GradingPolicies.Azumino, Kpi("待機児童数", Direction.LowerIsBetter, GradingBasis.Trend, 7m, 2019, Array.Empty<(int, decimal)>(), (2020, 11m)), 2020, Azumino2nd);

        Assert.Equal(("D", "azumino.2"), (result.Grade.Code, result.Rule.Id));
        Assert.Equal(7m, result.Numbers.PreviousActual);
    }

    [Fact]
    public void Ina_118_in_FY2026_needs_effort_against_the_final_value_and_is_mostly_on_track_on_the_straight_line()
    {
        var kpi = Kpi("ina", Direction.HigherIsBetter, GradingBasis.Target, 100m, 2023, new[] { (2029, 160m) }, (2026, 118m));

        var final = Grade(GradingPolicies.Ina, kpi, 2026, Ina3rd);
        var path = Grade(new PolicyRegistry().Get("ina-straight-line"), kpi, 2026, Ina3rd);

        Assert.Equal(("NeedsEffort", "ina.final"), (final.Grade.Code, final.Rule.Id));
        Assert.Equal(118m / 160m, final.Numbers.Rate.Value); // 73.75 %
        Assert.Equal(("MostlyOnTrack", "ina.path"), (path.Grade.Code, path.Rule.Id));
        Assert.Equal(130m, path.Numbers.Target); // 100 + 60 × 3/6
        Assert.Equal("90.8%", path.Numbers.Rate.ToPercentString(1));
    }

    [Theory]
    [InlineData("400", "Achieved", "ami.achieved")] // 400 ≥ 339, although below the current value 568
    [InlineData("300", "Worsened", "ami.baseline")] // not met; 300 < 568
    public void Ami_social_increase_568_to_339(string actual, string grade, string rule)
    {
        var kpi = Kpi("社会増数", Direction.HigherIsBetter, GradingBasis.Target, 568m, 2024, new[] { (2027, 339m) }, (2027, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

        var result = Grade(GradingPolicies.Ami, kpi, 2027, Ami3rd);

        Assert.Equal((grade, rule), (result.Grade.Code, result.Rule.Id));
        Assert.Equal(568m, result.Numbers.Baseline);
    }

    [Theory]
    [InlineData(2026, "350", "○", "maru.proRated", "400")] // year 2 of 5: 1,000 × 2/5 = 400; 87.5 %
    [InlineData(2026, "200", "△", "maru.proRated", "400")] // 50 %, inside △ (minInclusive)
    [InlineData(2026, "180", "×", "maru.proRated", "400")] // 45 %
    [InlineData(2029, "1000", "◎", "maru.year", "1000")]   // the year's own target: 100 %
    public void Maru_batsu_pro_rates_a_cumulative_target(int year, string actual, string grade, string rule, string judged)
    {
        var kpi = Kpi("延べ参加者数", Direction.HigherIsBetter, GradingBasis.Target, null, 2024, new[] { (2029, 1000m) }, (year, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

        var result = Grade(Cookbook("maru-batsu.json"), kpi, year, Plan2029);

        Assert.Equal((grade, rule), (result.Grade.Code, result.Rule.Id));
        Assert.Equal(decimal.Parse(judged, System.Globalization.CultureInfo.InvariantCulture), result.Numbers.Target);
    }

    [Theory]
    [InlineData(2026, "215", "B", "s.change")]      // +15 within ±20 (10 % of 200)
    [InlineData(2026, "220", "B", "s.change")]      // +20, the edge is inside
    [InlineData(2026, "230", "A", "s.change")]      // +30
    [InlineData(2026, "175", "C", "s.change")]      // −25
    [InlineData(2026, "270", "S", "s.met")]         // the final target 260 is met
    [InlineData(2028, "215", "A", "s.change.2027")] // from FY2027 ±5 % = ±10: +15 is better
    public void S_to_c_grades_against_the_target_then_the_baseline_with_a_tolerance_band(int year, string actual, string grade, string rule)
    {
        var kpi = Kpi("k", Direction.HigherIsBetter, GradingBasis.Target, 200m, 2024, new[] { (2029, 260m) }, (year, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

        var result = Grade(Cookbook("s-to-c.json"), kpi, year, Plan2029);

        Assert.Equal((grade, rule), (result.Grade.Code, result.Rule.Id));
    }

    [Fact]
    public void S_to_c_without_an_actual_is_a_dash()
    {
        var result = Grade(Cookbook("s-to-c.json"), Kpi("k", Direction.HigherIsBetter, GradingBasis.Target, 200m, 2024, new[] { (2029, 260m) }), 2026, Plan2029);

        Assert.Equal("-", result.Grade.Code);
        Assert.Equal("－ 評価なし", result.Grade.Label.Japanese);
        Assert.Equal(NotGradableReason.NoActual, result.Reason);
    }

    [Fact]
    public void S_to_c_overrides_one_indicator_in_FY2026_only()
    {
        var policy = Cookbook("s-to-c.json");
        var visitors = Kpi("event-visitors", Direction.HigherIsBetter, GradingBasis.Target, 200m, 2024, new[] { (2029, 260m) }, (2026, 120m), (2027, 120m));

        var overridden = Grade(policy, visitors, 2026, Plan2029);
        var graded = Grade(policy, visitors, 2027, Plan2029);

        Assert.Equal(("B", "s-to-c.override"), (overridden.Grade.Code, overridden.Rule.Id));
        Assert.Contains("typhoon", overridden.Rule.Description.English, StringComparison.Ordinal);
        Assert.Equal(("C", "s.change.2027"), (graded.Grade.Code, graded.Rule.Id)); // −80: worse
    }

    [Theory]
    [InlineData("maru-batsu.json")]
    [InlineData("s-to-c.json")]
    public void A_policy_written_only_as_json_grades_every_embedded_sample_from_csharp(string file)
    {
        var policy = Cookbook(file);
        foreach (var name in SampleDocuments.Names)
        {
            var strategy = SampleDocuments.Load(name);
            var report = EvaluationReport.Create(strategy, strategy.PlanPeriod.First, policy);

            Assert.Equal(strategy.AllIndicators().Count(), report.Evaluations.Count);
            Assert.All(report.Evaluations, e => Assert.Contains(e.Result.Grade, policy.Scale));
        }
    }

    [Fact]
    public void Maru_batsu_grades_Azuminos_farmers_in_the_sample_as_on_track()
    {
        // The sample records 275 against 280 for FY2020 (seed 000's table): 98.2 %, in ○ [80 %, 100 %).
        var strategy = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        var report = EvaluationReport.Create(strategy, new FiscalYear(2020), Cookbook("maru-batsu.json"));

        var farmers = report.Evaluations.Single(e => e.Indicator.Name.Contains("認定農業者", StringComparison.Ordinal));

        Assert.Equal(("○", "maru.year"), (farmers.Result.Grade.Code, farmers.Result.Rule.Id));
        Assert.Equal(275m / 280m, farmers.Result.Numbers.Rate.Value);
    }

    [Theory]
    [InlineData(2025, "300", "500")] // year 1 of 3: 900 × 1/3; 300 + 600 × 1/3
    [InlineData(2026, "600", "700")] // year 2 of 3: 900 × 2/3; 300 + 600 × 2/3
    [InlineData(2027, "900", "900")] // the year's own target
    public void Pro_rating_counts_the_plans_own_years_from_zero_and_a_straight_line_from_the_baseline(int year, string proRated, string straightLine)
    {
        // A three-year plan (FY2025-FY2027), baseline 300 in FY2024, final target 900 in FY2027 (docs/cookbook.md).
        var plan = new FiscalYearRange(new FiscalYear(2025), new FiscalYear(2027));
        var kpi = Kpi("延べ参加者数", Direction.HigherIsBetter, GradingBasis.Target, 300m, 2024, new[] { (2027, 900m) }, (year, 450m));

        var fromZero = Grade(Cookbook("maru-batsu.json"), kpi, year, plan);
        var fromBaseline = Grade(GradingPolicies.InaStraightLine, kpi, year, plan);

        Assert.Equal(decimal.Parse(proRated, System.Globalization.CultureInfo.InvariantCulture), fromZero.Numbers.Target);
        Assert.Equal(decimal.Parse(straightLine, System.Globalization.CultureInfo.InvariantCulture), fromBaseline.Numbers.Target);
    }

    [Fact]
    public void Pro_rating_an_eight_year_plan_takes_n_of_eight()
    {
        // FY2023-FY2030, final target 800: FY2026 is year 4 of 8, judged against 400.
        var plan = new FiscalYearRange(new FiscalYear(2023), new FiscalYear(2030));
        var kpi = Kpi("延べ参加者数", Direction.HigherIsBetter, GradingBasis.Target, null, 2022, new[] { (2030, 800m) }, (2026, 400m));

        var result = Grade(Cookbook("maru-batsu.json"), kpi, 2026, plan);

        Assert.Equal(("◎", "maru.proRated"), (result.Grade.Code, result.Rule.Id));
        Assert.Equal(400m, result.Numbers.Target);
    }

    [Theory]
    [InlineData(2025, "A", "plan.trend")]  // year 1: 110 against the baseline 100, better
    [InlineData(2026, "B", "plan.trend")]  // year 2: 110 against 110, equal
    [InlineData(2027, "A", "plan.target")] // year 3: 150 / 140 = 107 %
    [InlineData(2028, "C", "plan.target")] // year 4: 100 / 140 = 71 %
    public void Plan_years_grade_by_the_trend_in_years_one_and_two_and_by_the_target_from_year_three(int year, string grade, string rule)
    {
        var kpi = Kpi(
            "相談件数",
            Direction.HigherIsBetter,
            GradingBasis.Target,
            100m,
            2024,
            new[] { (2027, 140m), (2028, 140m) },
            (2025, 110m),
            (2026, 110m),
            (2027, 150m),
            (2028, 100m));

        var result = Grade(Cookbook("plan-years.json"), kpi, year, Plan2029);

        Assert.Equal((grade, rule), (result.Grade.Code, result.Rule.Id));
    }

    [Fact]
    public void A_rule_limited_to_plan_years_does_not_apply_outside_them()
    {
        // Year 3 without a target for the year: plan.trend is limited to years 1-2, so nothing grades.
        var kpi = Kpi("相談件数", Direction.HigherIsBetter, GradingBasis.Target, 100m, 2024, new[] { (2029, 140m) }, (2026, 110m), (2027, 120m));

        var result = Grade(Cookbook("plan-years.json"), kpi, 2027, Plan2029);

        Assert.False(result.IsGraded);
        Assert.Equal(NotGradableReason.NoTarget, result.Reason);
    }

    private static IGradingPolicy AzuminoWithTarget(string target)
    {
        var json = BuiltInPolicies.ReadJson("azumino")
            .Replace("\"name\": \"azumino\"", "\"name\": \"azumino-" + target.ToLowerInvariant() + "\"", StringComparison.Ordinal)
            .Replace("\"target\": \"year\"", "\"target\": \"" + target + "\"", StringComparison.Ordinal);
        var read = PolicyJson.Read(json);
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        return GradingPolicies.Create(read.Value!);
    }

    [Fact]
    public void A_target_dated_by_the_statistic_judges_each_actual_against_its_own_periods_target()
    {
        var plan = new FiscalYearRange(new FiscalYear(2015), new FiscalYear(2019));
        var kpi = Kpi("観光客数", Direction.HigherIsBetter, GradingBasis.Target, null, 2014, new[] { (2015, 120m), (2017, 150m) }, (2017, 126m));
        kpi = kpi with { Observations = ValueList<Observation>.Of(kpi.Observations[0] with { AsOf = JapanesePeriods.Parse("H27年度") }) };

        var byStatistic = Grade(AzuminoWithTarget("observationPeriod"), kpi, 2017, plan);
        var byYear = Grade(GradingPolicies.Azumino, kpi, 2017, plan);

        Assert.Equal(("A", 120m), (byStatistic.Grade.Code, byStatistic.Numbers.Target));
        Assert.Equal(("B", 150m), (byYear.Grade.Code, byYear.Numbers.Target));
    }

    [Fact]
    public void A_statistic_dated_before_the_first_fiscal_year_the_library_holds_is_not_gradable_not_a_crash()
    {
        // February 1900 falls in FY1899; no target can be dated so.
        var plan = new FiscalYearRange(new FiscalYear(1900), new FiscalYear(1904));
        var kpi = Kpi("観光客数", Direction.HigherIsBetter, GradingBasis.Target, null, 1900, new[] { (1900, 120m) }, (1900, 126m));
        kpi = kpi with { Observations = ValueList<Observation>.Of(kpi.Observations[0] with { AsOf = JapanesePeriods.Parse("1900-02") }) };

        var result = Grade(AzuminoWithTarget("observationPeriod"), kpi, 1900, plan);

        Assert.Equal(NotGradableReason.NoTarget, result.Reason);
    }

    [Fact]
    public void The_latest_target_up_to_the_year_holds_until_the_next()
    {
        var plan = new FiscalYearRange(new FiscalYear(2015), new FiscalYear(2019));
        var kpi = Kpi("観光客数", Direction.HigherIsBetter, GradingBasis.Target, null, 2014, new[] { (2015, 120m), (2018, 150m) }, (2017, 100m));

        var latest = Grade(AzuminoWithTarget("latestUpToYear"), kpi, 2017, plan);
        var byYear = Grade(GradingPolicies.Azumino, kpi, 2017, plan);

        Assert.Equal(("B", 120m), (latest.Grade.Code, latest.Numbers.Target));
        Assert.Equal("83.3%", latest.Numbers.Rate.ToPercentString(1));
        Assert.Equal(("NotGradable", NotGradableReason.NoTarget), (byYear.Grade.Code, byYear.Reason));
    }

    [Theory]
    [InlineData("相談件数", 2026, "108", "○")]
    [InlineData("相談件数", 2027, "112", "◎")]
    [InlineData("相談件数", 2028, "90", "○")]
    [InlineData("相談件数", 2029, "89", "×")]
    [InlineData("待機児童数", 2027, "22", "○")]
    [InlineData("待機児童数", 2027, "17", "◎")]
    [InlineData("待機児童数", 2027, "22.2", "×")]
    public void Same_as_the_target_is_within_ten_percent_of_a_target_written_once_for_every_year(string name, int year, string actual, string grade)
    {
        var lower = name == "待機児童数";
        var kpi = new Indicator("k", IndicatorKind.Kpi, name, new Unit(lower ? "人" : "件"), lower ? Direction.LowerIsBetter : Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2025)) { Value = lower ? 20m : 100m, EachYear = true }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(year)) { Value = decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture) }),
        };

        var result = Grade(Cookbook("same-as-target.json"), kpi, year, Plan2029);

        Assert.Equal((grade, "same.target", lower ? 20m : 100m), (result.Grade.Code, result.Rule.Id, result.Numbers.Target));
    }
}
