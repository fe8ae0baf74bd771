using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>A strategy with each indicator replaced by a function of it, every other part kept as it is.</summary>
internal static class StrategyRewriter
{
    internal static Strategy Map(Strategy strategy, Func<Indicator, Indicator> change)
        => strategy with
        {
            Goals = ValueList<BasicGoal>.From(strategy.Goals.Select(g => g with
            {
                Indicators = ValueList<Indicator>.From(g.Indicators.Select(change)),
                Measures = ValueList<Measure>.From(g.Measures.Select(m => MapMeasure(m, change))),
            })),
        };

    private static Measure MapMeasure(Measure measure, Func<Indicator, Indicator> change)
        => measure with
        {
            Indicators = ValueList<Indicator>.From(measure.Indicators.Select(change)),
            SubMeasures = ValueList<Measure>.From(measure.SubMeasures.Select(m => MapMeasure(m, change))),
        };
}
