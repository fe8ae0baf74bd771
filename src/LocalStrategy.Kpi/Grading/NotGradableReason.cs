namespace LocalStrategy.Kpi.Grading;

/// <summary>Why a result carries no grade of the scale.</summary>
public enum NotGradableReason
{
    /// <summary>The result is graded.</summary>
    None = 0,

    /// <summary>No actual was reported for the year (実績値なし).</summary>
    NoActual = 1,

    /// <summary>The statistic has not been published (統計が公表されていない).</summary>
    NotPublished = 2,

    /// <summary>Special circumstances stopped the work (特段の事情があり事業が実施できなかった).</summary>
    Suspended = 3,

    /// <summary>The document holds no target for the year (for a sample: the source does not show it).</summary>
    NoTarget = 4,

    /// <summary>The target for the year is 0 (該当年度の数値目標を０としているもの), so a rate is not defined.</summary>
    TargetZero = 5,

    /// <summary>A trend rule needs a baseline and the indicator has none.</summary>
    NoBaseline = 6,

    /// <summary>A trend rule needs the previous year's actual and it is missing.</summary>
    NoPreviousActual = 7,

    /// <summary>The indicator is graded individually and no manual grade was recorded.</summary>
    NoManualGrade = 8,

    /// <summary>The rule does not apply to the indicator's direction or values (a milestone under a rate rule).</summary>
    NotApplicable = 9,
}
