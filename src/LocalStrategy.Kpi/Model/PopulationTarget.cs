using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A target population for a period, with its versions: a target is revised, never overwritten
/// (Azumino 2040: 83,000 → 85,000 → 86,000). The last version is the current one.
/// </summary>
/// <param name="Period">The period the target is for (2040, FY2040, 2033).</param>
/// <param name="Versions">The versions, oldest first; at least one.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PopulationTarget(ReportingPeriod Period, ValueList<TargetVersion> Versions)
{
    /// <summary>Gets the current version: the last one.</summary>
    public TargetVersion Current => Versions[Versions.Count - 1];
}
