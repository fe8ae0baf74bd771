using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.ArbitraryIndicators;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// The plain path (the common case graded in one pass) gives exactly what the general path gives, for
/// the built-in policies and a declared one, over indicators of every shape whose targets and actuals
/// mostly fall in the year graded; and it takes a good share of them, so the law is not vacuous.
/// </summary>
public sealed class PlainPathPropertiesTests
{
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2020), new FiscalYear(2029));

    private static readonly DeclarativePolicy[] Policies =
    {
        Engine("azumino"),
        Engine("ina"),
        Engine("ami"),
        (DeclarativePolicy)GradingPolicies.Create(PolicyDocuments.Valid(PolicyDocuments.Minimal)),
    };

    private static Gen<int> InTheYearMostly { get; } = Gen.Frequency((4, Gen.Constant(2020)), (1, Gen.Constant(2021)));

    private static Gen<decimal?> ValueMostly { get; } = Gen.Frequency((5, Wide.Select(v => (decimal?)v)), (1, OptionalValue));

    // Mostly the common shape (a target-graded indicator with a value target and a final or
    // preliminary actual in the year, of any value), with each of its parts sometimes otherwise, and
    // indicators of any shape at all.
    private static Gen<Indicator> NearlyPlain { get; } =
        from direction in Gen.Frequency((12, Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Maintain)), (1, Gen.Elements(Direction.WithinRange, Direction.Milestone)))
        from basis in Gen.Frequency((12, Gen.Constant(GradingBasis.Target)), (1, Gen.Elements(GradingBasis.Trend, GradingBasis.Manual)))
        from targetYear in InTheYearMostly
        from value in ValueMostly
        from comparison in Gen.Frequency((12, Gen.Elements(TargetComparison.Reach, TargetComparison.AtLeast, TargetComparison.AtMost)), (1, Gen.Constant(TargetComparison.Between)))
        from bounds in Gen.ListOf(OptionalValue, 2)
        from stage in Gen.Frequency((12, Gen.Constant((string?)null)), (1, OptionalStage))
        from eachYear in Gen.Elements(true, false)
        from observationYear in InTheYearMostly
        from actual in ValueMostly
        from status in Gen.Frequency((12, Gen.Elements(ObservationStatus.Final, ObservationStatus.Preliminary)), (1, Gen.Elements(ObservationStatus.NotPublished, ObservationStatus.Suspended)))
        from baseline in OptionalValue
        select new Indicator("k", IndicatorKind.Kpi, "テスト指標", new Unit("人"), direction, ValueKind.Level, basis)
        {
            Baseline = baseline is null ? null : new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2019)) },
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(targetYear)) { Value = value, Comparison = comparison, Min = bounds[0], Max = bounds[1], Stage = stage, EachYear = eachYear }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(observationYear)) { Value = actual, Status = status }),
            Stages = stage is null ? ValueList<string>.Empty : ValueList<string>.Of(Stages),
        };

    private static Gen<(DeclarativePolicy Policy, Indicator Indicator, FiscalYear Year)> Cases { get; } =
        from policy in Gen.Elements(Policies)
        from indicator in Gen.Frequency(
            (3, NearlyPlain),
            (1, AnyIndicator(
                AnyTarget(2020, 2021),
                AnyObservation(2020, 2021, new string?[] { null, "A" }),
                OptionalBaseline(NoStage, OptionalPeriod(2018, 2019), (v, s, p) => v is not null),
                Gen.Elements(IndicatorKind.Kpi, IndicatorKind.Kgi),
                "k")))
        from year in InTheYearMostly
        select (policy, indicator, new FiscalYear(year));

    [Fact]
    public void The_plain_path_gives_what_the_general_path_gives()
    {
        Check.One(PropertyConfig.WithMaxTest(DecimalGenerators.Cases * 5), Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var context = new GradingContext(c.Year, Plan);
            var graded = c.Policy.Evaluate(c.Indicator, context);
            var general = c.Policy.GradeInGeneral(c.Indicator, context);
            Assert.Equal(general.Grade.Code, graded.Grade.Code);
            Assert.Equal(general.Rule, graded.Rule);
            Assert.Equal(general.Reason, graded.Reason);
            Assert.Equal(general.Numbers.Rate, graded.Numbers.Rate);
            Assert.Equal(general.Numbers.Actual, graded.Numbers.Actual);
            Assert.Equal(general.Numbers.Target, graded.Numbers.Target);
            Assert.Equal(general.Numbers.TargetYear, graded.Numbers.TargetYear);
            Assert.Equal(general.Numbers.Baseline, graded.Numbers.Baseline);
            Assert.Equal(general.Numbers.PreviousActual, graded.Numbers.PreviousActual);
            Assert.Equal(general.IndicatorId, graded.IndicatorId);
            Assert.Equal(general.Year, graded.Year);
        }));
    }

    [Fact]
    public void The_cases_above_reach_the_plain_path_and_its_refusals_alike()
    {
        var samples = Cases.Sample(2_000, 20);
        var taken = samples.Count(c => c.Policy.TakesPlainPath(c.Indicator, c.Year));

        Assert.InRange(taken, 200, 1_800);
    }

    [Fact]
    public void A_whole_number_target_is_graded_on_the_plain_path_and_a_stage_target_is_not()
    {
        var plain = Indicator(new Target(new FiscalYear(2020)) { Value = 120m });
        var stage = Indicator(new Target(new FiscalYear(2020)) { Stage = "策定", Value = 120m }) with { Stages = ValueList<string>.Of(Stages) };

        Assert.True(Policies[0].TakesPlainPath(plain, new FiscalYear(2020)));
        Assert.False(Policies[0].TakesPlainPath(stage, new FiscalYear(2020)));
        Assert.Equal("B", Policies[0].Evaluate(plain, new GradingContext(new FiscalYear(2020), Plan)).Grade.Code); // 100 / 120 = 83.3 %
    }

    [Fact]
    public void Before_the_first_version_both_paths_say_the_policy_is_not_in_force()
    {
        var minimal = PolicyDocuments.Valid(PolicyDocuments.Minimal);
        var later = (DeclarativePolicy)GradingPolicies.Create(minimal with { Versions = ValueList<PolicyVersion>.Of(minimal.Versions[0] with { EffectiveFrom = new FiscalYear(2022) }) });
        var context = new GradingContext(new FiscalYear(2020), Plan);
        var indicator = Indicator(new Target(new FiscalYear(2020)) { Value = 120m });

        var general = later.GradeInGeneral(indicator, context);

        Assert.Equal(NotGradableReason.NotApplicable, general.Reason);
        Assert.Equal(later.Evaluate(indicator, context).Rule, general.Rule);
        Assert.False(later.TakesPlainPath(indicator, new FiscalYear(2020)));
    }

    private static Indicator Indicator(Target target)
        => new("k", IndicatorKind.Kpi, "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Targets = ValueList<Target>.Of(target),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2020)) { Value = 100m }),
        };

    private static DeclarativePolicy Engine(string name)
        => (DeclarativePolicy)GradingPolicies.Create(BuiltInPolicies.Definition(name));
}
