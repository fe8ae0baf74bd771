using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Tests.Grading;
using Xunit;
using KpiGrade = LocalStrategy.Kpi.Grading.Grade;
using static LocalStrategy.Kpi.Tests.Grading.Indicators;

namespace LocalStrategy.Kpi.Tests.Policies;

public sealed class AzuminoPolicyTests
{
    private static readonly AzuminoPolicy Strict = AzuminoPolicy.Create("azumino-variant", new AzuminoOptions { ExactlySixtyPercentIsC = false });

    // Rule (1) bands: A ≥ 100 %, B 80 % to < 100 %, C 60 % to < 80 %, D below; one smallest decimal
    // step either side of each boundary. The expected rate is actual / target worked out by hand.
    [Theory]
    [InlineData("100", "100", "1", "A")]
    [InlineData("100", "100.0000000000000000000000001", "1.000000000000000000000000001", "A")]
    [InlineData("100", "99.99999999999999999999999999", "0.9999999999999999999999999999", "B")]
    [InlineData("100", "80.00000000000000000000000001", "0.8000000000000000000000000001", "B")]
    [InlineData("100", "80", "0.8", "B")]
    [InlineData("100", "79.99999999999999999999999999", "0.7999999999999999999999999999", "C")]
    [InlineData("100", "60.00000000000000000000000001", "0.6000000000000000000000000001", "C")]
    [InlineData("100", "60", "0.6", "C")]
    [InlineData("100", "59.99999999999999999999999999", "0.5999999999999999999999999999", "D")]
    [InlineData("100", "0", "0", "D")]
    [InlineData("100", "-5", "-0.05", "D")]
    [InlineData("1", "1.0000000000000000000000000001", "1.0000000000000000000000000001", "A")]
    [InlineData("1", "1", "1", "A")]
    [InlineData("1", "0.9999999999999999999999999999", "0.9999999999999999999999999999", "B")]
    [InlineData("1", "0.8000000000000000000000000001", "0.8000000000000000000000000001", "B")]
    [InlineData("1", "0.8", "0.8", "B")]
    [InlineData("1", "0.7999999999999999999999999999", "0.7999999999999999999999999999", "C")]
    [InlineData("1", "0.6000000000000000000000000001", "0.6000000000000000000000000001", "C")]
    [InlineData("1", "0.6", "0.6", "C")]
    [InlineData("1", "0.5999999999999999999999999999", "0.5999999999999999999999999999", "D")]
    public void Rate_boundaries_are_exact_to_the_last_decimal_digit(string target, string actual, string rate, string grade)
    {
        var result = Grade(WithTarget(Direction.HigherIsBetter, D(target), D(actual)));

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal(D(rate), result.Numbers.Rate.Value);
        Assert.Equal("azumino.1", result.Rule.Id);
        Assert.True(result.IsGraded);
    }

    [Theory]
    [InlineData("100", "60", "D")]
    [InlineData("100", "60.00000000000000000000000001", "C")]
    [InlineData("100", "59.99999999999999999999999999", "D")]
    [InlineData("1", "0.6", "D")]
    [InlineData("1", "0.6000000000000000000000000001", "C")]
    [InlineData("100", "80", "B")]
    [InlineData("100", "100", "A")]
    public void Exactly_60_percent_is_D_when_the_option_says_so_and_other_boundaries_do_not_move(string target, string actual, string grade)
    {
        Assert.Equal(grade, Grade(WithTarget(Direction.HigherIsBetter, D(target), D(actual)), Fy2020, Strict).Grade.Code);
    }

    [Fact]
    public void Exactly_60_percent_is_C_by_default()
    {
        Assert.True(AzuminoOptions.Default.ExactlySixtyPercentIsC);
        Assert.Equal(AzuminoPolicy.C, Grade(WithTarget(Direction.HigherIsBetter, 100m, 60m)).Grade);
    }

    // The boundaries hold for every sign and direction: lower is better rates t / a, a negative
    // higher-is-better target rates t / a as well (80/100 = 0.8 exactly).
    [Theory]
    [InlineData(Direction.LowerIsBetter, "80", "100", "B")]
    [InlineData(Direction.LowerIsBetter, "80", "100.00000000000000000000000001", "C")]
    [InlineData(Direction.LowerIsBetter, "60", "100", "C")]
    [InlineData(Direction.LowerIsBetter, "100", "100", "A")]
    [InlineData(Direction.LowerIsBetter, "100", "100.00000000000000000000000001", "B")]
    [InlineData(Direction.HigherIsBetter, "-80", "-100", "B")]
    [InlineData(Direction.HigherIsBetter, "-80", "-100.00000000000000000000000001", "C")]
    [InlineData(Direction.HigherIsBetter, "-60", "-100", "C")]
    [InlineData(Direction.HigherIsBetter, "-100", "-100", "A")]
    [InlineData(Direction.LowerIsBetter, "-100", "-80", "B")]
    [InlineData(Direction.LowerIsBetter, "-100", "-79.99999999999999999999999999", "C")]
    public void Boundaries_are_exact_for_lower_is_better_and_negative_targets_too(Direction direction, string target, string actual, string grade)
    {
        Assert.Equal(grade, Grade(WithTarget(direction, D(target), D(actual))).Grade.Code);
    }

    [Fact]
    public void Bands_expose_their_thresholds_and_inclusivity()
    {
        Assert.Equal(
            new (string, decimal?, bool)[] { ("A", 1.00m, true), ("B", 0.80m, true), ("C", 0.60m, true), ("D", null, true) },
            AzuminoPolicy.Default.Bands.Select(b => (b.Grade.Code, b.Threshold, b.Inclusive)).ToArray());
        Assert.Equal(
            new (string, decimal?, bool)[] { ("A", 1.00m, true), ("B", 0.80m, true), ("C", 0.60m, false), ("D", null, true) },
            Strict.Bands.Select(b => (b.Grade.Code, b.Threshold, b.Inclusive)).ToArray());
        Assert.Equal("C: rate ≥ 60%", AzuminoPolicy.Default.Bands[2].ToString());
        Assert.Equal("C: rate > 60%", Strict.Bands[2].ToString());
        Assert.Equal("D: any other rate", Strict.Bands[3].ToString());
    }

    [Fact]
    public void The_scale_lists_A_to_D_then_unmeasurable_then_not_gradable()
    {
        Assert.Equal(
            new[] { "A", "B", "C", "D", "Unmeasurable", "NotGradable" },
            AzuminoPolicy.Default.Scale.Select(g => g.Code).ToArray());
        Assert.Equal("測定不能", AzuminoPolicy.Unmeasurable.Label.Japanese);
        Assert.Equal("A評価", AzuminoPolicy.Default.FindGrade("A")!.Label.Japanese);
        Assert.Null(AzuminoPolicy.Default.FindGrade("a"));
        Assert.Null(AzuminoPolicy.Default.FindGrade("S"));
        Assert.Same(AzuminoPolicy.Default, new PolicyRegistry().Get("AZUMINO"));
    }

    [Fact]
    public void Natural_change_target_minus_473_with_actual_minus_508_is_B()
    {
        // 000: 自然増減数 target ▲473 kept, actual ▲508, published B: 473 / 508 = 93.1 %.
        var result = Grade(WithTarget(Direction.HigherIsBetter, -473m, -508m));

        Assert.Equal(AzuminoPolicy.B, result.Grade);
        Assert.Equal(473m / 508m, result.Numbers.Rate.Value);
    }

    [Theory]
    [InlineData("22.2", "21.1", "A")]
    [InlineData("275", "280", "B")]
    [InlineData("272", "280", "B")]
    public void Seed_000_numeric_goals_grade_as_published(string actual, string target, string grade)
    {
        // 就労者数の割合 22.2 / 21.1 = 105.2 %; 認定農業者数 275 / 280 = 98.2 % (272 / 280 = 97.1 %).
        Assert.Equal(grade, Grade(WithTarget(Direction.HigherIsBetter, D(target), D(actual))).Grade.Code);
    }

    [Fact]
    public void Waiting_list_children_7_to_11_against_a_target_of_7_is_not_A()
    {
        // Lower is better: 7 / 11 = 63.6 %, which is C under rule (1); a plain 11 / 7 = 157 % would be A.
        var result = Grade(WithTarget(Direction.LowerIsBetter, 7m, 11m));

        Assert.NotEqual(AzuminoPolicy.A, result.Grade);
        Assert.Equal(AzuminoPolicy.C, result.Grade);
        Assert.Equal(7m / 11m, result.Numbers.Rate.Value);
    }

    [Fact]
    public void Waiting_list_children_7_to_11_under_the_trend_rule_is_D()
    {
        // 000 grades 待機児童の縮減 D: worse than the baseline of 7.
        Assert.Equal(AzuminoPolicy.D, Grade(Trend(Direction.LowerIsBetter, 7m, 11m)).Grade);
    }

    [Fact]
    public void An_at_most_target_is_judged_as_lower_is_better_whatever_the_direction()
    {
        var indicator = New(Direction.HigherIsBetter, GradingBasis.Target) with
        {
            Targets = ValueList<Target>.Of(new Target(Fy2020) { Value = 7m, Comparison = TargetComparison.AtMost }),
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Value = 11m }),
        };

        Assert.Equal(AzuminoPolicy.C, Grade(indicator).Grade);
    }

    [Fact]
    public void An_at_least_target_is_judged_as_higher_is_better_whatever_the_direction()
    {
        var indicator = New(Direction.LowerIsBetter, GradingBasis.Target) with
        {
            Targets = ValueList<Target>.Of(new Target(Fy2020) { Value = 100m, Comparison = TargetComparison.AtLeast }),
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Value = 79m }),
        };

        Assert.Equal(AzuminoPolicy.C, Grade(indicator).Grade);
    }

    [Theory]
    [InlineData(50_500, "1", "A")]
    [InlineData(50_000, "1", "A")]
    [InlineData(51_000, "1", "A")]
    [InlineData(49_000, "0.98", "B")]
    [InlineData(39_999, "0.79998", "C")]
    [InlineData(29_000, "0.58", "D")]
    [InlineData(52_000, "0.9807692307692307692307692308", "B")]
    public void A_range_target_is_met_inside_and_measured_against_the_nearer_end_outside(int actual, string rate, string grade)
    {
        // 004: 50,000–51,000. Below: actual / 50,000; above: 51,000 / actual (51,000 / 52,000 = 0.98076923…).
        var indicator = New(Direction.WithinRange, GradingBasis.Target) with
        {
            Targets = ValueList<Target>.Of(new Target(Fy2020) { Comparison = TargetComparison.Between, Min = 50_000m, Max = 51_000m }),
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Value = actual }),
        };

        var result = Grade(indicator);

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal(D(rate), result.Numbers.Rate.Value);
        Assert.Equal(50_000m, result.Numbers.TargetMin);
        Assert.Equal(51_000m, result.Numbers.TargetMax);
    }

    [Fact]
    public void Rule_2_in_the_first_year_is_A_above_the_baseline_C_equal_and_D_below()
    {
        // 000: 住みたいと思う市民の割合 "75.9 % より増加", 81.9 % in FY2020 (the plan's first year) → A.
        var above = Grade(Trend(Direction.HigherIsBetter, 75.9m, 81.9m));

        Assert.Equal(AzuminoPolicy.A, above.Grade);
        Assert.Equal("azumino.2", above.Rule.Id);
        Assert.Equal(75.9m, above.Numbers.Baseline);
        Assert.Equal(75.9m, above.Numbers.PreviousActual);
        Assert.Equal(81.9m, above.Numbers.Actual);
        Assert.Equal(AzuminoPolicy.C, Grade(Trend(Direction.HigherIsBetter, 75.9m, 75.9m)).Grade);
        Assert.Equal(AzuminoPolicy.D, Grade(Trend(Direction.HigherIsBetter, 75.9m, 70m)).Grade);
    }

    [Theory]
    [InlineData(130, "A")]
    [InlineData(121, "A")]
    [InlineData(120, "B")]
    [InlineData(110, "B")]
    [InlineData(100, "C")]
    [InlineData(90, "D")]
    public void Rule_2_in_the_second_year_compares_with_the_baseline_and_the_previous_actual(int fy2021, string grade)
    {
        // Baseline 100, FY2020 120: FY2021 above 120 is A; above 100 but not above 120 is B.
        var result = Grade(Trend(Direction.HigherIsBetter, 100m, 120m, fy2021), Fy2021);

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal(120m, result.Numbers.PreviousActual);
        Assert.Equal(100m, result.Numbers.Baseline);
    }

    [Theory]
    [InlineData(4, "A")]
    [InlineData(6, "B")]
    [InlineData(8, "B")]
    [InlineData(10, "C")]
    [InlineData(12, "D")]
    public void Rule_2_is_mirrored_for_lower_is_better(int fy2021, string grade)
    {
        // Baseline 10, FY2020 6: below 6 is A; below 10 but not below 6 is B; 10 is C; above 10 is D.
        Assert.Equal(grade, Grade(Trend(Direction.LowerIsBetter, 10m, 6m, fy2021), Fy2021).Grade.Code);
    }

    [Theory]
    [InlineData(5, "A")]
    [InlineData(7, "C")]
    [InlineData(11, "D")]
    public void Rule_2_for_lower_is_better_in_the_first_year_compares_with_the_baseline(int actual, string grade)
    {
        Assert.Equal(grade, Grade(Trend(Direction.LowerIsBetter, 7m, actual)).Grade.Code);
    }

    [Fact]
    public void Rule_2_without_the_previous_years_actual_is_not_gradable()
    {
        var indicator = Trend(Direction.HigherIsBetter, 100m) with
        {
            Observations = ValueList<Observation>.Of(new Observation(Fy2021) { Value = 130m }),
        };

        var result = Grade(indicator, Fy2021);

        Assert.Equal(KpiGrade.NotGradable, result.Grade);
        Assert.Equal(NotGradableReason.NoPreviousActual, result.Reason);
    }

    [Fact]
    public void Rule_2_without_a_baseline_is_not_gradable()
    {
        var result = Grade(Trend(Direction.HigherIsBetter, null, 81.9m));

        Assert.Equal(KpiGrade.NotGradable, result.Grade);
        Assert.Equal(NotGradableReason.NoBaseline, result.Reason);
    }

    [Fact]
    public void Rule_3_gives_the_recorded_manual_grade()
    {
        // 000: 自転車活用推進計画の策定 未着手 → 着手, graded A individually.
        var indicator = New(Direction.Milestone, GradingBasis.Manual) with
        {
            Stages = ValueList<string>.Of("未着手", "着手", "策定"),
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Stage = "着手", ManualGrade = new ManualGrade("A", "計画策定に着手した") }),
        };

        var result = Grade(indicator);

        Assert.Equal(AzuminoPolicy.A, result.Grade);
        Assert.Equal("azumino.3", result.Rule.Id);
        Assert.True(result.IsGraded);
    }

    [Fact]
    public void Rule_3_without_a_manual_grade_is_not_gradable_for_want_of_one()
    {
        var indicator = New(Direction.Milestone, GradingBasis.Manual) with
        {
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Stage = "着手" }),
        };

        var result = Grade(indicator);

        Assert.Equal(KpiGrade.NotGradable, result.Grade);
        Assert.Equal(NotGradableReason.NoManualGrade, result.Reason);
        Assert.False(result.IsGraded);
        Assert.Equal(NotGradableReason.NoManualGrade, Grade(New(Direction.Milestone, GradingBasis.Manual)).Reason);
    }

    [Theory]
    [InlineData("S")]
    [InlineData("a")]
    [InlineData("NotGradable")]
    public void Rule_3_with_a_code_that_is_no_grade_of_the_scale_is_not_gradable_for_want_of_a_manual_grade(string code)
    {
        // 評価不能 is what the library says when data is missing; recorded by hand it is no grade either.
        var indicator = New(Direction.Milestone, GradingBasis.Manual) with
        {
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { ManualGrade = new ManualGrade(code, "理由") }),
        };

        var result = Grade(indicator);

        Assert.Equal(KpiGrade.NotGradable, result.Grade);
        Assert.Equal(NotGradableReason.NoManualGrade, result.Reason);
        Assert.False(result.IsGraded);
    }

    [Theory]
    [InlineData(ObservationStatus.NotPublished, NotGradableReason.NotPublished)]
    [InlineData(ObservationStatus.Suspended, NotGradableReason.Suspended)]
    public void An_unpublished_statistic_or_suspended_work_is_unmeasurable(ObservationStatus status, NotGradableReason reason)
    {
        foreach (var basis in new[] { GradingBasis.Target, GradingBasis.Trend })
        {
            var indicator = WithTarget(Direction.HigherIsBetter, 100m, null) with
            {
                Basis = basis,
                Baseline = new Baseline { Value = 50m },
                Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Status = status, Reason = "COVID-19" }),
            };

            var result = Grade(indicator);

            Assert.Equal("Unmeasurable", result.Grade.Code);
            Assert.Equal("測定不能", result.Grade.Label.Japanese);
            Assert.Equal(reason, result.Reason);
            Assert.Equal("azumino.unmeasurable", result.Rule.Id);
        }
    }

    [Fact]
    public void A_target_of_0_is_unmeasurable_not_a_division_by_zero()
    {
        var result = Grade(WithTarget(Direction.HigherIsBetter, 0m, 5m));

        Assert.Equal("Unmeasurable", result.Grade.Code);
        Assert.Equal(NotGradableReason.TargetZero, result.Reason);
        Assert.Equal(0m, result.Numbers.Target);
        Assert.Equal(5m, result.Numbers.Actual);
        Assert.Equal("the target for FY2020 is 0", result.ReasonText.English);
    }

    [Fact]
    public void No_target_for_the_year_is_not_gradable_for_want_of_a_target()
    {
        var indicator = WithTarget(Direction.HigherIsBetter, 100m, 90m) with
        {
            Targets = ValueList<Target>.Of(new Target(Fy2021) { Value = 100m }),
        };

        var result = Grade(indicator);

        Assert.Equal(KpiGrade.NotGradable, result.Grade);
        Assert.Equal(NotGradableReason.NoTarget, result.Reason);
        Assert.Equal(90m, result.Numbers.Actual);
        Assert.Equal("no target for FY2020 in the document", result.ReasonText.English);
        Assert.Equal("令和2年度の目標値が文書にない", result.ReasonText.Japanese);
    }

    [Fact]
    public void No_actual_for_the_year_is_not_gradable_for_want_of_an_actual()
    {
        var noObservation = Grade(WithTarget(Direction.HigherIsBetter, 100m, null));
        var noValue = Grade(WithTarget(Direction.HigherIsBetter, 100m, null) with
        {
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Status = ObservationStatus.Preliminary }),
        });

        Assert.Equal(KpiGrade.NotGradable, noObservation.Grade);
        Assert.Equal(NotGradableReason.NoActual, noObservation.Reason);
        Assert.Equal(100m, noObservation.Numbers.Target);
        Assert.Equal(NotGradableReason.NoActual, noValue.Reason);
    }

    [Fact]
    public void The_last_observation_listed_for_a_year_is_the_one_graded()
    {
        // A preliminary 75 (C) later revised to 95 (B).
        var indicator = WithTarget(Direction.HigherIsBetter, 100m, null) with
        {
            Observations = ValueList<Observation>.Of(
                new Observation(Fy2020) { Value = 75m, Status = ObservationStatus.Preliminary },
                new Observation(Fy2020) { Value = 95m }),
        };

        Assert.Equal(AzuminoPolicy.B, Grade(indicator).Grade);
    }

    [Fact]
    public void A_stage_target_is_A_when_reached_and_not_gradable_before()
    {
        Indicator Milestone(string? reached) => New(Direction.Milestone, GradingBasis.Target) with
        {
            Stages = ValueList<string>.Of("未着手", "着手", "策定"),
            Targets = ValueList<Target>.Of(new Target(Fy2020) { Stage = "着手" }),
            Observations = reached is null ? ValueList<Observation>.Empty : ValueList<Observation>.Of(new Observation(Fy2020) { Stage = reached }),
        };

        Assert.Equal(AzuminoPolicy.A, Grade(Milestone("着手")).Grade);
        Assert.Equal(AzuminoPolicy.A, Grade(Milestone("策定")).Grade);
        Assert.Equal(NotGradableReason.NotApplicable, Grade(Milestone("未着手")).Reason);
        Assert.Equal(NotGradableReason.NoActual, Grade(Milestone(null)).Reason);
    }

    [Fact]
    public void A_rule_1_result_carries_the_numbers_it_used_and_not_the_baseline_it_did_not()
    {
        var indicator = WithTarget(Direction.HigherIsBetter, 280m, 275m) with { Baseline = new Baseline { Value = 280m } };

        var result = Grade(indicator);

        Assert.Equal("k1", result.IndicatorId);
        Assert.Equal(Fy2020, result.Year);
        Assert.Equal(275m, result.Numbers.Actual);
        Assert.Equal(280m, result.Numbers.Target);
        Assert.Null(result.Numbers.Baseline);
        Assert.Equal(Rate.Of(275m / 280m), result.Numbers.Rate);
        Assert.Null(result.Numbers.PreviousActual);
        Assert.Equal(string.Empty, result.ReasonText.English);
    }
}
