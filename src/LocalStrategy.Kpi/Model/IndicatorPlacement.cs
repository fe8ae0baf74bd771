namespace LocalStrategy.Kpi.Model;

/// <summary>An indicator with the basic goal and the measure it sits under.</summary>
/// <param name="Goal">The basic goal.</param>
/// <param name="Measure">The measure, or <see langword="null"/> for a goal indicator.</param>
/// <param name="Indicator">The indicator.</param>
public readonly record struct IndicatorPlacement(BasicGoal Goal, Measure? Measure, Indicator Indicator);
