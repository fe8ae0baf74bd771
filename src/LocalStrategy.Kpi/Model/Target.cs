using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>A target of an indicator for one fiscal year (目標値, 指標値).</summary>
/// <param name="Year">The fiscal year the target is for.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Target(FiscalYear Year)
{
    /// <summary>Gets the target value; <see langword="null"/> for a range or a stage.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets how the value is meant.</summary>
    /// <value>The default value is <see cref="TargetComparison.Reach"/>.</value>
    public TargetComparison Comparison { get; init; }

    /// <summary>Gets the lower end of a range target (50,000 of 50,000–51,000).</summary>
    public decimal? Min { get; init; }

    /// <summary>Gets the upper end of a range target.</summary>
    public decimal? Max { get; init; }

    /// <summary>Gets the stage to reach, for a milestone indicator.</summary>
    public string? Stage { get; init; }

    /// <summary>
    /// Gets whether the target holds for each fiscal year from its own until the next target listed for
    /// a later year (毎年 100 件), written once instead of repeated per year.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: the target is for <see cref="Year"/> only.</value>
    public bool EachYear { get; init; }

    /// <summary>Gets a note, such as the wording of the source (自然増減数の現状維持).</summary>
    public string? Note { get; init; }
}
