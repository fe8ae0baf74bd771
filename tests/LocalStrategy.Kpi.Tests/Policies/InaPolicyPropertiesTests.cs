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
/// Laws of Ina's grading (domain.md, "Ina"), each over <see cref="DecimalGenerators.Cases"/> generated
/// cases: 順調 exactly when the indicator value is met, the grade is the band of the rate, a better actual
/// never grades lower (with either interim option), both options agree in the final target's year, the
/// straight line is exactly b + (t − b)(y − y_b)/(y_t − y_b), and grading never throws.
/// </summary>
public sealed class InaPolicyPropertiesTests
{
    private static readonly string[] RuleIds = { "ina.year", "ina.final", "ina.path", "ina.noActual", "ina.manual" };
    private static readonly FiscalYear R11 = new(2029);
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2025), R11);
    private static readonly InaPolicy ByPath = InaPolicy.StraightLine;

    public static TheoryData<Direction, bool> DirectionsAndOptions { get; } = new()
    {
        { Direction.HigherIsBetter, false },
        { Direction.HigherIsBetter, true },
        { Direction.LowerIsBetter, false },
        { Direction.LowerIsBetter, true },
    };

    [Theory]
    [MemberData(nameof(DirectionsAndOptions))]
    public void A_better_actual_never_gets_a_lower_grade(Direction direction, bool straightLine)
    {
        var policy = straightLine ? ByPath : InaPolicy.Default;
        var cases =
            from t in Gen.Frequency((3, NonZero), (2, FewDigits(-2, 6).Where(v => v != 0m)))
            from b in Gen.Frequency((2, Wide), (1, Near(t)), (2, FewDigits(-2, 6)))
            from baseYear in Gen.Choose(2015, 2028)
            from year in Gen.Choose(2025, 2029)
            from a1 in Gen.Frequency((2, Wide), (1, Near(t)), (2, Near(PathGuess(b, baseYear, t, year))), (1, Near(b)))
            from a2 in Gen.Frequency((2, Wide), (1, Near(t)), (2, Near(PathGuess(b, baseYear, t, year))), (2, Near(a1)))
            select (Target: t, Baseline: b, BaseYear: baseYear, Year: new FiscalYear(year), A1: a1, A2: a2);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var better = direction == Direction.HigherIsBetter ? Math.Max(c.A1, c.A2) : Math.Min(c.A1, c.A2);
            var worse = direction == Direction.HigherIsBetter ? Math.Min(c.A1, c.A2) : Math.Max(c.A1, c.A2);
            var context = new GradingContext(c.Year, Plan);
            var rBetter = policy.Evaluate(Make(direction, c.Baseline, c.BaseYear, c.Target, c.Year, better), context);
            var rWorse = policy.Evaluate(Make(direction, c.Baseline, c.BaseYear, c.Target, c.Year, worse), context);

            // Whether a path exists does not depend on the actual; the final value (never 0 here) always grades.
            return rBetter.IsGraded == rWorse.IsGraded
                && rBetter.Reason == rWorse.Reason
                && (straightLine || rWorse.IsGraded)
                && (!rWorse.IsGraded || (Rank(rWorse.Grade) >= 1 && Rank(rBetter.Grade) >= Rank(rWorse.Grade)));
        }));
    }

    [Fact]
    public void On_track_exactly_when_the_indicator_value_is_met_and_the_grade_is_the_band_of_the_rate()
    {
        var cases =
            from d in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Maintain)
            from t in NonZero
            from a in Gen.Frequency((1, Wide), (2, Near(t)))
            from year in Gen.Choose(2025, 2030)
            from b in Gen.Frequency((2, Wide.Select(v => (decimal?)v)), (1, Gen.Constant((decimal?)null)))
            select (Direction: d, Target: t, Actual: a, Year: new FiscalYear(year), Baseline: b);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var indicator = Make(c.Direction, c.Baseline, 2023, c.Target, c.Year, c.Actual);
            var result = InaPolicy.Default.Evaluate(indicator, new GradingContext(c.Year, Plan));
            var rate = Rates.Achievement(c.Direction, c.Actual, c.Target);

            // domain.md: 順調 actual ≥ indicator value (met, in the stated direction); おおむね順調 ≥ 80 %; 努力を要する below.
            var expected = rate.Passes(1m, true) ? "OnTrack" : rate.Passes(0.8m, true) ? "MostlyOnTrack" : "NeedsEffort";
            return result.Grade.Code == expected
                && (result.Grade.Code == "OnTrack") == Rates.Meets(c.Direction, c.Actual, c.Target)
                && result.Numbers.Rate == rate
                && result.Numbers.Target == c.Target
                && result.Numbers.Actual == c.Actual
                && result.Rule.Id == (c.Year == R11 ? "ina.year" : "ina.final");
        }));
    }

    [Fact]
    public void In_the_final_targets_year_the_straight_line_and_the_final_value_give_the_same_grade_and_rate()
    {
        var directed =
            from d in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Maintain)
            from t in Wide
            from b in Gen.Frequency((2, Wide.Select(v => (decimal?)v)), (1, Gen.Constant((decimal?)null)))
            from baseYear in Gen.Choose(2015, 2031)
            from a in Gen.Frequency((1, Wide), (2, Near(t)))
            select Make(d, b, baseYear, t, R11, a);
        var anyWithATarget = AnyIndicator.Where(i => i.Targets.Count > 0);
        var cases = Gen.Frequency((1, directed), (1, anyWithATarget));

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), indicator =>
        {
            var finalYear = indicator.Targets.Max(t => t.Year);
            var context = new GradingContext(finalYear, Plan);
            var byFinal = InaPolicy.Default.Evaluate(indicator, context);
            var byPath = ByPath.Evaluate(indicator, context);
            return byFinal.Grade.Equals(byPath.Grade)
                && byFinal.Numbers.Rate == byPath.Numbers.Rate
                && byFinal.Reason == byPath.Reason
                && byFinal.Rule.Id == byPath.Rule.Id
                && byFinal.Numbers.Target == byPath.Numbers.Target
                && byFinal.Rule.Id != "ina.path";
        }));
    }

    [Fact]
    public void The_straight_line_value_is_baseline_plus_the_years_share_of_the_way_to_the_target()
    {
        // With t = b + q × n over n years, the point k years after the baseline is exactly b + q × k.
        var cases =
            from d in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter)
            from n in Gen.Choose(1, 14)
            from k in Gen.Choose(0, n)
            from b in Gen.Choose(-1_000_000, 1_000_000)
            from q in Gen.Choose(-100_000, 100_000)
            from scale in Gen.Elements(1m, 0.01m, 1000m)
            from a in Gen.Frequency((1, Wide), (2, Near((b + (q * k)) * scale)), (1, FewDigits(-2, 6)))
            select (Direction: d, N: n, K: k, Baseline: b * scale, Step: q * scale, Actual: a);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var baseYear = R11.Year - c.N;
            var year = new FiscalYear(baseYear + c.K);
            var target = c.Baseline + (c.Step * c.N);
            var path = c.Baseline + (c.Step * c.K);
            var result = ByPath.Evaluate(Make(c.Direction, c.Baseline, baseYear, target, year, c.Actual), new GradingContext(year, Plan));
            var judged = c.K == c.N ? target : path;
            if (judged == 0m)
            {
                return result.Grade.Equals(KpiGrade.NotGradable) && result.Reason == NotGradableReason.TargetZero;
            }

            var rate = Rates.Achievement(c.Direction, c.Actual, judged);
            var expected = rate.Passes(1m, true) ? "OnTrack" : rate.Passes(0.8m, true) ? "MostlyOnTrack" : "NeedsEffort";
            return result.IsGraded
                && result.Numbers.Target == judged
                && result.Numbers.TargetYear == R11
                && result.Numbers.Rate == rate
                && result.Grade.Code == expected
                && result.Rule.Id == (c.K == c.N ? "ina.year" : "ina.path")
                && (c.K == c.N || result.Numbers.Baseline == c.Baseline);
        }));
    }

    [Fact]
    public void Grading_any_indicator_never_throws_and_gives_a_consistent_result_of_the_scale()
    {
        var cases =
            from indicator in AnyIndicator
            from year in Gen.Choose(2015, 2032)
            from straight in Gen.Elements(false, true)
            select (Indicator: indicator, Year: new FiscalYear(year), Policy: straight ? ByPath : InaPolicy.Default);

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var result = c.Policy.Evaluate(c.Indicator, new GradingContext(c.Year, Plan));
            var manual = c.Indicator.Basis == GradingBasis.Manual;
            var missing = result.Reason is NotGradableReason.NoActual or NotGradableReason.NotPublished or NotGradableReason.Suspended;
            return result.IndicatorId == c.Indicator.Id
                && result.Year == c.Year
                && c.Policy.Scale.Contains(result.Grade)
                && RuleIds.Contains(result.Rule.Id)
                && manual == (result.Rule.Id == "ina.manual")
                && result.IsGraded == (result.Reason == NotGradableReason.None)
                && (result.ReasonText.English.Length == 0) == result.IsGraded
                && (result.ReasonText.Japanese.Length == 0) == result.IsGraded
                && (!result.Grade.Equals(KpiGrade.NotGradable) || !result.IsGraded)
                && (manual || result.Grade.Equals(InaPolicy.NoActual) == missing)
                && (manual || !result.IsGraded || Rank(result.Grade) >= 1);
        }));
    }

    /// <summary>The order of Ina's scale: 順調 3 &gt; おおむね順調 2 &gt; 努力を要する 1; anything else 0.</summary>
    internal static int Rank(KpiGrade grade) => grade.Code switch
    {
        "OnTrack" => 3,
        "MostlyOnTrack" => 2,
        "NeedsEffort" => 1,
        _ => 0,
    };

    private static Indicator Make(Direction direction, decimal? baseline, int baseYear, decimal target, FiscalYear year, decimal actual)
        => new("k", IndicatorKind.Kpi, "テスト指標", new Unit("人"), direction, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = baseline is null ? null : new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(baseYear)) },
            Targets = ValueList<Target>.Of(new Target(R11) { Value = target }),
            Observations = ValueList<Observation>.Of(new Observation(year) { Value = actual }),
        };

    // A value near the path point, for the generators to aim at; 0 when it overflows or is undefined.
    private static decimal PathGuess(decimal b, int baseYear, decimal t, int year)
    {
        try
        {
            return b + ((t - b) * (year - baseYear) / (R11.Year - baseYear));
        }
        catch (OverflowException)
        {
            return 0m;
        }
    }

    private static Gen<Indicator> AnyIndicator { get; } = ArbitraryIndicators.AnyIndicator(
        AnyTarget(2019, 2031),
        AnyObservation(2015, 2032, new[] { "OnTrack", "MostlyOnTrack", "NeedsEffort", "NoActual", "NotGradable", "A", null }),
        OptionalBaseline(OptionalStage, OptionalPeriod(2010, 2031), (value, _, period) => value is not null || period is not null),
        Gen.Constant(IndicatorKind.Kpi),
        "k");
}
