namespace LocalStrategy.Kpi.Model;

/// <summary>How a basic goal relates to a goal of the strategy before it.</summary>
public enum LineageRelation
{
    /// <summary>Carried over (継承).</summary>
    CarriedOver = 1,

    /// <summary>Changed (変更).</summary>
    Changed = 2,
}
