using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>A point of a path such as the fertility rate 1.44 (2010) → 2.07 (2050).</summary>
/// <param name="Period">The period of the point.</param>
/// <param name="Value">The value.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PathPoint(ReportingPeriod Period, decimal Value)
{
    /// <summary>Gets whether the point is an actual rather than a target.</summary>
    public bool IsActual { get; init; }

    /// <summary>Gets a note.</summary>
    public string? Note { get; init; }
}
