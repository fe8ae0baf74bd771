namespace LocalStrategy.Kpi.Model;

/// <summary>A reference to another strategy, such as the one a strategy succeeds (第1期 → 第2期).</summary>
/// <param name="Title">The title as printed.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record StrategyReference(string Title)
{
    /// <summary>Gets the identifier of its document, where one exists.</summary>
    public string? Id { get; init; }

    /// <summary>Gets its generation (1 for 第1期).</summary>
    public int? Generation { get; init; }

    /// <summary>Gets its plan period.</summary>
    public Periods.FiscalYearRange? PlanPeriod { get; init; }
}
