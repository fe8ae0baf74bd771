namespace LocalStrategy.Kpi.Model;

/// <summary>The goal of the previous strategy a basic goal continues, and how (001: 第2期に継承, 変更).</summary>
/// <param name="PredecessorGoal">The previous goal's number or title as printed.</param>
/// <param name="Relation">Carried over or changed.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record GoalLineage(string PredecessorGoal, LineageRelation Relation)
{
    /// <summary>Gets a note, such as the source's wording.</summary>
    public string? Note { get; init; }
}
