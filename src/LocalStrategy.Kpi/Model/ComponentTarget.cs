using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>An annual target for one component of population change over a range of fiscal years (Azumino: 自然増減 −582/年, FY2023–2025).</summary>
/// <param name="Component">The component.</param>
/// <param name="Years">The fiscal years the target holds for.</param>
/// <param name="PerYear">The change per fiscal year, in people; negative for a decrease.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record ComponentTarget(PopulationComponent Component, FiscalYearRange Years, decimal PerYear)
{
    /// <summary>Gets a note.</summary>
    public string? Note { get; init; }
}
