using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>A report's evaluations by basic goal, in one pass: a goal is found by reference (two goals may be equal as values).</summary>
internal sealed class GoalRows
{
    private readonly Dictionary<BasicGoal, List<IndicatorEvaluation>> rows = new(ByReference.Instance);

    internal GoalRows(EvaluationReport report)
    {
        foreach (var e in report.Evaluations)
        {
            if (!rows.TryGetValue(e.Placement.Goal, out var list))
            {
                list = new List<IndicatorEvaluation>();
                rows.Add(e.Placement.Goal, list);
            }

            list.Add(e);
        }
    }

    internal IReadOnlyList<IndicatorEvaluation> Of(BasicGoal goal) => rows.TryGetValue(goal, out var list) ? list : Array.Empty<IndicatorEvaluation>();

    private sealed class ByReference : IEqualityComparer<BasicGoal>
    {
        internal static readonly ByReference Instance = new();

        public bool Equals(BasicGoal? x, BasicGoal? y) => ReferenceEquals(x, y);

        public int GetHashCode(BasicGoal obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
