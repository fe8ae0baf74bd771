namespace LocalStrategy.Kpi.Model;

/// <summary>A basic goal (基本目標) with its goal indicators and measures.</summary>
/// <param name="Id">The identifier, unique within the strategy.</param>
/// <param name="Code">The number as printed: 1, 2, 3.</param>
/// <param name="Title">The title as printed.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record BasicGoal(string Id, string Code, string Title)
{
    /// <summary>Gets the identifiers of the basic viewpoints the goal serves (Ina).</summary>
    public ValueList<string> ViewpointIds { get; init; } = ValueList<string>.Empty;

    /// <summary>Gets the goal of the previous strategy this goal continues, if stated.</summary>
    public GoalLineage? Lineage { get; init; }

    /// <summary>Gets the goals of national or prefectural strategies this goal is aligned to (勘案).</summary>
    public ValueList<Alignment> Alignments { get; init; } = ValueList<Alignment>.Empty;

    /// <summary>Gets the goal indicators: numeric goals (数値目標) or KGIs.</summary>
    public ValueList<Indicator> Indicators { get; init; } = ValueList<Indicator>.Empty;

    /// <summary>Gets the measures.</summary>
    public ValueList<Measure> Measures { get; init; } = ValueList<Measure>.Empty;
}
