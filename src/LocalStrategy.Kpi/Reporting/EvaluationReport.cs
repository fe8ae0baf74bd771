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
    private EvaluationReport(
        Strategy strategy,
        IGradingPolicy policy,
        FiscalYear year,
        int decimals,
        ValueList<IndicatorEvaluation> evaluations,
        ValueList<GoalSummary> goals,
        ValueList<MeasureSummary> measures)
    {
        Strategy = strategy;
        Policy = policy;
        Year = year;
        PercentDecimals = decimals;
        Evaluations = evaluations;
        Goals = goals;
        Measures = measures;
        Kpis = Tally.Of(evaluations.Where(e => e.Indicator.Kind == IndicatorKind.Kpi).Select(e => e.CountedGrade), policy.Scale, decimals);
        GoalIndicators = Tally.Of(evaluations.Where(e => e.Indicator.Kind != IndicatorKind.Kpi).Select(e => e.CountedGrade), policy.Scale, decimals);
    }

    /// <summary>Gets the strategy.</summary>
    public Strategy Strategy { get; }

    /// <summary>Gets the policy used.</summary>
    public IGradingPolicy Policy { get; }

    /// <summary>Gets the fiscal year graded.</summary>
    public FiscalYear Year { get; }

    /// <summary>
    /// Gets whether <see cref="Year"/> lies in the strategy's plan period. Outside it a document holds
    /// no targets, so target rules give 評価不能 (no target) for every indicator: a caller should say so.
    /// </summary>
    public bool YearInPlanPeriod => Strategy.PlanPeriod.Contains(Year);

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

    /// <summary>Gets the priority levels of the measures that hold KPIs, in ascending order.</summary>
    public IReadOnlyList<int> PriorityLevels
        => Evaluations.Where(e => e.Indicator.Kind == IndicatorKind.Kpi && e.PriorityLevel is not null)
            .Select(e => e.PriorityLevel!.Value)
            .Distinct()
            .OrderBy(l => l)
            .ToList();

    /// <summary>Tallies the KPIs of measures at one priority level (Ami: 1 必須施策 … 4 構想).</summary>
    /// <param name="level">The priority level.</param>
    /// <returns>The tally; empty when no measure has that level.</returns>
    public Tally KpisAtPriorityLevel(int level)
        => Tally.Of(
            Evaluations.Where(e => e.Indicator.Kind == IndicatorKind.Kpi && e.PriorityLevel == level).Select(e => e.CountedGrade),
            Policy.Scale,
            PercentDecimals);

    /// <summary>Grades every indicator of a strategy for one fiscal year (the engine behind <see cref="StrategyGrader"/>).</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="year">The fiscal year.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="percentDecimals">Decimal places of the tallies' percentages, 0 or 1.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentDecimals"/> is not 0 or 1.</exception>
    internal static EvaluationReport Create(Strategy strategy, FiscalYear year, IGradingPolicy policy, int percentDecimals = 0)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        Preconditions.CheckNotNull(policy, nameof(policy));
        Preconditions.CheckRange(percentDecimals, 0, 1, nameof(percentDecimals));
        var context = new GradingContext(year, strategy.PlanPeriod);
        var evaluations = new List<IndicatorEvaluation>();
        var goals = new List<GoalSummary>(strategy.Goals.Count);
        var measures = new List<MeasureSummary>();
        var goalGrades = new List<Grade>();
        var kpiGrades = new List<Grade>();
        var measureGrades = new List<Grade>();
        foreach (var goal in strategy.Goals)
        {
            goalGrades.Clear();
            kpiGrades.Clear();
            foreach (var indicator in goal.Indicators)
            {
                var evaluation = Evaluate(new IndicatorPlacement(goal, null, indicator), policy, context, null);
                evaluations.Add(evaluation);
                (indicator.Kind == IndicatorKind.Kpi ? kpiGrades : goalGrades).Add(evaluation.CountedGrade);
            }

            foreach (var measure in goal.Measures)
            {
                measureGrades.Clear();
                EvaluateMeasure(goal, measure, measure.PriorityLevel, policy, context, evaluations, measureGrades, goalGrades);
                kpiGrades.AddRange(measureGrades);
                measures.Add(new MeasureSummary(goal, measure, Tally.Of(measureGrades, policy.Scale, percentDecimals)));
            }

            goals.Add(new GoalSummary(goal, Tally.Of(goalGrades, policy.Scale, percentDecimals), Tally.Of(kpiGrades, policy.Scale, percentDecimals)));
        }

        return new EvaluationReport(
            strategy,
            policy,
            year,
            percentDecimals,
            ValueList<IndicatorEvaluation>.From(evaluations),
            ValueList<GoalSummary>.From(goals),
            ValueList<MeasureSummary>.From(measures));
    }

    // Grades a measure and its sub-measures in document order; KPIs go to the measure's tally, and
    // any other kind placed under a measure to the goal indicators' tally.
    private static void EvaluateMeasure(
        BasicGoal goal,
        Measure measure,
        int? priorityLevel,
        IGradingPolicy policy,
        in GradingContext context,
        List<IndicatorEvaluation> evaluations,
        List<Grade> kpiGrades,
        List<Grade> goalGrades)
    {
        foreach (var indicator in measure.Indicators)
        {
            var evaluation = Evaluate(new IndicatorPlacement(goal, measure, indicator), policy, context, priorityLevel);
            evaluations.Add(evaluation);
            (indicator.Kind == IndicatorKind.Kpi ? kpiGrades : goalGrades).Add(evaluation.CountedGrade);
        }

        foreach (var sub in measure.SubMeasures)
        {
            EvaluateMeasure(goal, sub, sub.PriorityLevel ?? priorityLevel, policy, context, evaluations, kpiGrades, goalGrades);
        }
    }

    internal static IndicatorEvaluation Evaluate(IndicatorPlacement placement, IGradingPolicy policy, in GradingContext context, int? priorityLevel)
    {
        var result = policy.Evaluate(placement.Indicator, context);
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
        return new IndicatorEvaluation(placement, result, publishedCode, published, agreement, counted, source, priorityLevel);
    }
}
