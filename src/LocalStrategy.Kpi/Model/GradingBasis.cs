namespace LocalStrategy.Kpi.Model;

/// <summary>
/// What an indicator is judged against; a policy picks its rule from it. Azumino's rules (1), (2)
/// and (3) correspond to <see cref="Target"/>, <see cref="Trend"/> and <see cref="Manual"/>.
/// </summary>
public enum GradingBasis
{
    /// <summary>A numeric (or stage, or range) target for the year or the final year (目標となる数値を設定しているもの).</summary>
    Target = 1,

    /// <summary>Only "increase" or "decrease", judged against the baseline and the previous year (単に増加または減少としているもの).</summary>
    Trend = 2,

    /// <summary>Graded individually by people, with a reason (個別に評価).</summary>
    Manual = 3,
}
