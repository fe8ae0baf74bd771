using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Tests.Grading;
using Xunit;
using KpiGrade = LocalStrategy.Kpi.Grading.Grade;
using static LocalStrategy.Kpi.Tests.Grading.ArbitraryIndicators;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;
using static LocalStrategy.Kpi.Tests.Grading.Indicators;

namespace LocalStrategy.Kpi.Tests.Policies;

public sealed class AzuminoPolicyPropertiesTests
{
    private static readonly AzuminoPolicy Strict = AzuminoPolicy.Create("azumino-variant", new AzuminoOptions { ExactlySixtyPercentIsC = false });

    public static TheoryData<Direction, int> RatedDirectionsAndTargetSigns { get; } = new()
    {
        { Direction.HigherIsBetter, 1 },
        { Direction.HigherIsBetter, -1 },
        { Direction.LowerIsBetter, 1 },
        { Direction.LowerIsBetter, -1 },
    };

    [Fact]
    public void Grading_any_indicator_never_throws_and_gives_a_grade_of_the_scale_with_a_consistent_reason()
    {
        var cases =
            from indicator in AnyIndicator
            from year in Gen.Choose(2019, 2025)
            from strict in Gen.Elements(false, true)
            select (Indicator: indicator, Year: new FiscalYear(year), Policy: strict ? Strict : AzuminoPolicy.Default);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = c.Policy.Evaluate(c.Indicator, new GradingContext(c.Year, Plan));
            return result.IndicatorId == c.Indicator.Id
                && result.Year == c.Year
                && c.Policy.Scale.Contains(result.Grade)
                && result.IsGraded == (result.Reason == NotGradableReason.None)
                && (result.ReasonText.English.Length == 0) == result.IsGraded
                && (result.ReasonText.Japanese.Length == 0) == result.IsGraded
                && (result.IsGraded || result.Grade.Equals(AzuminoPolicy.Unmeasurable) || result.Grade.Equals(KpiGrade.NotGradable))
                && (!result.Grade.Equals(KpiGrade.NotGradable) || !result.IsGraded)
                && (Rank(result.Grade) == 0 || result.IsGraded);
        }));
    }

    [Theory]
    [MemberData(nameof(RatedDirectionsAndTargetSigns))]
    public void A_better_actual_never_gets_a_lower_grade(Direction direction, int sign)
    {
        var cases =
            from t in NonZero.Select(t => sign > 0 ? Math.Abs(t) : -Math.Abs(t))
            from a1 in Gen.Frequency((1, Wide), (1, Near(t)))
            from a2 in Gen.Frequency((1, Wide), (1, Near(t)), (1, Near(a1)))
            from strict in Gen.Elements(false, true)
            select (Target: t, A1: a1, A2: a2, Policy: strict ? Strict : AzuminoPolicy.Default);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var better = direction == Direction.HigherIsBetter ? Math.Max(c.A1, c.A2) : Math.Min(c.A1, c.A2);
            var worse = direction == Direction.HigherIsBetter ? Math.Min(c.A1, c.A2) : Math.Max(c.A1, c.A2);
            var gBetter = Grade(WithTarget(direction, c.Target, better), Fy2020, c.Policy).Grade;
            var gWorse = Grade(WithTarget(direction, c.Target, worse), Fy2020, c.Policy).Grade;
            return Rank(gWorse) >= 1 && Rank(gBetter) >= Rank(gWorse);
        }));
    }

    [Fact]
    public void A_rule_1_result_carries_the_actual_target_and_rate_it_was_graded_on()
    {
        var cases =
            from d in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Maintain)
            from t in NonZero
            from a in Gen.Frequency((1, Wide), (1, Near(t)))
            from baseline in Gen.Frequency((1, Wide.Select(b => (decimal?)b)), (1, Gen.Constant((decimal?)null)))
            select (Direction: d, Target: t, Actual: a, Baseline: baseline);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var indicator = WithTarget(c.Direction, c.Target, c.Actual) with
            {
                Baseline = c.Baseline is null ? null : new Baseline { Value = c.Baseline },
            };
            var result = Grade(indicator);
            var rate = Rates.Achievement(c.Direction, c.Actual, c.Target);

            // The grade is the first band, read top-down, whose threshold the carried rate passes.
            var expected = rate.Passes(1m, true) ? "A" : rate.Passes(0.8m, true) ? "B" : rate.Passes(0.6m, true) ? "C" : "D";
            return result.Numbers.Actual == c.Actual
                && result.Numbers.Target == c.Target
                && result.Numbers.Baseline is null
                && result.Numbers.Rate == rate
                && result.Grade.Code == expected
                && result.Rule.Id == "azumino.1";
        }));
    }

    [Fact]
    public void In_the_first_plan_year_rule_2_never_gives_B_and_compares_with_the_baseline_alone()
    {
        var cases =
            from d in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter)
            from baseline in Wide
            from actual in Gen.Frequency((2, Wide), (1, Near(baseline)))
            from year in Gen.Choose(2015, 2020)
            select (Direction: d, Baseline: baseline, Actual: actual, Year: new FiscalYear(year));

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // FY2020 is the plan's first year; earlier years also take the baseline as the previous year.
            var result = Grade(Trend(c.Direction, c.Baseline) with
            {
                Observations = ValueList<Observation>.Of(new Observation(c.Year) { Value = c.Actual }),
            }, c.Year);
            var improvement = c.Direction == Direction.HigherIsBetter ? c.Actual.CompareTo(c.Baseline) : c.Baseline.CompareTo(c.Actual);
            var expected = improvement > 0 ? "A" : improvement == 0 ? "C" : "D";
            return result.Grade.Code != "B"
                && result.Grade.Code == expected
                && result.Numbers.PreviousActual == c.Baseline;
        }));
    }

    [Fact]
    public void After_the_first_plan_year_rule_2_follows_the_baseline_and_the_previous_actual()
    {
        var cases =
            from d in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter)
            from baseline in Wide
            from previous in Gen.Frequency((2, Wide), (1, Near(baseline)))
            from actual in Gen.Frequency((2, Wide), (1, Near(baseline)), (1, Near(previous)))
            select (Direction: d, Baseline: baseline, Previous: previous, Actual: actual);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = Grade(Trend(c.Direction, c.Baseline, c.Previous, c.Actual), Fy2021);
            var s = c.Direction == Direction.HigherIsBetter ? 1 : -1;
            var vsBaseline = s * c.Actual.CompareTo(c.Baseline);
            var vsPrevious = s * c.Actual.CompareTo(c.Previous);

            // domain.md: A above the baseline and the previous year; B above the baseline only;
            // C equal to the baseline; D below it (mirrored for lower is better).
            var expected = vsBaseline > 0 ? (vsPrevious > 0 ? "A" : "B") : vsBaseline == 0 ? "C" : "D";
            return result.Grade.Code == expected && result.Numbers.PreviousActual == c.Previous;
        }));
    }

    private static Gen<Indicator> AnyIndicator { get; } = ArbitraryIndicators.AnyIndicator(
        AnyTarget(2019, 2025),
        AnyObservation(2019, 2025, new[] { "A", "B", "C", "D", "Unmeasurable", "NotGradable", "S", null }, new[] { "A", "D", "測定不能", null }),
        OptionalBaseline(NoStage, NoPeriod, (value, _, _) => value is not null),
        Gen.Constant(IndicatorKind.Kpi),
        "k1");
}
