using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.ArbitraryIndicators;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// The laws of declared policies: for any valid policy document grading is total and deterministic,
/// its bands partition the measure line (every value gets exactly one band: the first that holds),
/// and the document reads back equal after writing.
/// </summary>
public sealed class PolicyPropertiesTests
{
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2020), new FiscalYear(2029));
    private static readonly string[] Codes = { "A", "B", "C", "N" }; // the grades of PolicyDocuments.Minimal
    private static readonly decimal[] Grid = { -1m, 0m, 0.5m, 0.6m, 0.8m, 0.80m, 1m, 1.2m };

    private static readonly PolicyDefinition Base = PolicyDocuments.Valid(PolicyDocuments.Minimal);

    [Fact]
    public void Generated_definitions_are_valid()
    {
        Check.One(PropertyConfig, Prop.ForAll(AnyDefinition.ToArbitrary(), d => PolicyJson.Validate(d).Count == 0));
    }

    [Fact]
    public void A_definition_reads_back_equal_after_writing()
    {
        Check.One(PropertyConfig, Prop.ForAll(AnyDefinition.ToArbitrary(), d =>
        {
            var json = PolicyJson.Write(d);
            var again = PolicyJson.Read(json).GetValueOrThrow();
            return again == d && PolicyJson.Write(again) == json;
        }));
    }

    [Fact]
    public void Grading_by_any_valid_definition_is_total_and_deterministic()
    {
        var cases =
            from definition in AnyDefinition
            from indicator in AnyIndicator(AnyTarget(2019, 2031), AnyObservation(2018, 2031, new[] { "A", "B", "Z", "NotGradable", null }), OptionalBaseline(OptionalStage, OptionalPeriod(2015, 2025), (v, s, p) => v is not null || s is not null), Gen.Elements(IndicatorKind.Kpi, IndicatorKind.Kgi), "k")
            from year in Gen.Choose(2018, 2031)
            select (Definition: definition, Indicator: indicator, Year: new FiscalYear(year));

        Check.One(PropertyConfig, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var policy = GradingPolicies.Create(c.Definition);
            var context = new GradingContext(c.Year, Plan);
            var first = policy.Evaluate(c.Indicator, context);
            var second = GradingPolicies.Create(c.Definition).Evaluate(c.Indicator, context);
            return first.IndicatorId == "k"
                && first.Year == c.Year
                && policy.Scale.Contains(first.Grade)
                && first.IsGraded == (first.Reason == NotGradableReason.None)
                && (first.ReasonText.English.Length == 0) == first.IsGraded
                && Same(first, second);
        }));
    }

    [Fact]
    public void Accepted_bands_give_every_rate_exactly_the_first_band_that_holds()
    {
        Check.One(PropertyConfig, Prop.ForAll(BandCases.ToArbitrary(), c =>
        {
            var definition = WithRateBands(c.Bands);
            var errors = PolicyJson.Validate(definition);
            if (errors.Count > 0)
            {
                return true;
            }

            var policy = GradingPolicies.Create(definition);
            return c.Values.All(v =>
            {
                var expected = FirstHolding(c.Bands, v);
                var result = policy.Evaluate(RateIndicator(v), new GradingContext(new FiscalYear(2020), Plan));
                return expected is not null && result.IsGraded && result.Grade.Code == c.Bands[expected.Value].Grade;
            });
        }));
    }

    [Fact]
    public void A_reported_gap_is_a_rate_that_no_band_takes_and_unreported_bands_leave_none()
    {
        Check.One(PropertyConfig, Prop.ForAll(BandCases.ToArbitrary(), c =>
        {
            var errors = PolicyJson.Validate(WithRateBands(c.Bands));
            var gap = errors.FirstOrDefault(e => e.Code == PolicyValidationCodes.BandGap);
            if (gap is null)
            {
                // No gap reported: every value gets a band.
                return c.Values.All(v => FirstHolding(c.Bands, v) is not null);
            }

            var text = gap.AttemptedValue!;
            var value = text.Split(' ')[0];
            return value is "+∞" or "-∞" || FirstHolding(c.Bands, decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture)) is null;
        }));
    }

    [Fact]
    public void A_band_reported_unreachable_is_never_the_first_that_holds()
    {
        Check.One(PropertyConfig, Prop.ForAll(BandCases.ToArbitrary(), c =>
        {
            var unreachable = PolicyJson.Validate(WithRateBands(c.Bands))
                .Where(e => e.Code == PolicyValidationCodes.BandUnreachable)
                .Select(e => int.Parse(e.Path.Substring(e.Path.LastIndexOf('[') + 1).TrimEnd(']'), CultureInfo.InvariantCulture))
                .ToHashSet();
            return c.Values.All(v => FirstHolding(c.Bands, v) is not { } i || !unreachable.Contains(i));
        }));
    }

    [Fact]
    public void The_band_generator_gives_accepted_and_rejected_bands_alike_so_the_laws_above_are_not_vacuous()
    {
        var samples = AnyBands.Sample(400, 20); // 400 samples of size 20
        var codes = samples.Select(b => PolicyJson.Validate(WithRateBands(b)).Select(e => e.Code).ToHashSet()).ToArray();

        Assert.Equal(400, codes.Length);
        Assert.InRange(codes.Count(c => c.Count == 0), 80, 400);
        Assert.InRange(codes.Count(c => c.Contains(PolicyValidationCodes.BandGap)), 40, 400);
        Assert.InRange(codes.Count(c => c.Contains(PolicyValidationCodes.BandUnreachable)), 40, 400);
    }

    // The oracle: the first band whose condition holds for v, read from the comparison's definition.
    private static int? FirstHolding(IReadOnlyList<PolicyBand> bands, decimal v)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            var c = bands[i].Condition;
            var holds = c.Comparison switch
            {
                BandComparison.AtLeast => v >= c.Value,
                BandComparison.Above => v > c.Value,
                BandComparison.AtMost => v <= c.Value,
                BandComparison.Below => v < c.Value,
                BandComparison.EqualTo => v == c.Value,
                BandComparison.Between => (c.MinInclusive == true ? v >= c.Min : v > c.Min) && (c.MaxInclusive == true ? v <= c.Max : v < c.Max),
                BandComparison.Within => c.Inclusive == true ? Math.Abs(v - (c.Reference ?? 0m)) <= c.Tolerance : Math.Abs(v - (c.Reference ?? 0m)) < c.Tolerance,
                _ => true,
            };
            if (holds)
            {
                return i;
            }
        }

        return null;
    }

    // An indicator whose achievement rate in FY2020 is exactly v: target 1, actual v, higher is better.
    private static Indicator RateIndicator(decimal v)
        => new("k", IndicatorKind.Kpi, "テスト指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2020)) { Value = 1m }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2020)) { Value = v }),
        };

    private static PolicyDefinition WithRateBands(IReadOnlyList<PolicyBand> bands)
        => Base with
        {
            Versions = ValueList<PolicyVersion>.Of(Base.Versions[0] with
            {
                Rules = ValueList<PolicyRule>.Of(Base.Versions[0].Rules[0], Base.Versions[0].Rules[1] with { Bands = ValueList<PolicyBand>.From(bands) }),
            }),
        };

    private static bool Same(in GradeResult a, in GradeResult b)
        => a.Grade.Code == b.Grade.Code && a.Rule.Equals(b.Rule) && a.Reason == b.Reason
            && a.Numbers.Rate == b.Numbers.Rate && a.Numbers.Actual == b.Numbers.Actual && a.Numbers.Target == b.Numbers.Target
            && a.Numbers.Baseline == b.Numbers.Baseline && a.Numbers.PreviousActual == b.Numbers.PreviousActual;

    private static Gen<decimal> GridValue { get; } = Gen.Elements(Grid);

    private static Gen<bool> AnyBool { get; } = Gen.Elements(true, false);

    /// <summary>Values at, just beside and between the bands' constants, and anywhere.</summary>
    private static Gen<decimal> ValueNear(IReadOnlyList<PolicyBand> bands)
    {
        var constants = bands.SelectMany(b => new[] { b.Condition.Value, b.Condition.Min, b.Condition.Max, b.Condition.Reference, b.Condition.Reference + b.Condition.Tolerance, b.Condition.Reference - b.Condition.Tolerance })
            .Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0m).ToArray();
        var constant = Gen.Elements(constants);
        return Gen.Frequency(
            (3, constant),
            (2, constant.Select(c => c + 0.0000000000000000000001m)),
            (2, constant.Select(c => c - 0.0000000000000000000001m)),
            (1, Gen.Choose(-300, 300).Select(i => i / 100m)),
            (1, FewDigits(-10, 10)));
    }

    private static Gen<PolicyBand> AnyBand { get; } =
        from grade in Gen.Elements(Codes)
        from kind in Gen.Choose(0, 7)
        from a in GridValue
        from b in GridValue
        from i1 in AnyBool
        from i2 in AnyBool
        from tolerance in Gen.Elements(0m, 0.1m, 0.2m)
        select new PolicyBand(grade, kind switch
        {
            0 => BandCondition.AtLeast(a),
            1 => BandCondition.Above(a),
            2 => BandCondition.AtMost(a),
            3 => BandCondition.Below(a),
            4 => BandCondition.EqualTo(a),
            5 => new BandCondition(BandComparison.Between) { Min = Math.Min(a, b), Max = Math.Max(a, b), MinInclusive = i1, MaxInclusive = i2 },
            6 => new BandCondition(BandComparison.Within) { Reference = a, Tolerance = tolerance, Inclusive = i1 },
            _ => BandCondition.Otherwise(),
        });

    /// <summary>A valid ladder of ≥ / &gt; thresholds, strictly descending, ending with otherwise.</summary>
    private static Gen<ValueList<PolicyBand>> Ladder { get; } =
        from count in Gen.Choose(1, 4)
        from thresholds in Gen.ListOf(Gen.Choose(-50, 150), count)
        from inclusive in Gen.ListOf(AnyBool, count)
        from grades in Gen.ListOf(Gen.Elements(Codes), count + 1)
        let distinct = thresholds.Distinct().OrderByDescending(t => t).ToArray()
        select ValueList<PolicyBand>.From(distinct
            .Select((t, i) => new PolicyBand(grades[i], inclusive[i] ? BandCondition.AtLeast(t / 100m) : BandCondition.Above(t / 100m)))
            .Append(new PolicyBand(grades[distinct.Length], BandCondition.Otherwise())));

    /// <summary>A valid partition of the line into between-bands at ascending cuts, each cut on one side only.</summary>
    private static Gen<ValueList<PolicyBand>> Partition { get; } =
        from count in Gen.Choose(1, 3)
        from cuts in Gen.ListOf(Gen.Choose(0, 120), count)
        from lowerSide in Gen.ListOf(AnyBool, count)
        from grades in Gen.ListOf(Gen.Elements(Codes), count + 1)
        let c = cuts.Distinct().OrderBy(x => x).Select(x => x / 100m).ToArray()
        select ValueList<PolicyBand>.From(Enumerable.Range(0, c.Length + 1).Select(i =>
            i == 0 ? new PolicyBand(grades[0], lowerSide[0] ? BandCondition.AtMost(c[0]) : BandCondition.Below(c[0]))
            : i == c.Length ? new PolicyBand(grades[i], lowerSide[i - 1] ? BandCondition.Above(c[i - 1]) : BandCondition.AtLeast(c[i - 1]))
            : new PolicyBand(grades[i], new BandCondition(BandComparison.Between) { Min = c[i - 1], MinInclusive = !lowerSide[i - 1], Max = c[i], MaxInclusive = lowerSide[i] })));

    /// <summary>Any bands, valid or not: every comparison over a small grid of values, so that boundaries often meet, and valid ladders and partitions. Declared after the generators it uses.</summary>
    private static Gen<IReadOnlyList<PolicyBand>> AnyBands { get; } = Gen.Frequency(
        (3, from count in Gen.Choose(1, 5)
            from bands in Gen.ListOf(AnyBand, count)
            select (IReadOnlyList<PolicyBand>)bands.ToArray()),
        (1, Ladder.Select(l => (IReadOnlyList<PolicyBand>)l.ToArray())),
        (1, Partition.Select(p => (IReadOnlyList<PolicyBand>)p.ToArray())));

    /// <summary>Any bands with ten values near their constants. Declared after the generators it uses.</summary>
    private static Gen<(IReadOnlyList<PolicyBand> Bands, IReadOnlyList<decimal> Values)> BandCases { get; } =
        from bands in AnyBands
        from values in Gen.ListOf(ValueNear(bands), 10)
        select (bands, (IReadOnlyList<decimal>)values.ToArray());

    /// <summary>Baseline-relative bands for a change measure: the same level within a tolerance, better, worse.</summary>
    private static Gen<ValueList<PolicyBand>> ChangeBands { get; } =
        from tolerance in Gen.Elements(0m, 0.05m, 0.1m, 0.25m)
        from inclusive in AnyBool
        from grades in Gen.ListOf(Gen.Elements(Codes), 3)
        select ValueList<PolicyBand>.Of(
            new PolicyBand(grades[0], new BandCondition(BandComparison.Within) { Tolerance = tolerance, ToleranceOf = ToleranceBasis.Baseline, Inclusive = inclusive || tolerance == 0m }),
            new PolicyBand(grades[1], BandCondition.Above(0m)),
            new PolicyBand(grades[2], BandCondition.Otherwise()));

    private static Gen<PolicyRule> RateRule { get; } =
        from measure in Gen.Elements(RuleMeasure.AchievementRate, RuleMeasure.ProgressRate)
        from source in Gen.Elements(Enum.GetValues<TargetSource>())
        from bands in Gen.OneOf(Ladder, Partition)
        from stages in Gen.Elements<StageGrades?>(null, new StageGrades("A", null), new StageGrades("A", "C"))
        select new PolicyRule(new GradingRule("p.rate", new LocalizedText("率。", "Rate.")), measure)
        {
            Bases = ValueList<GradingBasis>.Of(GradingBasis.Target),
            Target = source,
            Bands = bands,
            Stages = stages,
        };

    private static Gen<PolicyRule> MetRule { get; } =
        from source in Gen.Elements(TargetSource.Year, TargetSource.YearOrFinal, TargetSource.Final)
        select new PolicyRule(new GradingRule("p.met", new LocalizedText("達成。", "Met.")), RuleMeasure.TargetMet)
        {
            Target = source,
            Bands = ValueList<PolicyBand>.Of(new PolicyBand("A", BandCondition.EqualTo(1m)), new PolicyBand(null, BandCondition.Otherwise())),
        };

    private static Gen<PolicyRule> ChangeRule { get; } =
        from measure in Gen.Elements(RuleMeasure.ChangeFromBaseline, RuleMeasure.ChangeFromPrevious)
        from bands in ChangeBands
        from withTarget in AnyBool
        select new PolicyRule(new GradingRule("p.change", new LocalizedText("変化。", "Change.")), measure)
        {
            Target = withTarget ? TargetSource.YearOrFinal : null,
            TargetRequired = !withTarget,
            Bands = bands,
        };

    private static Gen<PolicyVersion> AnyVersion(FiscalYear? effectiveFrom) =>
        from reasons in Gen.Shuffle(new[] { NotGradableReason.NoActual, NotGradableReason.NotPublished, NotGradableReason.Suspended, NotGradableReason.NoTarget, NotGradableReason.TargetZero, NotGradableReason.NoBaseline, NotGradableReason.NoPreviousActual })
        from listed in Gen.Choose(0, 7)
        from labels in Gen.ListOf(Gen.Elements<string?>(null, "N"), 7)
        from rate in RateRule
        from met in MetRule
        from change in ChangeRule
        from order in Gen.Choose(0, 2)
        from manual in AnyBool
        let rules = (order switch
        {
            0 => new[] { rate, change },
            1 => new[] { met, rate, change },
            _ => new[] { change, met, rate },
        }).ToList()
        select new PolicyVersion(
            ValueList<Grade>.From(Codes.Select(c => new Grade(c, new LocalizedText(c + "評価", c)))),
            ValueList<PolicyRule>.From(manual ? rules.Prepend(new PolicyRule(new GradingRule("p.manual", new LocalizedText("個別。", "Manual.")), RuleMeasure.Manual) { Bases = ValueList<GradingBasis>.Of(GradingBasis.Manual) }) : rules))
        {
            EffectiveFrom = effectiveFrom,
            NotGradable = ValueList<NotGradableOutcome>.From(reasons.Take(listed).Select((r, i) => new NotGradableOutcome(r, labels[i], i % 2 == 0 ? null : new GradingRule("p." + r, new LocalizedText("評価不能: " + r + "。", "Not gradable: " + r + "."))))),
        };

    private static Gen<PolicyDefinition> AnyDefinition { get; } =
        from first in AnyVersion(null)
        from twoVersions in AnyBool
        from year in Gen.Choose(2021, 2028)
        from second in AnyVersion(new FiscalYear(year))
        from overrideYear in Gen.Elements<int?>(null, 2020, 2024)
        from withOverride in AnyBool
        from delegated in AnyBool
        select new PolicyDefinition("generated", new LocalizedText("生成", "Generated"), twoVersions ? ValueList<PolicyVersion>.Of(first, second) : ValueList<PolicyVersion>.Of(first))
        {
            Overrides = withOverride
                ? ValueList<IndicatorOverride>.Of(delegated
                    ? new IndicatorOverride("k") { Year = overrideYear is { } y ? new FiscalYear(y) : null, Policy = "ami" }
                    : new IndicatorOverride("k") { Year = overrideYear is { } y2 ? new FiscalYear(y2) : null, Manual = new ManualGrade("B", "審議会の判断") })
                : ValueList<IndicatorOverride>.Empty,
        };
}
