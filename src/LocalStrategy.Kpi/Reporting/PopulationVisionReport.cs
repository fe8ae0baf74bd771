using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// A strategy's population vision (人口ビジョン) laid out for a reader: the target path year by year,
/// each actual population with the path there, its pace deviation and the change per year still
/// needed, and the population the annual component targets imply against the path. What
/// <c>kpi vision</c> prints; <see cref="PopulationVisionReportJson"/> writes it as JSON.
/// </summary>
/// <remarks>An immutable value; safe to share between threads. docs/population.md gives the formulas.</remarks>
public sealed class PopulationVisionReport
{
    private PopulationVisionReport(
        Strategy strategy,
        PopulationVision vision,
        PathInterpolation interpolation,
        ValueList<PopulationPathYear> path,
        ValueList<PopulationActualPace> actuals,
        ImpliedPopulation? implied,
        decimal? impliedPath,
        ReportingPeriod? at,
        decimal? atValue)
    {
        Strategy = strategy;
        Vision = vision;
        Interpolation = interpolation;
        Path = path;
        Actuals = actuals;
        Implied = implied;
        ImpliedPath = impliedPath;
        At = at;
        AtValue = atValue;
    }

    /// <summary>Gets the strategy.</summary>
    public Strategy Strategy { get; }

    /// <summary>Gets the vision.</summary>
    public PopulationVision Vision { get; }

    /// <summary>Gets how the path runs between stated targets.</summary>
    public PathInterpolation Interpolation { get; }

    /// <summary>Gets the path each year from the first stated target to the last, in the targets' kind of year.</summary>
    public ValueList<PopulationPathYear> Path { get; }

    /// <summary>Gets each actual population with its pace, in document order.</summary>
    public ValueList<PopulationActualPace> Actuals { get; }

    /// <summary>Gets the population the component targets imply from the latest actual, or <see langword="null"/> without actuals or component targets.</summary>
    public ImpliedPopulation? Implied { get; }

    /// <summary>Gets the path at the end of <see cref="ImpliedPopulation.Until"/>, or <see langword="null"/> where the path does not reach.</summary>
    public decimal? ImpliedPath { get; }

    /// <summary>Gets the period asked about, or <see langword="null"/>.</summary>
    public ReportingPeriod? At { get; }

    /// <summary>Gets the path at <see cref="At"/>, or <see langword="null"/> outside the stated targets or when nothing was asked.</summary>
    public decimal? AtValue { get; }

    /// <summary>Lays out a strategy's population vision.</summary>
    /// <param name="strategy">The strategy; it must have a population vision.</param>
    /// <param name="interpolation">How the path runs between stated targets.</param>
    /// <param name="at">Also give the path at this period, or <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The strategy has no population vision.</exception>
    public static PopulationVisionReport Create(Strategy strategy, PathInterpolation interpolation = PathInterpolation.Linear, ReportingPeriod? at = null)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        var vision = strategy.Population ?? throw new ArgumentException("Strategy '" + strategy.Id + "' has no population vision (人口ビジョン).", nameof(strategy));

        var path = new List<PopulationPathYear>();
        if (vision.Targets.Count > 0)
        {
            var first = vision.Targets.Min(t => t.Period.Start.Year);
            var last = vision.Targets.Max(t => t.Period.Start.Year);
            var kind = vision.Targets[0].Period.Kind == PeriodKind.FiscalYear ? PeriodKind.FiscalYear : PeriodKind.CalendarYear;
            for (var y = first; y <= last; y++)
            {
                var period = kind == PeriodKind.FiscalYear ? ReportingPeriod.OfFiscalYear(new FiscalYear(y)) : ReportingPeriod.OfCalendarYear(y);
                var stated = vision.Targets.Any(t => t.Period == period);
                path.Add(new PopulationPathYear(period, PopulationPath.ValueAt(vision, period, interpolation), stated));
            }
        }

        var actuals = vision.Actuals
            .Select(a =>
            {
                var needed = PopulationPath.ChangeNeeded(vision, a);
                return new PopulationActualPace(
                    a,
                    PopulationPath.ValueAt(vision, a.AsOf, interpolation),
                    PopulationPath.PaceDeviation(vision, a, interpolation),
                    needed?.Target,
                    needed?.PerYear);
            })
            .ToList();

        ImpliedPopulation? implied = null;
        decimal? impliedPath = null;
        var latest = vision.Actuals.Count > 0 ? vision.Actuals[vision.Actuals.Count - 1] : null;
        if (latest is not null && vision.ComponentTargets.Count > 0)
        {
            var until = vision.ComponentTargets.Max(c => c.Years.Last);
            implied = PopulationPath.Implied(vision, latest, until);
            impliedPath = PopulationPath.ValueAt(vision, ReportingPeriod.OfFiscalYear(until), interpolation);
        }

        return new PopulationVisionReport(
            strategy,
            vision,
            interpolation,
            ValueList<PopulationPathYear>.From(path),
            ValueList<PopulationActualPace>.From(actuals),
            implied,
            impliedPath,
            at,
            at is { } p ? PopulationPath.ValueAt(vision, p, interpolation) : null);
    }
}
