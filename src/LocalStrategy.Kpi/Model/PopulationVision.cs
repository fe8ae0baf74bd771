using NodaTime;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A population vision (人口ビジョン): target populations at given years, the fertility-rate and
/// social-change paths, annual natural- and social-change targets per range of fiscal years, and
/// actual populations with their sources.
/// </summary>
/// <remarks>An immutable value; safe to share between threads. <c>PopulationPath</c> computes with it.</remarks>
public sealed record PopulationVision
{
    /// <summary>Gets the target populations (目標人口, 将来展望), in increasing order of period.</summary>
    public ValueList<PopulationTarget> Targets { get; init; } = ValueList<PopulationTarget>.Empty;

    /// <summary>Gets the fertility-rate path (合計特殊出生率), actual and target points in increasing order of period.</summary>
    public ValueList<PathPoint> FertilityPath { get; init; } = ValueList<PathPoint>.Empty;

    /// <summary>Gets the social-change path (社会増減, people per year), in increasing order of period.</summary>
    public ValueList<PathPoint> SocialChangePath { get; init; } = ValueList<PathPoint>.Empty;

    /// <summary>Gets the annual natural- and social-change targets per range of fiscal years.</summary>
    public ValueList<ComponentTarget> ComponentTargets { get; init; } = ValueList<ComponentTarget>.Empty;

    /// <summary>Gets actual populations, in increasing order of date.</summary>
    public ValueList<PopulationActual> Actuals { get; init; } = ValueList<PopulationActual>.Empty;

    /// <summary>
    /// Gets the day of the year that a target or an actual stated for a whole year (2025, FY2040)
    /// stands for on the time axis. A 人口ビジョン's figures are census figures unless it says otherwise.
    /// </summary>
    /// <value>The default value is <see cref="CensusDay"/>, 1 October.</value>
    public AnnualDate YearsAsOf { get; init; } = CensusDay;

    /// <summary>Gets the census day, 1 October (国勢調査の基準日): the default of <see cref="YearsAsOf"/>.</summary>
    public static AnnualDate CensusDay { get; } = new(10, 1);

    /// <summary>Gets a note on the vision and its sources.</summary>
    public string? Note { get; init; }
}
