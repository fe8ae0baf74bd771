using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>The tallies of one basic goal: its goal indicators and its KPIs apart, as the sources report them.</summary>
/// <param name="Goal">The basic goal.</param>
/// <param name="GoalIndicators">The tally of its numeric goals or KGIs.</param>
/// <param name="Kpis">The tally of the KPIs of its measures.</param>
public sealed record GoalSummary(BasicGoal Goal, Tally GoalIndicators, Tally Kpis);
