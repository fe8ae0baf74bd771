using System.Globalization;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Tests.Grading;
using Xunit;
using KpiGrade = LocalStrategy.Kpi.Grading.Grade;

namespace LocalStrategy.Kpi.Tests.Policies;

/// <summary>
/// Ina's grading (domain.md, "Ina"): 順調 rate ≥ 100 %, おおむね順調 ≥ 80 %, 努力を要する &lt; 80 %, 実績値なし
/// without an actual. The KPIs come from seed 003 (第３期伊那市地方創生総合戦略, FY2025–FY2029: a current
/// value, mostly R5, and one indicator value for R11 = FY2029). Seed 003 publishes no actuals: every
/// actual in this file is a MADE-UP TEST INPUT (named <c>madeUpActual</c>), chosen by hand to land in a
/// given band, and none of them belongs in the samples.
/// </summary>
public sealed class InaPolicyTests
{
    private static readonly FiscalYear R5 = new(2023);
    private static readonly FiscalYear Fy2026 = new(2026);
    private static readonly FiscalYear R11 = new(2029);

    // 003 L51–L53: 令和７年度から令和 11 年度まで = FY2025–FY2029.
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2025), R11);

    private static readonly InaPolicy ByPath = InaPolicy.StraightLine;

    // Seed 003 KPIs (extraction /work/scratch/003-extract.md, # = its KPI number, L = the seed's line).
    private static readonly Dictionary<string, Indicator> Seed = new(StringComparer.Ordinal)
    {
        // #85 L1946: 市内における CO2排出量 461,000t-CO2/年(R3) → 287,182t-CO2/年; lower is better; current is R3 = FY2021.
        ["CO2"] = Kpi("co2", "市内における CO2排出量", new Unit("t-CO2/年") { Per = FlowBasis.PerYear }, Direction.LowerIsBetter, ValueKind.AnnualFlow, 461_000m, 2021, 287_182m),

        // #61 L1654: がんによる死亡者数（人口 10 万対） 265.5 人/年(R5) → 238 人/年; lower is better.
        ["Cancer"] = Kpi("cancer", "がんによる死亡者数（人口 10 万対）", new Unit("人/年") { Per = FlowBasis.PerYear }, Direction.LowerIsBetter, ValueKind.AnnualFlow, 265.5m, 2023, 238m),

        // #23 L1194: 学校登山実施公立中学校数 全６校(R5) → 全６校; maintain.
        ["AllSixSchools"] = Kpi("schools", "学校登山実施公立中学校数", new Unit("校"), Direction.Maintain, ValueKind.Level, 6m, 2023, 6m),

        // #19 L1127: 放課後児童クラブ開設数 15 か所(R5) → 15 か所; maintain.
        ["FifteenSites"] = Kpi("clubs", "放課後児童クラブ開設数", new Unit("か所"), Direction.Maintain, ValueKind.Level, 15m, 2023, 15m),

        // #1 L935: 事業を通じた成婚者数 13 人/年(R5) → 20 人/年; an annual flow, higher is better.
        ["MarriagesPerYear"] = Kpi("marriages", "事業を通じた成婚者数", new Unit("人/年") { Per = FlowBasis.PerYear }, Direction.HigherIsBetter, ValueKind.AnnualFlow, 13m, 2023, 20m),

        // #30 L1296: 新規就農者延べ人数 195 人(R5) → 279 人; a running total (延べ), higher is better.
        ["NewFarmersCumulative"] = Kpi("farmers", "新規就農者延べ人数", new Unit("人"), Direction.HigherIsBetter, ValueKind.Cumulative, 195m, 2023, 279m),
    };

    // The made-up actuals for FY2029 (R11, the year of the indicator value) and the rate worked out by
    // hand, rounded half away from zero to 4 places:
    //   CO2 (lower is better, rate = 287,182 / a): 280,000 → 1.02565 順調; 320,000 → 0.89744375 おおむね順調;
    //     400,000 → 0.717955 努力を要する.
    //   Cancer (lower is better, rate = 238 / a): 224 → 1.0625 順調; 250 → 0.952 おおむね順調;
    //     320 → 0.74375 努力を要する.
    //   全６校 (maintain, rate = 1 − |a − 6| / 6): 6 → 1 順調; 5 → 5/6 = 0.8333 おおむね順調; 4 → 4/6 = 0.6667 努力を要する.
    //   15 か所 (maintain, rate = 1 − |a − 15| / 15): 15 → 1; 12 → 1 − 3/15 = 0.8 exactly, おおむね順調;
    //     18 → 0.8 as well (too many is as far off as too few); 11 → 1 − 4/15 = 0.7333 努力を要する.
    //   成婚者数 (/年, rate = a / 20, the year's flow alone): 22 → 1.1; 17 → 0.85; 15 → 0.75.
    //   新規就農者延べ人数 (延べ, rate = running total / 279): 279 → 1; 250 → 0.8961; 220 → 0.7885 — above the
    //     current 195, but below 80 % of 279 (223.2).
    [Theory]
    [InlineData("CO2", "280000", "OnTrack", "1.0257")]
    [InlineData("CO2", "320000", "MostlyOnTrack", "0.8974")]
    [InlineData("CO2", "400000", "NeedsEffort", "0.7180")]
    [InlineData("Cancer", "224", "OnTrack", "1.0625")]
    [InlineData("Cancer", "250", "MostlyOnTrack", "0.9520")]
    [InlineData("Cancer", "320", "NeedsEffort", "0.7438")]
    [InlineData("AllSixSchools", "6", "OnTrack", "1")]
    [InlineData("AllSixSchools", "5", "MostlyOnTrack", "0.8333")]
    [InlineData("AllSixSchools", "4", "NeedsEffort", "0.6667")]
    [InlineData("FifteenSites", "15", "OnTrack", "1")]
    [InlineData("FifteenSites", "12", "MostlyOnTrack", "0.8")]
    [InlineData("FifteenSites", "18", "MostlyOnTrack", "0.8")]
    [InlineData("FifteenSites", "11", "NeedsEffort", "0.7333")]
    [InlineData("MarriagesPerYear", "22", "OnTrack", "1.1")]
    [InlineData("MarriagesPerYear", "17", "MostlyOnTrack", "0.85")]
    [InlineData("MarriagesPerYear", "15", "NeedsEffort", "0.75")]
    [InlineData("NewFarmersCumulative", "279", "OnTrack", "1")]
    [InlineData("NewFarmersCumulative", "250", "MostlyOnTrack", "0.8961")]
    [InlineData("NewFarmersCumulative", "220", "NeedsEffort", "0.7885")]
    public void Seed_003_kpis_with_made_up_actuals_grade_by_the_hand_computed_rate(string kpi, string madeUpActual, string grade, string rate)
    {
        var indicator = WithActual(Seed[kpi], R11, D(madeUpActual));

        var result = Grade(indicator, R11);

        Assert.Equal(grade, result.Grade.Code);
        Assert.True(result.IsGraded);
        Assert.Equal("ina.year", result.Rule.Id);
        Assert.Equal(D(madeUpActual), result.Numbers.Actual);
        Assert.Equal(Seed[kpi].Targets[0].Value, result.Numbers.Target);
        Assert.Equal(R11, result.Numbers.TargetYear);
        Assert.Equal(RateKind.Finite, result.Numbers.Rate.Kind);
        Assert.Equal(D(rate), Math.Round(result.Numbers.Rate.Value, 4, MidpointRounding.AwayFromZero));
    }

    [Theory]
    [InlineData("CO2", "280000", "OnTrack")]
    [InlineData("Cancer", "250", "MostlyOnTrack")]
    [InlineData("FifteenSites", "11", "NeedsEffort")]
    [InlineData("NewFarmersCumulative", "220", "NeedsEffort")]
    public void By_default_an_interim_year_is_judged_against_the_R11_value_itself(string kpi, string madeUpActual, string grade)
    {
        // The same made-up actuals as above, reported for FY2026 (R8), which has no target of its own.
        var result = Grade(WithActual(Seed[kpi], Fy2026, D(madeUpActual)), Fy2026);

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal("ina.final", result.Rule.Id);
        Assert.Equal(Seed[kpi].Targets[0].Value, result.Numbers.Target);
        Assert.Equal(R11, result.Numbers.TargetYear);
    }

    [Fact]
    public void Lower_is_better_is_not_a_plain_actual_over_target()
    {
        // CO2: a made-up actual of 400,000 t-CO2/年 is far above the 287,182 target. actual / target =
        // 139 % would read 順調; the right rate is 287,182 / 400,000 = 71.8 %, 努力を要する.
        const decimal madeUpActual = 400_000m;
        var result = Grade(WithActual(Seed["CO2"], R11, madeUpActual), R11);

        Assert.Equal(InaPolicy.NeedsEffort, result.Grade);
        Assert.Equal(0.717955m, result.Numbers.Rate.Value);
    }

    // 80 % boundary for CO2 (lower is better): 287,182 / 0.8 = 358,977.5 gives exactly 0.8; the next
    // decimal step at the same scale, 358,977.6, gives 287,182 / 358,977.6 = 0.79999977… For the cancer
    // rate: 238 / 0.8 = 297.5. For the 延べ count: 0.8 × 279 = 223.2 exactly.
    [Theory]
    [InlineData("CO2", "358977.5", "MostlyOnTrack")]
    [InlineData("CO2", "358977.6", "NeedsEffort")]
    [InlineData("CO2", "287182", "OnTrack")]
    [InlineData("CO2", "287182.1", "MostlyOnTrack")]
    [InlineData("Cancer", "297.5", "MostlyOnTrack")]
    [InlineData("Cancer", "297.5000000000000000000000001", "NeedsEffort")]
    [InlineData("Cancer", "238", "OnTrack")]
    [InlineData("Cancer", "238.0000000000000000000000001", "MostlyOnTrack")]
    [InlineData("NewFarmersCumulative", "223.2", "MostlyOnTrack")]
    [InlineData("NewFarmersCumulative", "223.19999999999999999999999", "NeedsEffort")]
    public void Seed_003_boundaries_hold_to_the_last_digit(string kpi, string madeUpActual, string grade)
    {
        Assert.Equal(grade, Grade(WithActual(Seed[kpi], R11, D(madeUpActual)), R11).Grade.Code);
    }

    // Higher is better: rate = actual / target; one smallest decimal step either side of 100 % and 80 %.
    [Theory]
    [InlineData("100", "100.0000000000000000000000001", "OnTrack")]
    [InlineData("100", "100", "OnTrack")]
    [InlineData("100", "99.99999999999999999999999999", "MostlyOnTrack")]
    [InlineData("100", "80.00000000000000000000000001", "MostlyOnTrack")]
    [InlineData("100", "80", "MostlyOnTrack")]
    [InlineData("100", "79.99999999999999999999999999", "NeedsEffort")]
    [InlineData("1", "1", "OnTrack")]
    [InlineData("1", "0.9999999999999999999999999999", "MostlyOnTrack")]
    [InlineData("1", "0.8", "MostlyOnTrack")]
    [InlineData("1", "0.7999999999999999999999999999", "NeedsEffort")]
    [InlineData("20", "16", "MostlyOnTrack")]
    [InlineData("20", "15.99999999999999999999999999", "NeedsEffort")]
    [InlineData("100", "0", "NeedsEffort")]
    [InlineData("100", "-5", "NeedsEffort")]
    public void Exactly_80_percent_is_mostly_on_track_and_one_step_below_needs_effort(string target, string madeUpActual, string grade)
    {
        var indicator = Kpi("k", "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, 0m, 2023, D(target));

        var result = Grade(WithActual(indicator, R11, D(madeUpActual)), R11);

        Assert.Equal(grade, result.Grade.Code);
        Assert.True(result.IsGraded);
    }

    [Fact]
    public void Exactly_80_and_100_percent_carry_the_exact_rate()
    {
        var indicator = Kpi("k", "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, 0m, 2023, 100m);

        Assert.Equal(0.8m, Grade(WithActual(indicator, R11, 80m), R11).Numbers.Rate.Value);
        Assert.Equal(1m, Grade(WithActual(indicator, R11, 100m), R11).Numbers.Rate.Value);
    }

    // Lower is better: rate = target / actual (80 / 100 = 0.8); a negative higher-is-better target
    // rates target / actual too (-80 / -100 = 0.8; 003's 社会動態 starts at △76).
    [Theory]
    [InlineData(Direction.LowerIsBetter, "80", "100", "MostlyOnTrack")]
    [InlineData(Direction.LowerIsBetter, "80", "100.00000000000000000000000001", "NeedsEffort")]
    [InlineData(Direction.LowerIsBetter, "100", "100", "OnTrack")]
    [InlineData(Direction.LowerIsBetter, "100", "100.00000000000000000000000001", "MostlyOnTrack")]
    [InlineData(Direction.LowerIsBetter, "100", "0", "OnTrack")]
    [InlineData(Direction.HigherIsBetter, "-80", "-100", "MostlyOnTrack")]
    [InlineData(Direction.HigherIsBetter, "-80", "-100.00000000000000000000000001", "NeedsEffort")]
    [InlineData(Direction.HigherIsBetter, "-80", "-80", "OnTrack")]
    [InlineData(Direction.HigherIsBetter, "-80", "5", "OnTrack")]
    public void Boundaries_are_exact_for_lower_is_better_and_negative_targets(Direction direction, string target, string madeUpActual, string grade)
    {
        var indicator = Kpi("k", "テスト指標", new Unit("人"), direction, ValueKind.Level, 0m, 2023, D(target));

        Assert.Equal(grade, Grade(WithActual(indicator, R11, D(madeUpActual)), R11).Grade.Code);
    }

    [Fact]
    public void An_interim_year_is_judged_against_the_final_value_by_default()
    {
        // Current 100 (R5 = FY2023) → 160 in FY2029; FY2026 made-up actual 118: 118 / 160 = 0.7375 → 努力を要する.
        const decimal madeUpActual = 118m;
        var result = Grade(WithActual(HundredToOneSixty(), Fy2026, madeUpActual), Fy2026);

        Assert.Equal(InaPolicy.NeedsEffort, result.Grade);
        Assert.Equal("ina.final", result.Rule.Id);
        Assert.Equal(160m, result.Numbers.Target);
        Assert.Equal(R11, result.Numbers.TargetYear);
        Assert.Equal(0.7375m, result.Numbers.Rate.Value);
    }

    [Fact]
    public void On_the_straight_line_FY2026_is_judged_against_130()
    {
        // Path: 100 + (160 − 100) × (2026 − 2023) / (2029 − 2023) = 100 + 60 × 3/6 = 130.
        // Made-up actual 118: 118 / 130 = 0.9077 → おおむね順調 (against 160 it was 努力を要する).
        const decimal madeUpActual = 118m;
        var result = ByPath.Evaluate(WithActual(HundredToOneSixty(), Fy2026, madeUpActual), new GradingContext(Fy2026, Plan));

        Assert.Equal(InaPolicy.MostlyOnTrack, result.Grade);
        Assert.Equal("ina.path", result.Rule.Id);
        Assert.Equal(130m, result.Numbers.Target);
        Assert.Equal(R11, result.Numbers.TargetYear);
        Assert.Equal(100m, result.Numbers.Baseline);
        Assert.Equal(118m, result.Numbers.Actual);
        Assert.Equal(0.9077m, Math.Round(result.Numbers.Rate.Value, 4, MidpointRounding.AwayFromZero));
    }

    // 100 at FY2023 → 160 at FY2029 climbs 10 a year: FY2024 110 … FY2028 150. An actual on the path
    // is 順調 with a rate of exactly 1; 80 % of the path value is おおむね順調.
    [Theory]
    [InlineData(2024, "110")]
    [InlineData(2025, "120")]
    [InlineData(2026, "130")]
    [InlineData(2027, "140")]
    [InlineData(2028, "150")]
    public void The_path_value_of_each_interim_year_is_on_the_straight_line(int year, string pathValue)
    {
        var fy = new FiscalYear(year);
        var onPath = ByPath.Evaluate(WithActual(HundredToOneSixty(), fy, D(pathValue)), new GradingContext(fy, Plan));
        var eightyPercent = ByPath.Evaluate(WithActual(HundredToOneSixty(), fy, D(pathValue) * 0.8m), new GradingContext(fy, Plan));

        Assert.Equal(D(pathValue), onPath.Numbers.Target);
        Assert.Equal(InaPolicy.OnTrack, onPath.Grade);
        Assert.Equal(1m, onPath.Numbers.Rate.Value);
        Assert.Equal("ina.path", onPath.Rule.Id);
        Assert.Equal(InaPolicy.MostlyOnTrack, eightyPercent.Grade);
        Assert.Equal(0.8m, eightyPercent.Numbers.Rate.Value);
    }

    // FY2026 on the path is 130: 104 = 0.8 × 130 is おおむね順調, 103.9 (0.7992) is not; 160 is 順調.
    [Theory]
    [InlineData("130", "OnTrack")]
    [InlineData("160", "OnTrack")]
    [InlineData("129.9", "MostlyOnTrack")]
    [InlineData("104", "MostlyOnTrack")]
    [InlineData("103.9", "NeedsEffort")]
    public void The_bands_apply_to_the_path_value(string madeUpActual, string grade)
    {
        var result = ByPath.Evaluate(WithActual(HundredToOneSixty(), Fy2026, D(madeUpActual)), new GradingContext(Fy2026, Plan));

        Assert.Equal(grade, result.Grade.Code);
    }

    [Fact]
    public void The_CO2_path_runs_from_the_R3_current_value_and_is_lower_is_better()
    {
        // 461,000 at R3 (FY2021) → 287,182 at FY2029, 8 years. FY2026: 461,000 − 173,818 × 5/8 =
        // 461,000 − 108,636.25 = 352,363.75. FY2025: 461,000 − 173,818 × 4/8 = 374,091.
        // Rates are path / actual: 440,454.6875 = 352,363.75 / 0.8 is exactly 80 %.
        var fy2025 = new FiscalYear(2025);

        Assert.Equal(352_363.75m, PathGrade(Seed["CO2"], Fy2026, 352_363.75m).Numbers.Target);
        Assert.Equal(InaPolicy.OnTrack, PathGrade(Seed["CO2"], Fy2026, 352_363.75m).Grade);
        Assert.Equal(InaPolicy.OnTrack, PathGrade(Seed["CO2"], Fy2026, 300_000m).Grade);
        Assert.Equal(InaPolicy.MostlyOnTrack, PathGrade(Seed["CO2"], Fy2026, 440_454.6875m).Grade);
        Assert.Equal(0.8m, PathGrade(Seed["CO2"], Fy2026, 440_454.6875m).Numbers.Rate.Value);
        Assert.Equal(InaPolicy.NeedsEffort, PathGrade(Seed["CO2"], Fy2026, 440_454.6876m).Grade);
        Assert.Equal(374_091m, PathGrade(Seed["CO2"], fy2025, 374_091m).Numbers.Target);

        // The same made-up 360,000 in FY2026: against the path 352,363.75 / 360,000 = 97.9 % おおむね順調;
        // against the R11 value 287,182 / 360,000 = 79.8 % 努力を要する.
        Assert.Equal(InaPolicy.MostlyOnTrack, PathGrade(Seed["CO2"], Fy2026, 360_000m).Grade);
        Assert.Equal(InaPolicy.NeedsEffort, Grade(WithActual(Seed["CO2"], Fy2026, 360_000m), Fy2026).Grade);
    }

    [Fact]
    public void A_path_from_a_negative_calendar_year_current_value_crosses_zero()
    {
        // 003 basic goal ②: 社会動態 △76 人 (令和５年, calendar 2023, so FY2023 is the year its period ends
        // in) → 転入超過 125 人 in 2029. FY2026 path: −76 + 201 × 3/6 = 24.5; FY2024: −76 + 201 × 1/6 = −42.5.
        var social = new Indicator("social", IndicatorKind.NumericGoal, "社会動態", new Unit("人"), Direction.HigherIsBetter, ValueKind.AnnualFlow, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = -76m, Period = ReportingPeriod.OfCalendarYear(2023) },
            Targets = ValueList<Target>.Of(new Target(R11) { Value = 125m }),
        };
        var fy2024 = new FiscalYear(2024);

        Assert.Equal(24.5m, PathGrade(social, Fy2026, 24.5m).Numbers.Target);
        Assert.Equal(InaPolicy.OnTrack, PathGrade(social, Fy2026, 24.5m).Grade);
        Assert.Equal(InaPolicy.MostlyOnTrack, PathGrade(social, Fy2026, 19.6m).Grade); // 19.6 / 24.5 = 0.8
        Assert.Equal(InaPolicy.NeedsEffort, PathGrade(social, Fy2026, -10m).Grade);
        Assert.Equal(-42.5m, PathGrade(social, fy2024, -50m).Numbers.Target);

        // A negative target: −42.5 / −50 = 0.85 → おおむね順調; −42.5 or better → 順調.
        Assert.Equal(InaPolicy.MostlyOnTrack, PathGrade(social, fy2024, -50m).Grade);
        Assert.Equal(0.85m, PathGrade(social, fy2024, -50m).Numbers.Rate.Value);
        Assert.Equal(InaPolicy.OnTrack, PathGrade(social, fy2024, -40m).Grade);

        // 125 in 2029 and made-up 100: 100 / 125 = 0.8 → おおむね順調 under either option.
        Assert.Equal(InaPolicy.MostlyOnTrack, PathGrade(social, R11, 100m).Grade);
        Assert.Equal(InaPolicy.MostlyOnTrack, Grade(WithActual(social, R11, 100m), R11).Grade);
    }

    [Fact]
    public void A_year_with_its_own_target_is_judged_against_it_under_either_option()
    {
        // Made-up FY2027 target 120 besides 160 in FY2029. A made-up FY2027 actual of 120 is 順調 against
        // its own target; the path (140) would give 120 / 140 = 85.7 % and the final value 75 %.
        var indicator = HundredToOneSixty() with
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2027)) { Value = 120m }, new Target(R11) { Value = 160m }),
        };
        var fy2027 = new FiscalYear(2027);

        foreach (var policy in new[] { InaPolicy.Default, ByPath })
        {
            var result = policy.Evaluate(WithActual(indicator, fy2027, 120m), new GradingContext(fy2027, Plan));

            Assert.Equal(InaPolicy.OnTrack, result.Grade);
            Assert.Equal("ina.year", result.Rule.Id);
            Assert.Equal(120m, result.Numbers.Target);
            Assert.Equal(fy2027, result.Numbers.TargetYear);
            Assert.Equal(1m, result.Numbers.Rate.Value);
        }
    }

    [Fact]
    public void In_R11_both_options_judge_against_the_indicator_value_itself()
    {
        // Made-up FY2029 actual 150: 150 / 160 = 0.9375 → おおむね順調, the same under both options.
        var byFinal = Grade(WithActual(HundredToOneSixty(), R11, 150m), R11);
        var byPath = PathGrade(HundredToOneSixty(), R11, 150m);

        Assert.Equal(InaPolicy.MostlyOnTrack, byFinal.Grade);
        Assert.Equal(byFinal.Grade, byPath.Grade);
        Assert.Equal(0.9375m, byFinal.Numbers.Rate.Value);
        Assert.Equal(byFinal.Numbers.Rate, byPath.Numbers.Rate);
        Assert.Equal("ina.year", byPath.Rule.Id);
        Assert.Equal(160m, byPath.Numbers.Target);
    }

    [Fact]
    public void After_the_final_year_both_options_judge_against_the_final_value()
    {
        // FY2030 has no target and is past R11: made-up 150 / 160 = 0.9375 → おおむね順調, rule ina.final.
        var fy2030 = new FiscalYear(2030);

        foreach (var policy in new[] { InaPolicy.Default, ByPath })
        {
            var result = policy.Evaluate(WithActual(HundredToOneSixty(), fy2030, 150m), new GradingContext(fy2030, Plan));

            Assert.Equal(InaPolicy.MostlyOnTrack, result.Grade);
            Assert.Equal("ina.final", result.Rule.Id);
            Assert.Equal(160m, result.Numbers.Target);
        }
    }

    [Fact]
    public void No_observation_for_the_year_is_no_actual()
    {
        // One observation, for FY2025 only; FY2026 is graded.
        var indicator = WithActual(HundredToOneSixty(), new FiscalYear(2025), 120m);

        foreach (var policy in new[] { InaPolicy.Default, ByPath })
        {
            var result = policy.Evaluate(indicator, new GradingContext(Fy2026, Plan));

            Assert.Equal("NoActual", result.Grade.Code);
            Assert.Equal("実績値なし", result.Grade.Label.Japanese);
            Assert.Same(InaPolicy.NoActual, result.Grade);
            Assert.Equal(NotGradableReason.NoActual, result.Reason);
            Assert.False(result.IsGraded);
            Assert.Equal("ina.noActual", result.Rule.Id);
            Assert.Null(result.Numbers.Actual);
            Assert.Equal(160m, result.Numbers.Target);
            Assert.Equal("no actual for FY2026", result.ReasonText.English);
            Assert.Equal("令和8年度の実績値なし", result.ReasonText.Japanese);
        }
    }

    [Theory]
    [InlineData(ObservationStatus.Final, NotGradableReason.NoActual, "no actual for FY2026")]
    [InlineData(ObservationStatus.Preliminary, NotGradableReason.NoActual, "no actual for FY2026")]
    [InlineData(ObservationStatus.NotPublished, NotGradableReason.NotPublished, "the statistic for FY2026 is not published")]
    [InlineData(ObservationStatus.Suspended, NotGradableReason.Suspended, "the work was suspended in FY2026")]
    public void An_observation_without_a_value_is_no_actual_with_the_reason(ObservationStatus status, NotGradableReason reason, string text)
    {
        var indicator = HundredToOneSixty() with
        {
            Observations = ValueList<Observation>.Of(new Observation(Fy2026) { Status = status, Reason = "理由" }),
        };

        foreach (var policy in new[] { InaPolicy.Default, ByPath })
        {
            var result = policy.Evaluate(indicator, new GradingContext(Fy2026, Plan));

            Assert.Equal(InaPolicy.NoActual, result.Grade);
            Assert.Equal(reason, result.Reason);
            Assert.Equal(text, result.ReasonText.English);
            Assert.Equal("ina.noActual", result.Rule.Id);
            Assert.False(result.IsGraded);
        }
    }

    [Fact]
    public void A_not_published_status_is_no_actual_even_when_a_value_was_entered()
    {
        // The status decides: a value recorded with status notPublished is not graded.
        var indicator = HundredToOneSixty() with
        {
            Observations = ValueList<Observation>.Of(new Observation(Fy2026) { Value = 160m, Status = ObservationStatus.NotPublished }),
        };

        var result = Grade(indicator, Fy2026);

        Assert.Equal(InaPolicy.NoActual, result.Grade);
        Assert.Equal(NotGradableReason.NotPublished, result.Reason);
    }

    [Fact]
    public void No_actual_is_reported_before_a_missing_baseline_under_the_straight_line()
    {
        var result = ByPath.Evaluate(HundredToOneSixty() with { Baseline = null }, new GradingContext(Fy2026, Plan));

        Assert.Equal(InaPolicy.NoActual, result.Grade);
        Assert.Equal(NotGradableReason.NoActual, result.Reason);
    }

    public static TheoryData<string> BaselinesWithoutAPath { get; } = new() { "none", "no value", "no period", "period in R11" };

    [Theory]
    [MemberData(nameof(BaselinesWithoutAPath))]
    public void Without_a_baseline_value_and_period_the_straight_line_is_not_gradable(string which)
    {
        var baseline = which switch
        {
            "none" => null,
            "no value" => new Baseline { Period = ReportingPeriod.OfFiscalYear(R5), Note = "値なし" },
            "no period" => new Baseline { Value = 100m },
            _ => new Baseline { Value = 100m, Period = ReportingPeriod.OfFiscalYear(R11) },
        };
        var indicator = WithActual(HundredToOneSixty() with { Baseline = baseline }, Fy2026, 118m);

        var byPath = ByPath.Evaluate(indicator, new GradingContext(Fy2026, Plan));
        var byFinal = Grade(indicator, Fy2026);

        Assert.Equal(KpiGrade.NotGradable, byPath.Grade);
        Assert.Equal(NotGradableReason.NoBaseline, byPath.Reason);
        Assert.Equal("ina.path", byPath.Rule.Id);
        Assert.False(byPath.IsGraded);
        Assert.Equal("no baseline", byPath.ReasonText.English);

        // The final value needs no baseline: 118 / 160 = 0.7375 → 努力を要する.
        Assert.Equal(InaPolicy.NeedsEffort, byFinal.Grade);
        Assert.True(byFinal.IsGraded);
    }

    [Fact]
    public void A_target_of_0_is_not_gradable_rather_than_a_division_by_zero()
    {
        var indicator = WithActual(Kpi("k", "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, 10m, 2023, 0m), R11, 5m);

        var result = Grade(indicator, R11);

        Assert.Equal(KpiGrade.NotGradable, result.Grade);
        Assert.Equal(NotGradableReason.TargetZero, result.Reason);
        Assert.Equal(0m, result.Numbers.Target);
    }

    [Fact]
    public void A_path_value_of_0_is_not_gradable_rather_than_a_division_by_zero()
    {
        // −60 at FY2023 → 60 at FY2029: FY2026 is −60 + 120 × 3/6 = 0.
        var indicator = WithActual(Kpi("k", "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, -60m, 2023, 60m), Fy2026, 5m);

        var result = PathGrade(indicator, Fy2026, 5m);

        Assert.Equal(KpiGrade.NotGradable, result.Grade);
        Assert.Equal(NotGradableReason.TargetZero, result.Reason);
        Assert.Equal(0m, result.Numbers.Target);
    }

    [Fact]
    public void A_revised_figure_replaces_the_preliminary_one()
    {
        // Made-up 速報値 200 (200 / 279 = 71.7 %, 努力を要する) revised to 279 (順調).
        var indicator = Seed["NewFarmersCumulative"] with
        {
            Observations = ValueList<Observation>.Of(
                new Observation(R11) { Value = 200m, Status = ObservationStatus.Preliminary },
                new Observation(R11) { Value = 279m }),
        };

        Assert.Equal(InaPolicy.OnTrack, Grade(indicator, R11).Grade);
    }

    [Fact]
    public void The_scale_and_bands_are_ina_s()
    {
        Assert.Equal(
            new[] { "OnTrack", "MostlyOnTrack", "NeedsEffort", "NoActual", "NotGradable" },
            InaPolicy.Default.Scale.Select(g => g.Code).ToArray());
        Assert.Equal(
            new[] { "順調", "おおむね順調", "努力を要する", "実績値なし", "評価不能" },
            InaPolicy.Default.Scale.Select(g => g.Label.Japanese).ToArray());
        Assert.Equal(
            new (string, decimal?, bool)[] { ("OnTrack", 1.00m, true), ("MostlyOnTrack", 0.80m, true), ("NeedsEffort", null, true) },
            InaPolicy.Default.Bands.Select(b => (b.Grade.Code, b.Threshold, b.Inclusive)).ToArray());
        Assert.Equal("ina", InaPolicy.Default.Name);
        Assert.Same(InaPolicy.Default, new PolicyRegistry().Get("ina"));
        Assert.Same(InaPolicy.Default, GradingPolicies.Ina);
        Assert.Same(InaPolicy.MostlyOnTrack, InaPolicy.Default.FindGrade("MostlyOnTrack"));
        Assert.Null(InaPolicy.Default.FindGrade("順調"));
        Assert.Equal("ina-straight-line", ByPath.Name);
    }

    private static Indicator Kpi(string id, string name, Unit unit, Direction direction, ValueKind kind, decimal current, int currentFiscalYear, decimal indicatorValue)
        => new(id, IndicatorKind.Kpi, name, unit, direction, kind, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = current, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(currentFiscalYear)) },
            Targets = ValueList<Target>.Of(new Target(R11) { Value = indicatorValue }),
        };

    // Current 100 in R5 (FY2023, period FY2023) → 160 in R11 (FY2029): a made-up higher-is-better count.
    private static Indicator HundredToOneSixty()
        => Kpi("k100", "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, 100m, 2023, 160m);

    private static Indicator WithActual(Indicator indicator, FiscalYear year, decimal madeUpActual)
        => indicator with { Observations = ValueList<Observation>.Of(new Observation(year) { Value = madeUpActual }) };

    private static GradeResult Grade(Indicator indicator, FiscalYear year) => InaPolicy.Default.Evaluate(indicator, new GradingContext(year, Plan));

    private static GradeResult PathGrade(Indicator indicator, FiscalYear year, decimal madeUpActual)
        => ByPath.Evaluate(WithActual(indicator, year, madeUpActual), new GradingContext(year, Plan));

    private static decimal D(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
