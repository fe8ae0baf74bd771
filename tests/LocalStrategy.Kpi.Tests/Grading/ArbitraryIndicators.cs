using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using static LocalStrategy.Kpi.Tests.Grading.DecimalGenerators;

namespace LocalStrategy.Kpi.Tests.Grading;

/// <summary>
/// Generators of arbitrary indicators for the "grading never throws" properties of every policy: up to
/// three targets and four observations with values, stages, statuses and manual grades that may be
/// missing, 0 or not of the policy's scale. What differs by policy (years, grade codes, the baseline,
/// the kind, the id) is a parameter.
/// </summary>
internal static class ArbitraryIndicators
{
    /// <summary>The stages an arbitrary indicator may declare.</summary>
    internal static readonly string[] Stages = { "未着手", "着手", "策定" };

    /// <summary>Gets a value of any kind (four in six), 0 (one in six) or none (one in six).</summary>
    internal static Gen<decimal?> OptionalValue { get; } = Gen.Frequency(
        (4, Wide.Select(v => (decimal?)v)),
        (1, Gen.Constant((decimal?)0m)),
        (1, Gen.Constant((decimal?)null)));

    /// <summary>Gets a declared stage (three in seven), an undeclared one (one in seven) or none (three in seven).</summary>
    internal static Gen<string?> OptionalStage { get; } = Gen.Frequency(
        (3, Gen.Elements(Stages).Select(s => (string?)s)),
        (1, Gen.Constant((string?)"未定義")),
        (3, Gen.Constant((string?)null)));

    /// <summary>Gets no stage, for baselines that carry none.</summary>
    internal static Gen<string?> NoStage { get; } = Gen.Constant((string?)null);

    /// <summary>Gets no period, for baselines that carry none.</summary>
    internal static Gen<ReportingPeriod?> NoPeriod { get; } = Gen.Constant((ReportingPeriod?)null);

    /// <summary>A fiscal year (three in five), a calendar year (one in five) or none (one in five).</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year.</param>
    /// <returns>The generator.</returns>
    internal static Gen<ReportingPeriod?> OptionalPeriod(int fromYear, int toYear) => Gen.Frequency(
        (3, Gen.Choose(fromYear, toYear).Select(y => (ReportingPeriod?)ReportingPeriod.OfFiscalYear(new FiscalYear(y)))),
        (1, Gen.Choose(fromYear, toYear).Select(y => (ReportingPeriod?)ReportingPeriod.OfCalendarYear(y))),
        (1, Gen.Constant((ReportingPeriod?)null)));

    /// <summary>Baselines of an <see cref="OptionalValue"/>, a stage and a period; none where <paramref name="present"/> says so.</summary>
    /// <param name="stages">The stages (<see cref="NoStage"/> for none).</param>
    /// <param name="periods">The periods (<see cref="NoPeriod"/> for none).</param>
    /// <param name="present">Whether a value, stage and period make a baseline at all.</param>
    /// <returns>The generator.</returns>
    internal static Gen<Baseline?> OptionalBaseline(Gen<string?> stages, Gen<ReportingPeriod?> periods, Func<decimal?, string?, ReportingPeriod?, bool> present)
        => from value in OptionalValue
           from stage in stages
           from period in periods
           select present(value, stage, period) ? new Baseline { Value = value, Stage = stage, Period = period } : null;

    /// <summary>Targets in a year of [<paramref name="fromYear"/>, <paramref name="toYear"/>] with any comparison and optional value, bounds and stage.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year.</param>
    /// <returns>The generator.</returns>
    internal static Gen<Target> AnyTarget(int fromYear, int toYear)
        => from year in Gen.Choose(fromYear, toYear)
           from value in OptionalValue
           from comparison in Gen.Elements(Enum.GetValues<TargetComparison>())
           from min in OptionalValue
           from max in OptionalValue
           from stage in OptionalStage
           select new Target(new FiscalYear(year)) { Value = value, Comparison = comparison, Min = min, Max = max, Stage = stage };

    /// <summary>Observations in a year of [<paramref name="fromYear"/>, <paramref name="toYear"/>] with any status and optional value, stage, manual and published grade.</summary>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year.</param>
    /// <param name="manualGrades">The codes of manual grades, equally likely (null for none).</param>
    /// <param name="publishedGrades">The published grades, equally likely (null for none); when not given, never a published grade.</param>
    /// <returns>The generator.</returns>
    internal static Gen<Observation> AnyObservation(int fromYear, int toYear, string?[] manualGrades, string?[]? publishedGrades = null)
        => from year in Gen.Choose(fromYear, toYear)
           from value in OptionalValue
           from stage in OptionalStage
           from status in Gen.Elements(Enum.GetValues<ObservationStatus>())
           from manual in Gen.Elements(manualGrades)
           from published in publishedGrades is null ? Gen.Constant((string?)null) : Gen.Elements(publishedGrades)
           select new Observation(new FiscalYear(year))
           {
               Value = value,
               Stage = stage,
               Status = status,
               ManualGrade = manual is null ? null : new ManualGrade(manual, "理由"),
               PublishedGrade = published,
           };

    /// <summary>
    /// Indicators of any direction and basis with a baseline from <paramref name="baselines"/>, the first 0 to 3
    /// of three <paramref name="targets"/>, the first 0 to 4 of four <paramref name="observations"/>, and
    /// <see cref="Stages"/> or no stages.
    /// </summary>
    /// <param name="targets">The targets.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="baselines">The baselines.</param>
    /// <param name="kinds">The kinds of indicator.</param>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The generator.</returns>
    internal static Gen<Indicator> AnyIndicator(Gen<Target> targets, Gen<Observation> observations, Gen<Baseline?> baselines, Gen<IndicatorKind> kinds, string id)
        => from direction in Gen.Elements(Enum.GetValues<Direction>())
           from basis in Gen.Elements(Enum.GetValues<GradingBasis>())
           from kind in kinds
           from baseline in baselines
           from someTargets in Gen.ListOf(targets, 3)
           from moreTargets in Gen.Choose(0, 3)
           from someObservations in Gen.ListOf(observations, 4)
           from moreObservations in Gen.Choose(0, 4)
           from withStages in Gen.Elements(true, false)
           select new Indicator(id, kind, "テスト指標", new Unit("人"), direction, ValueKind.Level, basis)
           {
               Baseline = baseline,
               Targets = ValueList<Target>.From(someTargets.Take(moreTargets)),
               Observations = ValueList<Observation>.From(someObservations.Take(moreObservations)),
               Stages = withStages ? ValueList<string>.Of(Stages) : ValueList<string>.Empty,
           };
}
