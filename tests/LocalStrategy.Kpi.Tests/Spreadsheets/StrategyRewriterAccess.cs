using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>Test access to the package's strategy rewriter: a document as it is before a year's actuals are in.</summary>
internal static class StrategyRewriterAccess
{
    internal static Strategy WithoutObservations(Strategy strategy)
        => StrategyRewriter.Map(strategy, i => i with { Observations = ValueList<Observation>.Empty });

    internal static Strategy Map(Strategy strategy, Func<Indicator, Indicator> map)
        => StrategyRewriter.Map(strategy, map);

    internal static Strategy Rename(Strategy strategy, string id, string newId)
        => StrategyRewriter.Map(strategy, i => i.Id == id ? i with { Id = newId } : i);
}
