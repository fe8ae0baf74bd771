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

namespace LocalStrategy.Kpi.Tests.Policies;

/// <summary>
/// Laws of Ami's grading (domain.md, "Ami"), each over <see cref="DecimalGenerators.Cases"/> generated
/// cases: 達成 exactly when the target is met whatever the current value, 改善 / 横ばい / 悪化 by the
/// difference from the current value and the tolerance, a better actual never grades lower, and grading
/// never throws.
/// </summary>
public sealed class AmiPolicyPropertiesTests
{
    private static readonly string[] RuleIds = { "ami.achieved", "ami.baseline", "ami.notMeasurable", "ami.manual" };
    private static readonly FiscalYear Fy2027 = new(2027);
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2025), Fy2027);

    private static readonly Gen<decimal> Tolerance = Gen.Frequency(
        (2, Gen.Constant(0m)),
        (2, Gen.Constant(0.1m)),
        (1, Gen.Elements(0.05m, 0.5m, 1m, 2m, 0.0000000000000000000000000001m)),
        (1, FewDigits(-4, 0).Select(v => Math.Abs(v))));

    public static TheoryData<Direction> RatedDirections { get; } = new() { Direction.HigherIsBetter, Direction.LowerIsBetter };

    [Fact]
    public void Achieved_exactly_when_the_target_is_met_whatever_the_current_value()
    {
        var cases =
            from d in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Maintain)
            from t in Wide
            from b in Gen.Frequency((3, Wide.Select(v => (decimal?)v)), (1, Near(t).Select(v => (decimal?)v)), (1, Gen.Constant((decimal?)null)))
            from a in Gen.Frequency((2, Wide), (2, Near(t)), (1, Near(b ?? 0m)))
            from year in Gen.Choose(2025, 2027)
            from tolerance in Tolerance
            select (Direction: d, Target: t, Baseline: b, Actual: a, Year: new FiscalYear(year), Tolerance: tolerance);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = c.Tolerance });
            var result = policy.Evaluate(Make(c.Direction, c.Baseline, c.Target, c.Year, c.Actual), new GradingContext(c.Year, Plan));
            var met = Rates.Meets(c.Direction, c.Actual, c.Target);
            return result.Grade.Equals(AmiPolicy.Achieved) == met
                && (!met || (result.Rule.Id == "ami.achieved" && result.IsGraded))
                && result.Numbers.Target == c.Target
                && result.Numbers.TargetYear == Fy2027;
        }));
    }

    [Theory]
    [MemberData(nameof(RatedDirections))]
    public void When_not_met_the_grade_follows_the_difference_from_the_current_value_and_the_tolerance(Direction direction)
    {
        // Values with few digits, so differences and tolerances are exact.
        var cases =
            from t in FewDigits(-3, 5)
            from b in Gen.Frequency((3, FewDigits(-3, 5)), (1, Gen.Constant(0m)))
            from tolerance in Gen.Elements(0m, 0.1m, 0.25m, 0.5m)
            from a in Gen.Frequency(
                (2, FewDigits(-3, 5)),
                (1, Near(b)),
                (1, Near(b + (tolerance * Math.Abs(b)))),
                (1, Near(b - (tolerance * Math.Abs(b)))),
                (1, Near(t)))
            select (Target: t, Baseline: b, Tolerance: tolerance, Actual: a);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = c.Tolerance });
            var result = policy.Evaluate(Make(direction, c.Baseline, c.Target, Fy2027, c.Actual), new GradingContext(Fy2027, Plan));
            var sign = direction == Direction.HigherIsBetter ? 1m : -1m;
            var better = sign * (c.Actual - c.Baseline);
            var band = c.Tolerance * Math.Abs(c.Baseline);

            // domain.md: achieved (target met) / improved (better than the current value) / unchanged
            // (within the tolerance, AmiOptions: a fraction of |current value|) / worsened.
            var expected = Rates.Meets(direction, c.Actual, c.Target) ? "Achieved"
                : Math.Abs(better) <= band ? "Unchanged"
                : better > 0m ? "Improved"
                : "Worsened";
            return result.Grade.Code == expected && result.IsGraded && result.Numbers.Baseline == c.Baseline;
        }));
    }

    [Theory]
    [MemberData(nameof(RatedDirections))]
    public void A_better_actual_never_gets_a_lower_grade(Direction direction)
    {
        var cases =
            from t in Wide
            from b in Gen.Frequency((2, Wide), (1, Near(t)))
            from tolerance in Tolerance
            from a1 in Gen.Frequency((2, Wide), (1, Near(t)), (2, Near(b)), (1, Near(Shift(b, tolerance))), (1, Near(Shift(b, -tolerance))))
            from a2 in Gen.Frequency((2, Wide), (1, Near(t)), (1, Near(b)), (2, Near(a1)))
            select (Target: t, Baseline: b, Tolerance: tolerance, A1: a1, A2: a2);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = c.Tolerance });
            var better = direction == Direction.HigherIsBetter ? Math.Max(c.A1, c.A2) : Math.Min(c.A1, c.A2);
            var worse = direction == Direction.HigherIsBetter ? Math.Min(c.A1, c.A2) : Math.Max(c.A1, c.A2);
            var context = new GradingContext(Fy2027, Plan);
            var gBetter = policy.Evaluate(Make(direction, c.Baseline, c.Target, Fy2027, better), context);
            var gWorse = policy.Evaluate(Make(direction, c.Baseline, c.Target, Fy2027, worse), context);

            // With a current value, a target and an actual, every case is graded on the four-step scale.
            return gBetter.IsGraded && gWorse.IsGraded
                && Rank(gWorse.Grade) >= 1
                && Rank(gBetter.Grade) >= Rank(gWorse.Grade);
        }));
    }

    [Fact]
    public void Grading_any_indicator_never_throws_and_gives_a_consistent_result_of_the_scale()
    {
        var cases =
            from indicator in AnyIndicator
            from year in Gen.Choose(2015, 2032)
            from tolerance in Tolerance
            select (Indicator: indicator, Year: new FiscalYear(year), Tolerance: tolerance);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = c.Tolerance });
            var result = policy.Evaluate(c.Indicator, new GradingContext(c.Year, Plan));
            var manual = c.Indicator.Basis == GradingBasis.Manual;
            var missing = result.Reason is NotGradableReason.NoActual or NotGradableReason.NotPublished or NotGradableReason.Suspended;
            return result.IndicatorId == c.Indicator.Id
                && result.Year == c.Year
                && policy.Scale.Contains(result.Grade)
                && RuleIds.Contains(result.Rule.Id)
                && manual == (result.Rule.Id == "ami.manual")
                && result.IsGraded == (result.Reason == NotGradableReason.None)
                && (result.ReasonText.English.Length == 0) == result.IsGraded
                && (result.ReasonText.Japanese.Length == 0) == result.IsGraded
                && (!result.Grade.Equals(KpiGrade.NotGradable) || !result.IsGraded)
                && (manual || result.Grade.Equals(AmiPolicy.NotMeasurable) == missing)
                && (manual || !result.IsGraded || Rank(result.Grade) >= 1);
        }));
    }

    /// <summary>The order of Ami's scale: 達成 4 &gt; 改善 3 &gt; 横ばい 2 &gt; 悪化 1; anything else 0.</summary>
    internal static int Rank(KpiGrade grade) => grade.Code switch
    {
        "Achieved" => 4,
        "Improved" => 3,
        "Unchanged" => 2,
        "Worsened" => 1,
        _ => 0,
    };

    private static Indicator Make(Direction direction, decimal? baseline, decimal target, FiscalYear year, decimal actual)
        => new("kgi", IndicatorKind.Kgi, "テスト指標", new Unit("人"), direction, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = baseline is null ? null : new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2024)) },
            Targets = ValueList<Target>.Of(new Target(Fy2027) { Value = target }),
            Observations = ValueList<Observation>.Of(new Observation(year) { Value = actual }),
        };

    // b ± tolerance × |b|, the edges of 横ばい, for the generators to aim at; b when it overflows.
    private static decimal Shift(decimal b, decimal tolerance)
    {
        try
        {
            return b + (tolerance * Math.Abs(b));
        }
        catch (OverflowException)
        {
            return b;
        }
    }

    private static Gen<Indicator> AnyIndicator { get; } = ArbitraryIndicators.AnyIndicator(
        AnyTarget(2019, 2031),
        AnyObservation(2015, 2032, new[] { "Achieved", "Improved", "Unchanged", "Worsened", "NotMeasurable", "NotGradable", "A", null }),
        OptionalBaseline(OptionalStage, NoPeriod, (value, stage, _) => value is not null || stage is not null),
        Gen.Elements(IndicatorKind.Kpi, IndicatorKind.Kgi),
        "k");
}
