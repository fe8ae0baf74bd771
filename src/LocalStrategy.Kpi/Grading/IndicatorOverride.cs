using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A policy document's exception for one indicator: grade it by another policy, or give it a
/// manual grade with its reason, in every year or in one.
/// </summary>
/// <param name="IndicatorId">The indicator's identifier.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record IndicatorOverride(string IndicatorId)
{
    /// <summary>Gets the one fiscal year the override is for, or <see langword="null"/> for every year.</summary>
    public FiscalYear? Year { get; init; }

    /// <summary>Gets the name of the policy that grades the indicator instead, or <see langword="null"/>.</summary>
    public string? Policy { get; init; }

    /// <summary>Gets the manual grade and its reason, or <see langword="null"/>.</summary>
    public ManualGrade? Manual { get; init; }
}
