using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// A strategy graded for one fiscal year: every indicator's result and audit, and the tallies per
/// basic goal, per measure and overall, with goal indicators (数値目標, KGI) and KPIs apart.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class EvaluationReport
{
    private EvaluationReport(Strategy strategy, IGradingPolicy policy, FiscalYear year, int decimals, ValueList<IndicatorEvaluation> evaluations)
    {
        Strategy = strategy;
        Policy = policy;
        Year = year;
        PercentDecimals = decimals;
        Evaluations = evaluations;
        bool IsKpi(IndicatorEvaluation e) => e.Indicator.Kind == IndicatorKind.Kpi;
        Tally Count(IEnumerable<IndicatorEvaluation> items) => Tally.Of(items.Select(e => e.CountedGrade), policy.Scale, decimals);
        Kpis = Count(evaluations.Where(IsKpi));
        GoalIndicators = Count(evaluations.Where(e => !IsKpi(e)));
        Goals = ValueList<GoalSummary>.From(strategy.Goals.Select(g => new GoalSummary(
            g,
            Count(evaluations.Where(e => ReferenceEquals(e.Placement.Goal, g) && !IsKpi(e))),
            Count(evaluations.Where(e => ReferenceEquals(e.Placement.Goal, g) && IsKpi(e))))));
        Measures = ValueList<MeasureSummary>.From(strategy.Goals.SelectMany(g => g.Measures.Select(m => new MeasureSummary(
            g,
            m,
            Count(evaluations.Where(e => IsKpi(e) && e.Placement.Measure is { } em && Contains(m, em)))))));
    }

    /// <summary>Gets the strategy.</summary>
    public Strategy Strategy { get; }

    /// <summary>Gets the policy used.</summary>
    public IGradingPolicy Policy { get; }

    /// <summary>Gets the fiscal year graded.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the decimal places of the percentages.</summary>
    public int PercentDecimals { get; }

    /// <summary>Gets every indicator's evaluation, in document order.</summary>
    public ValueList<IndicatorEvaluation> Evaluations { get; }

    /// <summary>Gets the tally of all KPIs.</summary>
    public Tally Kpis { get; }

    /// <summary>Gets the tally of all goal indicators (numeric goals and KGIs).</summary>
    public Tally GoalIndicators { get; }

    /// <summary>Gets the tallies per basic goal.</summary>
    public ValueList<GoalSummary> Goals { get; }

    /// <summary>Gets the tallies per measure (each with its sub-measures).</summary>
    public ValueList<MeasureSummary> Measures { get; }

    /// <summary>Grades every indicator of a strategy for one fiscal year.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="year">The fiscal year.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="percentDecimals">Decimal places of the tallies' percentages, 0 or 1.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentDecimals"/> is not 0 or 1.</exception>
    public static EvaluationReport Create(Strategy strategy, FiscalYear year, IGradingPolicy policy, int percentDecimals = 0)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        Preconditions.CheckNotNull(policy, nameof(policy));
        Preconditions.CheckRange(percentDecimals, 0, 1, nameof(percentDecimals));
        var context = new GradingContext(year, strategy.PlanPeriod);
        var evaluations = strategy.AllIndicators().Select(p => Evaluate(p, policy, context)).ToList();
        return new EvaluationReport(strategy, policy, year, percentDecimals, ValueList<IndicatorEvaluation>.From(evaluations));
    }

    private static IndicatorEvaluation Evaluate(IndicatorPlacement placement, IGradingPolicy policy, in GradingContext context)
    {
        var result = policy.Grade(placement.Indicator, context);
        var publishedCode = placement.Indicator.ObservationFor(context.Year)?.PublishedGrade;
        var published = publishedCode is null ? null : policy.FindGrade(publishedCode);
        var computed = !result.Grade.Equals(Grade.NotGradable);
        var agreement = publishedCode is null
            ? Agreement.NoPublishedGrade
            : !computed
                ? Agreement.NotRecomputable
                : string.Equals(result.Grade.Code, publishedCode, StringComparison.Ordinal) ? Agreement.Agrees : Agreement.Disagrees;
        var counted = computed || published is null ? result.Grade : published;
        var source = computed || published is null ? GradeSource.Computed : GradeSource.Published;
        return new IndicatorEvaluation(placement, result, publishedCode, published, agreement, counted, source);
    }

    private static bool Contains(Measure root, Measure candidate)
        => ReferenceEquals(root, candidate) || root.SubMeasures.Any(s => Contains(s, candidate));
}
