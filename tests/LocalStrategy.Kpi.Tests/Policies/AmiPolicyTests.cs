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
/// Ami's grading (domain.md, "Ami": 004 publishes no criteria, so the library decides): 達成 when the
/// target is met, whatever the current value; otherwise 改善 / 横ばい / 悪化 against the current value in
/// the stated direction; 測定不能 without an actual. The KGIs come from seed 004 (阿見町 第３期総合戦略,
/// FY2025–FY2027: a current value "2024 年度" and an FY2027 target). Seed 004 publishes no actuals: every
/// actual here is a MADE-UP TEST INPUT (named <c>madeUpActual</c>), chosen by hand, and none of them
/// belongs in the samples.
/// </summary>
public sealed class AmiPolicyTests
{
    private static readonly FiscalYear Fy2024 = new(2024);
    private static readonly FiscalYear Fy2025 = new(2025);
    private static readonly FiscalYear Fy2027 = new(2027);

    // 004 L39–41: 2025（令和７）年度から 2027（令和９）年度の３年間.
    private static readonly FiscalYearRange Plan = new(Fy2025, Fy2027);

    private static readonly AmiPolicy TenPercent = AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = 0.1m });

    // 004 L305, L309: 社会増数 ＋568（人／年）(茨城県常住人口調査 年報 令和５年) → ＋339（人／年）in FY2027.
    // Higher is better although the target is below the current value (domain.md hard case).
    private static Indicator SocialIncrease { get; } = Kgi(
        "g2-kgi1", "社会増数", new Unit("人／年") { Per = FlowBasis.PerYear }, Direction.HigherIsBetter, ValueKind.AnnualFlow, 568m, ReportingPeriod.OfCalendarYear(2023), 339m);

    // 004 L246, L248: 実質町内総生産（年間） 277,835（百万円）(令和 3 年度 = FY2021) → 284,394（百万円）.
    private static Indicator TownProduct { get; } = Kgi(
        "g1-kgi1", "実質町内総生産（年間）", new Unit("百万円"), Direction.HigherIsBetter, ValueKind.AnnualFlow, 277_835m, ReportingPeriod.OfFiscalYear(new FiscalYear(2021)), 284_394m);

    // 004 L307, L311: 観光入込客数 3,026（千人）(2023) → 3,463（千人）.
    private static Indicator Visitors { get; } = Kgi(
        "g2-kgi2", "観光入込客数", new Unit("千人"), Direction.HigherIsBetter, ValueKind.AnnualFlow, 3_026m, ReportingPeriod.OfCalendarYear(2023), 3_463m);

    // 004 L370, L374: 子育て世代の人口（25-39 歳） 8,339（人）(令和６年 10 月 1 日現在) → 8,595（人）.
    private static Indicator ChildRearingAge { get; } = Kgi(
        "g3-kgi1", "子育て世代の人口（25-39 歳）", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, 8_339m, ReportingPeriod.OfFiscalYear(Fy2024), 8_595m);

    // 004 L488 names 町民一人一日当たりのごみ排出量 (lower is better: ごみの…減量化) but prints no numbers for
    // any KPI; the current value 900 g and the target 850 g are MADE UP for the lower-is-better mirror.
    private static Indicator WastePerPersonMadeUp { get; } = Kgi(
        "g4-kpi-waste", "町民一人一日当たりのごみ排出量", new Unit("g"), Direction.LowerIsBetter, ValueKind.Level, 900m, ReportingPeriod.OfFiscalYear(Fy2024), 850m) with
    {
        Kind = IndicatorKind.Kpi,
    };

    [Fact]
    public void Social_increase_met_below_the_current_value_is_achieved()
    {
        // Made-up FY2027 actual +400: 400 ≥ 339 → 達成, although 400 < 568 (the current value).
        const decimal madeUpActual = 400m;
        var result = Grade(WithActual(SocialIncrease, Fy2027, madeUpActual), Fy2027);

        Assert.Equal(AmiPolicy.Achieved, result.Grade);
        Assert.Equal("達成", result.Grade.Label.Japanese);
        Assert.Equal("ami.achieved", result.Rule.Id);
        Assert.True(result.IsGraded);
        Assert.Equal(400m, result.Numbers.Actual);
        Assert.Equal(339m, result.Numbers.Target);
        Assert.Equal(568m, result.Numbers.Baseline);
    }

    [Fact]
    public void Social_increase_not_met_and_below_the_current_value_is_worsened()
    {
        // Made-up FY2027 actual +300: 300 < 339 (not met) and 300 < 568 → 悪化.
        const decimal madeUpActual = 300m;
        var result = Grade(WithActual(SocialIncrease, Fy2027, madeUpActual), Fy2027);

        Assert.Equal(AmiPolicy.Worsened, result.Grade);
        Assert.Equal("悪化", result.Grade.Label.Japanese);
        Assert.Equal("ami.baseline", result.Rule.Id);
        Assert.True(result.IsGraded);
        Assert.Equal(568m, result.Numbers.Baseline);
    }

    // 社会増数 +568 → +339: 339 itself meets the target, 338 does not; a negative (net out-migration) is 悪化.
    [Theory]
    [InlineData("339", "Achieved")]
    [InlineData("568", "Achieved")]
    [InlineData("700", "Achieved")]
    [InlineData("338.9", "Worsened")]
    [InlineData("-50", "Worsened")]
    public void Social_increase_is_judged_against_the_target_first(string madeUpActual, string grade)
    {
        Assert.Equal(grade, Grade(WithActual(SocialIncrease, Fy2027, D(madeUpActual)), Fy2027).Grade.Code);
    }

    // 実質町内総生産 277,835 → 284,394 (a target above the current value), default tolerance 0:
    // met → 達成; between the current value and the target → 改善; equal to the current value → 横ばい;
    // below it → 悪化.
    [Theory]
    [InlineData("290000", "Achieved")]
    [InlineData("284394", "Achieved")]
    [InlineData("284393.9", "Improved")]
    [InlineData("280000", "Improved")]
    [InlineData("277835.1", "Improved")]
    [InlineData("277835", "Unchanged")]
    [InlineData("277834.9", "Worsened")]
    [InlineData("270000", "Worsened")]
    public void A_kgi_with_a_target_above_its_current_value(string madeUpActual, string grade)
    {
        var result = Grade(WithActual(TownProduct, Fy2027, D(madeUpActual)), Fy2027);

        Assert.Equal(grade, result.Grade.Code);
        Assert.True(result.IsGraded);
        Assert.Equal(grade == "Achieved" ? "ami.achieved" : "ami.baseline", result.Rule.Id);
        Assert.Equal(277_835m, result.Numbers.Baseline);
        Assert.Equal(284_394m, result.Numbers.Target);
    }

    // Lower is better (ごみ排出量, made-up 900 → 850): at or below 850 → 達成; 851–899 → 改善; 900 → 横ばい; above → 悪化.
    [Theory]
    [InlineData("800", "Achieved")]
    [InlineData("850", "Achieved")]
    [InlineData("850.1", "Improved")]
    [InlineData("870", "Improved")]
    [InlineData("900", "Unchanged")]
    [InlineData("900.1", "Worsened")]
    [InlineData("950", "Worsened")]
    public void Lower_is_better_is_the_mirror(string madeUpActual, string grade)
    {
        Assert.Equal(grade, Grade(WithActual(WastePerPersonMadeUp, Fy2027, D(madeUpActual)), Fy2027).Grade.Code);
    }

    [Theory]
    [InlineData("110", "Achieved")]
    [InlineData("120", "Achieved")]
    [InlineData("90", "Achieved")]
    [InlineData("120.5", "Worsened")]
    public void Lower_is_better_with_a_target_above_the_current_value_mirrors_the_social_increase(string madeUpActual, string grade)
    {
        // Made-up: current 100 → target 120, lower is better. 110 ≤ 120 is met although worse than 100;
        // 120.5 is neither met nor better than 100.
        var indicator = Kgi("k", "テスト指標", new Unit("件"), Direction.LowerIsBetter, ValueKind.Level, 100m, ReportingPeriod.OfFiscalYear(Fy2024), 120m);

        Assert.Equal(grade, Grade(WithActual(indicator, Fy2027, D(madeUpActual)), Fy2027).Grade.Code);
    }

    // 観光入込客数 3,026 → 3,463 with UnchangedTolerance 0.1: 10 % of |3,026| = 302.6, so 横ばい spans
    // 2,723.4 … 3,328.6 (inclusive); 3,328.7 is 改善 (still below 3,463), 2,723.3 is 悪化.
    [Theory]
    [InlineData("3463", "Achieved")]
    [InlineData("3462.9", "Improved")]
    [InlineData("3328.7", "Improved")]
    [InlineData("3328.6", "Unchanged")]
    [InlineData("3100", "Unchanged")]
    [InlineData("3026", "Unchanged")]
    [InlineData("2900", "Unchanged")]
    [InlineData("2723.4", "Unchanged")]
    [InlineData("2723.3", "Worsened")]
    [InlineData("2500", "Worsened")]
    public void Within_ten_percent_of_the_current_value_is_unchanged(string madeUpActual, string grade)
    {
        var result = TenPercent.Evaluate(WithActual(Visitors, Fy2027, D(madeUpActual)), new GradingContext(Fy2027, Plan));

        Assert.Equal(grade, result.Grade.Code);
    }

    [Theory]
    [InlineData("3100", "Improved")]
    [InlineData("2900", "Worsened")]
    [InlineData("3026", "Unchanged")]
    public void Without_a_tolerance_only_the_current_value_itself_is_unchanged(string madeUpActual, string grade)
    {
        Assert.Equal(0m, AmiOptions.Default.UnchangedTolerance);
        Assert.Equal(grade, Grade(WithActual(Visitors, Fy2027, D(madeUpActual)), Fy2027).Grade.Code);
    }

    [Fact]
    public void The_tolerance_never_outranks_a_met_target()
    {
        // 実質町内総生産: the target 284,394 lies within 10 % of 277,835 (27,783.5), yet meeting it is 達成;
        // made-up 280,000 is not met and within the tolerance → 横ばい (改善 without the tolerance).
        Assert.Equal(AmiPolicy.Achieved, TenPercent.Evaluate(WithActual(TownProduct, Fy2027, 284_394m), new GradingContext(Fy2027, Plan)).Grade);
        Assert.Equal(AmiPolicy.Unchanged, TenPercent.Evaluate(WithActual(TownProduct, Fy2027, 280_000m), new GradingContext(Fy2027, Plan)).Grade);
        Assert.Equal(AmiPolicy.Improved, Grade(WithActual(TownProduct, Fy2027, 280_000m), Fy2027).Grade);
    }

    // A negative current value: the tolerance is 10 % of its magnitude. Made-up −200 → −100 (higher is
    // better): 横ばい spans −220 … −180.
    [Theory]
    [InlineData("-180", "Unchanged")]
    [InlineData("-179", "Improved")]
    [InlineData("-220", "Unchanged")]
    [InlineData("-221", "Worsened")]
    [InlineData("-100", "Achieved")]
    public void The_tolerance_is_a_fraction_of_the_magnitude_of_a_negative_current_value(string madeUpActual, string grade)
    {
        var indicator = Kgi("k", "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.AnnualFlow, -200m, ReportingPeriod.OfFiscalYear(Fy2024), -100m);

        Assert.Equal(grade, TenPercent.Evaluate(WithActual(indicator, Fy2027, D(madeUpActual)), new GradingContext(Fy2027, Plan)).Grade.Code);
    }

    [Fact]
    public void An_interim_year_without_its_own_target_is_judged_against_the_FY2027_target()
    {
        // 子育て世代の人口 8,339 → 8,595 (FY2027). Made-up FY2025 actuals: 8,600 ≥ 8,595 → 達成; 8,400 → 改善;
        // 8,339 → 横ばい; 8,300 → 悪化.
        var met = Grade(WithActual(ChildRearingAge, Fy2025, 8_600m), Fy2025);

        Assert.Equal(AmiPolicy.Achieved, met.Grade);
        Assert.Equal(8_595m, met.Numbers.Target);
        Assert.Equal(Fy2027, met.Numbers.TargetYear);
        Assert.Equal(AmiPolicy.Improved, Grade(WithActual(ChildRearingAge, Fy2025, 8_400m), Fy2025).Grade);
        Assert.Equal(AmiPolicy.Unchanged, Grade(WithActual(ChildRearingAge, Fy2025, 8_339m), Fy2025).Grade);
        Assert.Equal(AmiPolicy.Worsened, Grade(WithActual(ChildRearingAge, Fy2025, 8_300m), Fy2025).Grade);
        Assert.Equal(Fy2027, Grade(WithActual(ChildRearingAge, Fy2025, 8_300m), Fy2025).Numbers.TargetYear);
    }

    [Fact]
    public void A_year_with_its_own_target_is_judged_against_it()
    {
        // A made-up FY2025 target of 8,400 besides 8,595 in FY2027: FY2025 made-up 8,450 meets 8,400 → 達成.
        var indicator = ChildRearingAge with
        {
            Targets = ValueList<Target>.Of(new Target(Fy2025) { Value = 8_400m }, new Target(Fy2027) { Value = 8_595m }),
        };

        var result = Grade(WithActual(indicator, Fy2025, 8_450m), Fy2025);

        Assert.Equal(AmiPolicy.Achieved, result.Grade);
        Assert.Equal(8_400m, result.Numbers.Target);
        Assert.Equal(Fy2025, result.Numbers.TargetYear);
    }

    [Fact]
    public void No_actual_is_not_measurable()
    {
        var result = Grade(SocialIncrease, Fy2025);

        Assert.Equal("NotMeasurable", result.Grade.Code);
        Assert.Equal("測定不能", result.Grade.Label.Japanese);
        Assert.Same(AmiPolicy.NotMeasurable, result.Grade);
        Assert.Equal(NotGradableReason.NoActual, result.Reason);
        Assert.False(result.IsGraded);
        Assert.Equal("ami.notMeasurable", result.Rule.Id);
        Assert.Null(result.Numbers.Actual);
        Assert.Equal(339m, result.Numbers.Target);
        Assert.Equal("no actual for FY2025", result.ReasonText.English);
    }

    [Theory]
    [InlineData(ObservationStatus.Final, NotGradableReason.NoActual)]
    [InlineData(ObservationStatus.Preliminary, NotGradableReason.NoActual)]
    [InlineData(ObservationStatus.NotPublished, NotGradableReason.NotPublished)]
    [InlineData(ObservationStatus.Suspended, NotGradableReason.Suspended)]
    public void An_observation_without_a_value_is_not_measurable_with_the_reason(ObservationStatus status, NotGradableReason reason)
    {
        var indicator = SocialIncrease with
        {
            Observations = ValueList<Observation>.Of(new Observation(Fy2025) { Status = status, Reason = "理由" }),
        };

        foreach (var policy in new[] { AmiPolicy.Default, TenPercent })
        {
            var result = policy.Evaluate(indicator, new GradingContext(Fy2025, Plan));

            Assert.Equal(AmiPolicy.NotMeasurable, result.Grade);
            Assert.Equal(reason, result.Reason);
            Assert.Equal("ami.notMeasurable", result.Rule.Id);
            Assert.False(result.IsGraded);
        }
    }

    [Fact]
    public void A_met_target_needs_no_current_value_but_anything_else_does()
    {
        // 達成 is decided by the target alone; 改善/横ばい/悪化 need the current value.
        var noBaseline = TownProduct with { Baseline = null };

        Assert.Equal(AmiPolicy.Achieved, Grade(WithActual(noBaseline, Fy2027, 290_000m), Fy2027).Grade);
        var notMet = Grade(WithActual(noBaseline, Fy2027, 280_000m), Fy2027);
        Assert.Equal(KpiGrade.NotGradable, notMet.Grade);
        Assert.Equal(NotGradableReason.NoBaseline, notMet.Reason);
    }

    [Fact]
    public void A_maintain_target_is_achieved_only_when_kept_and_otherwise_judged_by_closeness()
    {
        // 全６校 → 全６校 graded the Ami way (made-up actuals): 6 → 達成; 5 is farther from 6 than the
        // current 6 was → 悪化. Current 4 (made-up) → target 6: 5 is closer than 4 → 改善.
        var schools = Kgi("k", "学校登山実施公立中学校数", new Unit("校"), Direction.Maintain, ValueKind.Level, 6m, ReportingPeriod.OfFiscalYear(Fy2024), 6m);

        Assert.Equal(AmiPolicy.Achieved, Grade(WithActual(schools, Fy2027, 6m), Fy2027).Grade);
        Assert.Equal(AmiPolicy.Worsened, Grade(WithActual(schools, Fy2027, 5m), Fy2027).Grade);
        Assert.Equal(AmiPolicy.Improved, Grade(WithActual(schools with { Baseline = new Baseline { Value = 4m } }, Fy2027, 5m), Fy2027).Grade);
    }

    [Fact]
    public void Values_at_the_ends_of_decimal_are_still_compared_with_the_current_value()
    {
        // Found by the monotonicity property: the difference or the tolerance band overflowing decimal was
        // reported as 評価不能 for want of a baseline, although the indicator has one.
        // Lower is better, current −79,228,162,514,264,337,593,543,950,334, target 451, actual 452: not met,
        // and 452 is far above (worse than) the current value → 悪化.
        var low = Kgi("k", "テスト指標", new Unit("人"), Direction.LowerIsBetter, ValueKind.Level, decimal.MinValue + 1m, ReportingPeriod.OfFiscalYear(Fy2024), 451m);
        var worse = Grade(WithActual(low, Fy2027, 452m), Fy2027);

        Assert.Equal(AmiPolicy.Worsened, worse.Grade);
        Assert.True(worse.IsGraded);

        // Higher is better, the same current value, tolerance 2 (the band 2 × 7.9e28 exceeds any decimal):
        // −1 is not met (target 1e17) and within the band → 横ばい.
        var high = Kgi("k", "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, decimal.MinValue + 1m, ReportingPeriod.OfFiscalYear(Fy2024), 1e17m);
        var wide = AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = 2m });
        Assert.Equal(AmiPolicy.Unchanged, wide.Evaluate(WithActual(high, Fy2027, -1m), new GradingContext(Fy2027, Plan)).Grade);

        // Tolerance 0: −1 is about 7.9e28 better than the current value → 改善; decimal.MaxValue meets 1e17 → 達成.
        Assert.Equal(AmiPolicy.Improved, Grade(WithActual(high, Fy2027, -1m), Fy2027).Grade);
        Assert.Equal(AmiPolicy.Achieved, Grade(WithActual(high, Fy2027, decimal.MaxValue), Fy2027).Grade);

        // A maintain target at one end and the current value at the other (their distance overflows): an
        // actual at the current value's end is 横ばい, and 0, nearer the target, is 改善.
        var keep = Kgi("k", "テスト指標", new Unit("人"), Direction.Maintain, ValueKind.Level, decimal.MinValue, ReportingPeriod.OfFiscalYear(Fy2024), decimal.MaxValue);
        Assert.Equal(AmiPolicy.Unchanged, Grade(WithActual(keep, Fy2027, decimal.MinValue), Fy2027).Grade);
        Assert.Equal(AmiPolicy.Improved, Grade(WithActual(keep, Fy2027, 0m), Fy2027).Grade);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("-1")]
    [InlineData("-0.0000000000000000000000000001")]
    public void A_negative_tolerance_is_refused(string tolerance)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = D(tolerance) }));

        Assert.Equal("options", e.ParamName);
    }

    [Fact]
    public void A_tolerance_of_0_and_above_is_accepted()
    {
        Assert.Equal(0m, AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = 0m }).Options.UnchangedTolerance);
        Assert.Equal(0.1m, TenPercent.Options.UnchangedTolerance);
        Assert.Throws<ArgumentNullException>(() => AmiPolicy.Create("ami-variant", null!));
    }

    [Fact]
    public void The_scale_is_ami_s()
    {
        Assert.Equal(
            new[] { "Achieved", "Improved", "Unchanged", "Worsened", "NotMeasurable", "NotGradable" },
            AmiPolicy.Default.Scale.Select(g => g.Code).ToArray());
        Assert.Equal(
            new[] { "達成", "改善", "横ばい", "悪化", "測定不能", "評価不能" },
            AmiPolicy.Default.Scale.Select(g => g.Label.Japanese).ToArray());
        Assert.Equal("ami", AmiPolicy.Default.Name);
        Assert.Same(AmiPolicy.Default, new PolicyRegistry().Get("ami"));
        Assert.Same(AmiPolicy.Default, GradingPolicies.Ami);
        Assert.Same(AmiPolicy.Unchanged, AmiPolicy.Default.FindGrade("Unchanged"));
    }

    private static Indicator Kgi(string id, string name, Unit unit, Direction direction, ValueKind kind, decimal current, ReportingPeriod currentPeriod, decimal fy2027Target)
        => new(id, IndicatorKind.Kgi, name, unit, direction, kind, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = current, Period = currentPeriod },
            Targets = ValueList<Target>.Of(new Target(Fy2027) { Value = fy2027Target }),
        };

    private static Indicator WithActual(Indicator indicator, FiscalYear year, decimal madeUpActual)
        => indicator with { Observations = ValueList<Observation>.Of(new Observation(year) { Value = madeUpActual }) };

    private static GradeResult Grade(Indicator indicator, FiscalYear year) => AmiPolicy.Default.Evaluate(indicator, new GradingContext(year, Plan));

    private static decimal D(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
