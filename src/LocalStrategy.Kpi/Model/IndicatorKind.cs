namespace LocalStrategy.Kpi.Model;

/// <summary>The role of an indicator in a plan.</summary>
public enum IndicatorKind
{
    /// <summary>A key performance indicator of a measure (KPI, 重要業績評価指標).</summary>
    Kpi = 1,

    /// <summary>A key goal indicator of a basic goal (KGI, 重要目標達成指標), as Ami names them.</summary>
    Kgi = 2,

    /// <summary>A numeric goal of a basic goal (数値目標), as Azumino and Ina name them.</summary>
    NumericGoal = 3,
}
