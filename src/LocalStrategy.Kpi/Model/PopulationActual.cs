using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>An actual population at a date or for a period, with its source (国勢調査, 住民基本台帳, 毎月人口異動調査).</summary>
/// <param name="AsOf">When the population was counted.</param>
/// <param name="Value">The population.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PopulationActual(ReportingPeriod AsOf, decimal Value)
{
    /// <summary>Gets the source.</summary>
    public string? Source { get; init; }

    /// <summary>Gets a note.</summary>
    public string? Note { get; init; }
}
