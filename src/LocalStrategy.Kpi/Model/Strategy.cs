using LocalStrategy.Kpi.Periods;
using NodaTime;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A municipal strategy or comprehensive plan (総合戦略, 総合計画): the root of a document.
/// </summary>
/// <param name="Id">The identifier of the document.</param>
/// <param name="Municipality">The municipality.</param>
/// <param name="Title">The title as printed.</param>
/// <param name="PlanPeriod">The plan period (計画期間).</param>
/// <remarks>An immutable value; safe to share between threads. Load one with <c>StrategyJson</c>.</remarks>
public sealed record Strategy(string Id, Municipality Municipality, string Title, FiscalYearRange PlanPeriod)
{
    /// <summary>Gets the generation (2 for 第2期), if stated.</summary>
    public int? Generation { get; init; }

    /// <summary>Gets the date of the revision this document reflects (改訂).</summary>
    public LocalDate? RevisionDate { get; init; }

    /// <summary>Gets the vision text (将来像, 地域ビジョン).</summary>
    public string? Vision { get; init; }

    /// <summary>Gets the name of the grading policy the municipality uses, for example <c>azumino</c>.</summary>
    public string? GradingPolicy { get; init; }

    /// <summary>Gets the strategy this one succeeds (第1期 → 第2期), if stated.</summary>
    public StrategyReference? Predecessor { get; init; }

    /// <summary>Gets the population vision (人口ビジョン), if the document has one.</summary>
    public PopulationVision? Population { get; init; }

    /// <summary>Gets the basic viewpoints (Ina).</summary>
    public ValueList<BasicViewpoint> Viewpoints { get; init; } = ValueList<BasicViewpoint>.Empty;

    /// <summary>Gets the basic goals.</summary>
    public ValueList<BasicGoal> Goals { get; init; } = ValueList<BasicGoal>.Empty;

    /// <summary>Gets the cross-cutting projects.</summary>
    public ValueList<CrossCuttingProject> Projects { get; init; } = ValueList<CrossCuttingProject>.Empty;

    /// <summary>Gets notes on the document: its sources and what it leaves out.</summary>
    public ValueList<string> Notes { get; init; } = ValueList<string>.Empty;

    /// <summary>Enumerates every indicator with the goal and measure it belongs to, in document order.</summary>
    /// <returns>The indicators; for goal indicators the measure is <see langword="null"/>.</returns>
    public IEnumerable<IndicatorPlacement> AllIndicators()
    {
        foreach (var goal in Goals)
        {
            foreach (var indicator in goal.Indicators)
            {
                yield return new IndicatorPlacement(goal, null, indicator);
            }

            foreach (var measure in goal.Measures)
            {
                foreach (var placement in MeasureIndicators(goal, measure))
                {
                    yield return placement;
                }
            }
        }
    }

    private static IEnumerable<IndicatorPlacement> MeasureIndicators(BasicGoal goal, Measure measure)
    {
        foreach (var indicator in measure.Indicators)
        {
            yield return new IndicatorPlacement(goal, measure, indicator);
        }

        foreach (var sub in measure.SubMeasures)
        {
            foreach (var placement in MeasureIndicators(goal, sub))
            {
                yield return placement;
            }
        }
    }
}
