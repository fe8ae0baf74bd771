using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Tests.Periods;
using NodaTime;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>
/// Generates strategies that meet every rule of the format: unique ids, references that resolve, a
/// plan period, targets (one per year) and observations inside it, percentages within 0–100,
/// milestone stages from the indicator's list, targets with exactly one of value, range or stage,
/// decimals of many scales and signs, and Japanese text with characters JSON must escape. Some have
/// a predecessor, goals with lineage and alignments, measures with alignments, and a population
/// vision: periods of every kind in increasing order, versions with a value or a range, non-negative
/// populations and fertility rates, and component ranges that do not overlap within a component.
/// </summary>
internal static class ValidStrategies
{
    private static readonly string[] Words =
    [
        "安曇野市", "伊那市", "阿見町", "まち・ひと・しごと", "創生総合戦略", "新規起業者数", "待機児童数", "①", "②", "㎥/年",
        "t-CO2/年", "▲508", "△472", "全6校", "ｶﾀｶﾅ", "ＡＢＣ", "KPI", "R2", "1-2", "\"引用\"", "back\\slash", "<b>&'", "😀",
        "改行\n", "タブ\t", "\u3000全角空白", "é", "\u0001",
    ];

    private static readonly string[] Fillers = [" ", string.Empty, "\u3000", "・", "、"];

    private static readonly string[] UnitLabels = ["人", "社", "億円", "千円", "%", "世帯", "ha", "㎥/年", "t-CO2/年", "人/年", "万件/月", "点", string.Empty];

    private static readonly string[] StageNames = ["未着手", "検討中", "着手", "策定", "実施", "完了"];

    private static readonly decimal[] Notable =
    [
        0.1m, 1563429m, 1.50m, -473m, -508m, 0m, 0.00m, 100m, 265.5m, 287182m, 461000m, -0.001m,
        79228162514264337593543950335m, -79228162514264337593543950335m, 0.0000000000000000000000000001m,
    ];

    /// <summary>Gets the generator of valid strategies.</summary>
    internal static Gen<Strategy> Strategy { get; } = BuildStrategy();

    /// <summary>Gets non-blank text, often Japanese.</summary>
    internal static Gen<string> Text { get; } =
        from first in Gen.Elements(Words)
        from count in Gen.Choose(0, 3)
        from rest in Gen.ArrayOf(Gen.Elements(Words.Concat(Fillers)), count)
        select first + string.Concat(rest);

    /// <summary>Gets decimals of scales 0 to 12 and both signs, with some notable values.</summary>
    internal static Gen<decimal> Decimal { get; } = Gen.Frequency(
        (1, Gen.Elements(Notable)),
        (4, from high in Gen.Choose(0, 999_999)
            from low in Gen.Choose(0, 999_999)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 12)
            select Build((high * 1_000_000L) + low, negative, scale)));

    /// <summary>Gets the same as <see cref="Decimal"/> without a sign: populations and fertility rates.</summary>
    internal static Gen<decimal> NonNegative { get; } = Decimal.Select(Math.Abs);

    /// <summary>Gets percentages from 0 to 100 with scales 0 to 3.</summary>
    internal static Gen<decimal> Percent { get; } =
        from scale in Gen.Choose(0, 3)
        from mantissa in Gen.Choose(0, 100 * (int)Math.Pow(10, scale))
        select Build(mantissa, false, scale);

    private static Gen<string?> OptionalText => Optional(Text);

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<ValueList<T>> ListOf<T>(Gen<T> gen, int max)
        => Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n)).Select(ValueList<T>.From);

    private static Gen<ValueList<T>> Indexed<T>(int max, Func<int, Gen<T>> item)
        => Gen.Choose(0, max).SelectMany(n => Gen.CollectToArray(Enumerable.Range(0, n), item)).Select(ValueList<T>.From);

    private static decimal Build(long magnitude, bool negative, int scale)
        => new(unchecked((int)(magnitude & 0xFFFFFFFF)), (int)(magnitude >> 32), 0, negative && magnitude != 0, (byte)scale);

    private static Gen<Strategy> BuildStrategy()
        => from first in Gen.Choose(2015, 2030)
           from length in Gen.Choose(1, 6)
           let plan = new FiscalYearRange(new FiscalYear(first), new FiscalYear(first + length - 1))
           from viewpoints in Indexed(3, i => Viewpoint(i))
           from goals in Indexed(3, i => Goal(i, plan, viewpoints.Select(v => v.Id).ToArray()))
           from projects in Indexed(2, i => Project(i, goals.SelectMany(g => g.Measures).SelectMany(AllCodes).ToArray()))
           from header in Header()
           from predecessor in Optional(Predecessor())
           from population in Optional(Population())
           select new Strategy(header.Id, header.Municipality, header.Title, plan)
           {
               Generation = header.Generation,
               RevisionDate = header.RevisionDate,
               Vision = header.Vision,
               GradingPolicy = header.GradingPolicy,
               Predecessor = Before(predecessor, plan, header.Id),
               Population = population,
               Notes = header.Notes,
               Viewpoints = viewpoints,
               Goals = goals,
               Projects = projects,
           };

    private static Gen<HeaderFields> Header()
        => from id in Text
           from title in Text
           from name in Text
           from prefecture in Gen.Elements<string?>(null, "長野県", "茨城県")
           from code in Gen.Elements<string?>(null, "202207", "202096", "084433", "281000", "012131")
           from generation in OptionalValue(Gen.Choose(1, 5))
           from revision in OptionalValue(Gen.Choose(0, 40000).Select(d => new LocalDate(1990, 1, 1).PlusDays(d)))
           from vision in OptionalText
           from policy in Gen.Elements<string?>(null, "azumino", "ina", "ami", "独自方式")
           from notes in ListOf(Gen.OneOf(Text, Gen.Constant(string.Empty)), 3)
           select new HeaderFields(
               id,
               new Municipality(name) { Prefecture = prefecture, Code = code is null ? null : LocalGovernmentCode.Parse(code) },
               title,
               generation,
               revision,
               vision,
               policy,
               notes);

    private static Gen<BasicViewpoint> Viewpoint(int i)
        => from title in Text
           from description in OptionalText
           select new BasicViewpoint("視点" + i, title) { Description = description };

    private static Gen<BasicGoal> Goal(int i, FiscalYearRange plan, string[] viewpointIds)
        => from title in Text
           from refs in Gen.SubListOf(viewpointIds)
           from indicators in Indexed(2, k => Indicator($"g{i}-指標{k}", [IndicatorKind.NumericGoal, IndicatorKind.Kgi], plan))
           from measures in Indexed(3, k => Measure($"m{i}-{k}", $"{i + 1}-{k + 1}", 0, plan))
           from lineage in Optional(Lineage())
           from alignments in ListOf(Alignment(), 2)
           select new BasicGoal("g" + i, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), title)
           {
               ViewpointIds = ValueList<string>.From(refs),
               Lineage = lineage,
               Alignments = alignments,
               Indicators = indicators,
               Measures = measures,
           };

    private static Gen<Measure> Measure(string id, string code, int depth, FiscalYearRange plan)
        => from prefix in Gen.Elements(string.Empty, "施策", "LP")
           from title in Text
           from departments in ListOf(Gen.Elements("商工労政課", "農政課", "子ども家庭支援課", "企画政策課"), 2)
           from activities in ListOf(Text, 2)
           from level in OptionalValue(Gen.Choose(1, 4))
           from digital in OptionalValue(Gen.Elements(false, true))
           from subMeasures in depth < 1
               ? Indexed(2, k => Measure($"{id}-{k}", $"{code}-{"①②③"[k]}", depth + 1, plan))
               : Gen.Constant(ValueList<Measure>.Empty)
           from indicators in Indexed(2, k => Indicator($"{id}-k{k}", [IndicatorKind.Kpi], plan))
           from alignments in ListOf(Alignment(), 2)
           select new Measure(id, prefix + code, title)
           {
               Departments = departments,
               Activities = activities,
               PriorityLevel = level,
               UsesDigitalTools = digital,
               Alignments = alignments,
               SubMeasures = subMeasures,
               Indicators = indicators,
           };

    // A predecessor comes before and is another plan: a period that does not start earlier, or the plan's own id, is dropped.
    private static StrategyReference? Before(StrategyReference? predecessor, FiscalYearRange plan, string id)
        => predecessor is null
            ? null
            : predecessor with
            {
                PlanPeriod = predecessor.PlanPeriod is { } before && before.First >= plan.First ? null : predecessor.PlanPeriod,
                Id = predecessor.Id == id ? null : predecessor.Id,
            };

    private static Gen<StrategyReference> Predecessor()
        => from title in Text
           from id in OptionalText
           from generation in OptionalValue(Gen.Choose(1, 5))
           from first in Gen.Choose(1990, 2030)
           from length in Gen.Choose(1, 6)
           from withPeriod in Gen.Elements(false, true)
           select new StrategyReference(title)
           {
               Id = id,
               Generation = generation,
               PlanPeriod = withPeriod ? new FiscalYearRange(new FiscalYear(first), new FiscalYear(first + length - 1)) : null,
           };

    private static Gen<GoalLineage> Lineage()
        => from goal in Text
           from relation in Gen.Elements(LineageRelation.CarriedOver, LineageRelation.Changed)
           from note in OptionalText
           select new GoalLineage(goal, relation) { Note = note };

    private static Gen<Alignment> Alignment()
        => from framework in Gen.OneOf(Text, Gen.Elements("国のまち・ひと・しごと創生総合戦略（第2期）", "デジタル田園都市国家構想総合戦略", "長野県総合5か年計画"))
           from goal in Text
           from note in OptionalText
           select new Alignment(framework, goal) { Note = note };

    private static Gen<PopulationVision> Population()
        => from targetPeriods in IncreasingPeriods(5)
           from targets in Gen.CollectToArray(targetPeriods, PopulationTarget)
           from fertilityPeriods in IncreasingPeriods(4)
           from fertility in Gen.CollectToArray(fertilityPeriods, p => PathPoint(p, NonNegative))
           from socialPeriods in IncreasingPeriods(4)
           from social in Gen.CollectToArray(socialPeriods, p => PathPoint(p, Decimal))
           from natural in ComponentTargets(PopulationComponent.NaturalChange)
           from socialChange in ComponentTargets(PopulationComponent.SocialChange)
           from components in Gen.Shuffle(natural.Concat(socialChange).ToArray())
           from actualPeriods in IncreasingPeriods(4)
           from actuals in Gen.CollectToArray(actualPeriods, PopulationActual)
           from note in OptionalText
           select new PopulationVision
           {
               Targets = ValueList<PopulationTarget>.From(targets),
               FertilityPath = ValueList<PathPoint>.From(fertility),
               SocialChangePath = ValueList<PathPoint>.From(social),
               ComponentTargets = ValueList<ComponentTarget>.From(components),
               Actuals = ValueList<PopulationActual>.From(actuals),
               Note = note,
           };

    /// <summary>Up to <paramref name="max"/> periods of every kind, strictly increasing as a document must list them.</summary>
    private static Gen<ReportingPeriod[]> IncreasingPeriods(int max)
        => from count in Gen.Choose(0, max)
           from periods in Gen.ArrayOf(JapanesePeriodsPropertyTests.PeriodGen(1989, 2100), count)
           select periods.Distinct().OrderBy(p => p).ToArray();

    private static Gen<PopulationTarget> PopulationTarget(ReportingPeriod period)
        => from count in Gen.Choose(1, 3)
           from versions in Gen.ArrayOf(TargetVersion(), count)
           select new PopulationTarget(period, ValueList<TargetVersion>.From(versions));

    private static Gen<TargetVersion> TargetVersion()
    {
        var value = NonNegative.Select(v => new TargetVersion { Value = v });
        var range =
            from a in NonNegative
            from b in NonNegative
            select new TargetVersion { Min = Math.Min(a, b), Max = Math.Max(a, b) };
        return from version in Gen.OneOf(value, range)
               from adoptedIn in Optional(Gen.OneOf(Text, Gen.Elements("第1期総合戦略", "第2期総合戦略", "後期基本計画")))
               from date in OptionalValue(Gen.Choose(0, 40000).Select(d => new LocalDate(1990, 1, 1).PlusDays(d)))
               from note in OptionalText
               select version with { AdoptedIn = adoptedIn, Date = date, Note = note };
    }

    private static Gen<PathPoint> PathPoint(ReportingPeriod period, Gen<decimal> values)
        => from value in values
           from isActual in Gen.Elements(false, true)
           from note in OptionalText
           select new PathPoint(period, value) { IsActual = isActual, Note = note };

    private static Gen<PopulationActual> PopulationActual(ReportingPeriod period)
        => from value in NonNegative
           from source in Optional(Gen.OneOf(Text, Gen.Elements("国勢調査", "住民基本台帳", "毎月人口異動調査")))
           from note in OptionalText
           select new PopulationActual(period, value) { Source = source, Note = note };

    /// <summary>Up to three ranges of one component, each after the previous one; end to end or with gaps.</summary>
    private static Gen<ComponentTarget[]> ComponentTargets(PopulationComponent component)
        => from count in Gen.Choose(0, 3)
           from first in Gen.Choose(1990, 2100)
           from gaps in Gen.ArrayOf(Gen.Choose(0, 3), count)
           from lengths in Gen.ArrayOf(Gen.Choose(1, 5), count)
           from perYear in Gen.ArrayOf(Decimal, count)
           from notes in Gen.ArrayOf(OptionalText, count)
           select Enumerable.Range(0, count)
               .Select(i =>
               {
                   var start = first + gaps.Take(i + 1).Sum() + lengths.Take(i).Sum();
                   var years = new FiscalYearRange(new FiscalYear(start), new FiscalYear(start + lengths[i] - 1));
                   return new ComponentTarget(component, years, perYear[i]) { Note = notes[i] };
               })
               .ToArray();

    private static IEnumerable<string> AllCodes(Measure measure)
        => new[] { measure.Code }.Concat(measure.SubMeasures.SelectMany(AllCodes));

    private static Gen<CrossCuttingProject> Project(int i, string[] measureCodes)
        => from title in Text
           from codes in Gen.SubListOf(measureCodes)
           select new CrossCuttingProject("p" + i, title) { MeasureCodes = ValueList<string>.From(codes) };

    private static Gen<Indicator> Indicator(string id, IndicatorKind[] kinds, FiscalYearRange plan)
        => Gen.Elements(Shape.Numeric, Shape.Percentage, Shape.Milestone)
            .SelectMany(shape => Indicator(id, kinds, plan, shape));

    private static Gen<Indicator> Indicator(string id, IndicatorKind[] kinds, FiscalYearRange plan, Shape shape)
    {
        var years = Enumerable.Range(plan.First.Year, plan.Length).Select(y => new FiscalYear(y)).ToArray();
        var numbers = shape == Shape.Percentage ? Percent : Decimal;
        var valueKind = shape switch
        {
            Shape.Percentage => Gen.Constant(ValueKind.Percentage),
            Shape.Milestone => Gen.Constant(ValueKind.MilestoneStage),
            _ => Gen.Elements(ValueKind.AnnualFlow, ValueKind.Cumulative, ValueKind.Level, ValueKind.Score),
        };
        var direction = shape == Shape.Milestone
            ? Gen.Constant(Direction.Milestone)
            : Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Maintain, Direction.WithinRange);
        var stages = shape == Shape.Milestone
            ? Gen.Choose(2, 4).SelectMany(n => Gen.Shuffle(StageNames).Select(s => s.Take(n).ToArray()))
            : Gen.Constant(Array.Empty<string>());

        return from kind in Gen.Elements(kinds)
               from name in Text
               from unit in Unit(shape)
               from dir in direction
               from vk in valueKind
               from basis in Gen.Elements(GradingBasis.Target, GradingBasis.Trend, GradingBasis.Manual)
               from stageList in stages
               from source in OptionalText
               from note in OptionalText
               from baseline in Optional(Baseline(numbers, stageList))
               from targetYears in Gen.SubListOf(years)
               from targets in Gen.CollectToArray(targetYears, y => Target(y, numbers, stageList))
               from observations in ListOf(Gen.Elements(years).SelectMany(y => Observation(y, numbers, stageList)), 3)
               select new Indicator(id, kind, name, unit, dir == Direction.WithinRange && targets.Length > 0 && !targets.Any(t => t.Comparison == TargetComparison.Between) ? Direction.Maintain : dir, vk, basis)
               {
                   Stages = ValueList<string>.From(stageList),
                   Source = source,
                   Note = note,
                   Baseline = baseline,
                   Targets = ValueList<Target>.From(targets),
                   Observations = observations,
               };
    }

    private static Gen<Unit> Unit(Shape shape)
        => from label in shape == Shape.Percentage ? Gen.Constant("%") : Gen.Elements(UnitLabels)
           from scale in Gen.Elements(1m, 100000000m, 1000m, 10000m, 0.001m, 2.50m)
           from per in Gen.Elements(FlowBasis.None, FlowBasis.PerYear, FlowBasis.PerMonth)
           select new Unit(label) { Scale = scale, Per = per };

    private static Gen<Baseline> Baseline(Gen<decimal> numbers, string[] stages)
        => from period in OptionalValue(JapanesePeriodsPropertyTests.PeriodGen(1989, 2100))
           from value in stages.Length == 0 ? OptionalValue(numbers) : Gen.Constant<decimal?>(null)
           from stage in stages.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(stages))
           from note in OptionalText
           select new Baseline { Period = period, Value = value, Stage = stage, Note = note };

    private static Gen<Target> Target(FiscalYear year, Gen<decimal> numbers, string[] stages)
    {
        var note = OptionalText;
        if (stages.Length > 0)
        {
            return from stage in Gen.Elements(stages)
                   from n in note
                   from each in Gen.Elements(false, false, true)
                   select new Target(year) { Stage = stage, Note = n, EachYear = each };
        }

        var value =
            from v in numbers
            from comparison in Gen.Elements(TargetComparison.Reach, TargetComparison.AtLeast, TargetComparison.AtMost)
            from n in note
            from each in Gen.Elements(false, false, true)
            select new Target(year) { Value = v, Comparison = comparison, Note = n, EachYear = each };
        var range =
            from a in numbers
            from b in numbers
            from n in note
            select new Target(year) { Comparison = TargetComparison.Between, Min = Math.Min(a, b), Max = Math.Max(a, b), Note = n };
        return Gen.OneOf(value, range);
    }

    private static Gen<Observation> Observation(FiscalYear year, Gen<decimal> numbers, string[] stages)
        => from status in Gen.Elements(ObservationStatus.Final, ObservationStatus.Preliminary, ObservationStatus.NotPublished, ObservationStatus.Suspended)
           from value in stages.Length == 0 && status is ObservationStatus.Final or ObservationStatus.Preliminary
               ? OptionalValue(numbers)
               : Gen.Constant<decimal?>(null)
           from stage in stages.Length == 0 ? Gen.Constant<string?>(null) : Optional(Gen.Elements(stages))
           from asOf in OptionalValue(JapanesePeriodsPropertyTests.PeriodGen(1989, 2100))
           from reason in OptionalText
           from source in OptionalText
           from note in OptionalText
           from manual in Optional(
               from grade in Gen.Elements("A", "B", "C", "D", "◎", "順調")
               from why in Text
               select new ManualGrade(grade, why))
           from published in Gen.Elements<string?>(null, "A", "B", "C", "D", "Unmeasurable", "おおむね順調")
           select new Observation(year)
           {
               Value = value,
               Stage = stage,
               Status = status,
               AsOf = asOf,
               Reason = reason,
               Source = source,
               Note = note,
               ManualGrade = manual,
               PublishedGrade = published,
           };

    private enum Shape
    {
        Numeric,
        Percentage,
        Milestone,
    }

    private sealed record HeaderFields(
        string Id,
        Municipality Municipality,
        string Title,
        int? Generation,
        LocalDate? RevisionDate,
        string? Vision,
        string? GradingPolicy,
        ValueList<string> Notes);
}
