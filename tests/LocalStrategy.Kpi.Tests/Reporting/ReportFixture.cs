using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Tests.Reporting;

/// <summary>
/// A small strategy built in code (FY2020–FY2024, graded for FY2020) whose grades are known by hand:
/// goal g1 has a numeric goal (22.2 against 21.1: A) and a measure with four KPIs — k-d (50 against
/// 100: D, published B, so the audit disagrees), k-kept (no target, published A), k-none (no target,
/// nothing published) and k-zero (target 0: 測定不能, published D); goal g2 has a KGI graded B by
/// hand (275 against 280, published B) and a measure with a sub-measure holding one KPI (7 → 11,
/// lower is better, target 7: C).
/// </summary>
internal static class ReportFixture
{
    internal static readonly FiscalYear Fy2020 = new(2020);

    internal static Strategy Strategy { get; } = new Strategy(
        "test-strategy",
        new Municipality("テスト市"),
        "テスト総合戦略",
        new FiscalYearRange(Fy2020, new FiscalYear(2024)))
    {
        GradingPolicy = "azumino",
        Goals = ValueList<BasicGoal>.Of(
            new BasicGoal("g1", "1", "雇用を生み出す")
            {
                Indicators = ValueList<Indicator>.Of(
                    Make("g1-ng1", IndicatorKind.NumericGoal, Direction.HigherIsBetter, 21.1m, 22.2m, "A")),
                Measures = ValueList<Measure>.Of(new Measure("m1-1", "1-1", "商工業の振興")
                {
                    Indicators = ValueList<Indicator>.Of(
                        Make("k-d", IndicatorKind.Kpi, Direction.HigherIsBetter, 100m, 50m, "B"),
                        Make("k-kept", IndicatorKind.Kpi, Direction.HigherIsBetter, null, 7m, "A"),
                        Make("k-none", IndicatorKind.Kpi, Direction.HigherIsBetter, null, 7m, null),
                        Make("k-zero", IndicatorKind.Kpi, Direction.HigherIsBetter, 0m, 3m, "D")),
                }),
            },
            new BasicGoal("g2", "2", "子育てを支える")
            {
                Indicators = ValueList<Indicator>.Of(
                    Make("g2-kgi", IndicatorKind.Kgi, Direction.HigherIsBetter, 280m, 275m, "B")),
                Measures = ValueList<Measure>.Of(new Measure("m2-1", "2-1", "保育の充実")
                {
                    SubMeasures = ValueList<Measure>.Of(new Measure("m2-1-1", "2-1-①", "待機児童の解消")
                    {
                        Indicators = ValueList<Indicator>.Of(
                            Make("k-wait", IndicatorKind.Kpi, Direction.LowerIsBetter, 7m, 11m, null)),
                    }),
                }),
            }),
    };

    private static Indicator Make(string id, IndicatorKind kind, Direction direction, decimal? target, decimal actual, string? published)
        => new(id, kind, "指標 " + id, new Unit("人"), direction, ValueKind.Level, GradingBasis.Target)
        {
            Targets = target is null ? ValueList<Target>.Empty : ValueList<Target>.Of(new Target(Fy2020) { Value = target }),
            Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Value = actual, PublishedGrade = published }),
        };
}
