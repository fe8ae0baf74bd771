using NodaTime;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Population;

/// <summary>
/// The target path of a population vision and the checks planners make against it. docs/population.md
/// gives every formula.
/// </summary>
/// <remarks>
/// Time is measured in years: a fiscal or calendar year sits at its year number (FY2040 at 2040, the
/// calendar year 2025 at 2025), a month at year + (month − 1) / 12 and a date at year + (month − 1 +
/// (day − 1) / days in the month) / 12. Points are taken in order of position: a document orders periods by their
/// last day, so it lists 2030-10-01 (at 2030.75) before FY2030 (at 2030). Decimal arithmetic
/// throughout; nothing here throws for a valid document: a sum or quotient beyond what a decimal holds
/// (±7.9e28) has no value (<see langword="null"/>).
/// All members are thread-safe.
/// </remarks>
public static class PopulationPath
{
    /// <summary>
    /// Gets the position of a period on the time axis, in years (docs/population.md, "Time"): a month
    /// at year + (month − 1) / 12, a date at year + (month − 1 + (day − 1) / days in its month) / 12, and
    /// a whole year, calendar or fiscal, at the day it stands for, <paramref name="yearsAsOf"/>.
    /// </summary>
    /// <param name="period">A period.</param>
    /// <param name="yearsAsOf">The day a whole year stands for; <see cref="PopulationVision.CensusDay"/> (1 October) when <see langword="null"/>.</param>
    /// <returns>The position.</returns>
    public static decimal Position(ReportingPeriod period, AnnualDate? yearsAsOf = null)
    {
        var asOf = yearsAsOf ?? PopulationVision.CensusDay;
        return period.Kind switch
        {
            PeriodKind.FiscalYear or PeriodKind.CalendarYear => DatePosition(period.Start.Year, asOf.Month, asOf.Day),
            PeriodKind.Month => period.Start.Year + ((period.Start.Month - 1) / 12m),
            _ => DatePosition(period.Start.Year, period.Start.Month, period.Start.Day),
        };
    }

    /// <summary>
    /// The target population at <paramref name="at"/> on the path through the current versions of the
    /// vision's targets (a range target counts at its middle).
    /// </summary>
    /// <param name="vision">The vision.</param>
    /// <param name="at">When.</param>
    /// <param name="interpolation">How the path runs between stated targets.</param>
    /// <returns>The value; <see langword="null"/> before the first or after the last stated target.</returns>
    public static decimal? ValueAt(PopulationVision vision, ReportingPeriod at, PathInterpolation interpolation = PathInterpolation.Linear)
    {
        Preconditions.CheckNotNull(vision, nameof(vision));
        var points = vision.Targets
            .Where(t => t.Current.PathValue is not null)
            .Select(t => (X: Position(t.Period, vision.YearsAsOf), Y: t.Current.PathValue!.Value))
            .OrderBy(p => p.X)
            .ToList();
        return Interpolate(points, Position(at, vision.YearsAsOf), interpolation);
    }

    /// <summary>The value of a path of points (fertility rate, social change) at <paramref name="at"/>.</summary>
    /// <param name="path">The points, in increasing order of period.</param>
    /// <param name="at">When.</param>
    /// <param name="interpolation">How the path runs between points.</param>
    /// <returns>The value; <see langword="null"/> outside the path.</returns>
    public static decimal? ValueAlong(IEnumerable<PathPoint> path, ReportingPeriod at, PathInterpolation interpolation = PathInterpolation.Linear)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        return Interpolate(path.Select(p => (X: Position(p.Period), Y: p.Value)).OrderBy(p => p.X).ToList(), Position(at), interpolation);
    }

    /// <summary>
    /// The pace deviation of an actual population: actual − path value at the actual's date. Positive
    /// means ahead of the pace the targets set ("800 people ahead of the pace", seed 002).
    /// </summary>
    /// <param name="vision">The vision.</param>
    /// <param name="actual">An actual population.</param>
    /// <param name="interpolation">How the path runs between stated targets.</param>
    /// <returns>The deviation; <see langword="null"/> when the actual lies outside the path.</returns>
    public static decimal? PaceDeviation(PopulationVision vision, PopulationActual actual, PathInterpolation interpolation = PathInterpolation.Linear)
    {
        Preconditions.CheckNotNull(actual, nameof(actual));
        try
        {
            return ValueAt(vision, actual.AsOf, interpolation) is { } path ? actual.Value - path : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The population the annual component targets imply: the starting actual plus, for each fiscal
    /// year after the one it falls in up to <paramref name="until"/>, that year's natural-change and
    /// social-change targets.
    /// </summary>
    /// <param name="vision">The vision.</param>
    /// <param name="start">The starting actual.</param>
    /// <param name="until">The last fiscal year to add.</param>
    /// <returns>The implied population, with the years no component target covers.</returns>
    public static ImpliedPopulation Implied(PopulationVision vision, PopulationActual start, FiscalYear until)
    {
        Preconditions.CheckNotNull(vision, nameof(vision));
        Preconditions.CheckNotNull(start, nameof(start));

        // The first year added is the one after the actual's: FY1900 for an actual of January–March 1900 (FY1899).
        var first = FiscalYear.TryContaining(start.AsOf.End, out var from)
            ? (from.Year < FiscalYear.MaxYear ? new FiscalYear(from.Year + 1) : (FiscalYear?)null)
            : new FiscalYear(FiscalYear.MinYear);
        decimal? value = start.Value;
        var missing = new List<FiscalYear>();
        for (var y = first?.Year ?? int.MaxValue; y <= until.Year; y++)
        {
            var year = new FiscalYear(y);
            foreach (var component in Components)
            {
                var target = vision.ComponentTargets.FirstOrDefault(t => t.Component == component && t.Years.Contains(year));
                if (target is null)
                {
                    if (missing.Count == 0 || missing[missing.Count - 1] != year)
                    {
                        missing.Add(year);
                    }
                }
                else if (value is { } v)
                {
                    // A sum beyond what a decimal holds has no value; the years without targets are still listed.
                    value = DecimalSum(v, target.PerYear);
                }
            }
        }

        return new ImpliedPopulation(start, until, value, ValueList<FiscalYear>.From(missing));
    }

    private static readonly PopulationComponent[] Components = [PopulationComponent.NaturalChange, PopulationComponent.SocialChange];

    private static decimal? DecimalSum(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The change per year still needed from an actual to the next stated target after it:
    /// (target − actual) / (years between them).
    /// </summary>
    /// <param name="vision">The vision.</param>
    /// <param name="actual">An actual population.</param>
    /// <returns>The next target and the change per year; <see langword="null"/> when no target follows the actual (or the numbers exceed what a decimal holds).</returns>
    public static (PopulationTarget Target, decimal PerYear)? ChangeNeeded(PopulationVision vision, PopulationActual actual)
    {
        Preconditions.CheckNotNull(vision, nameof(vision));
        Preconditions.CheckNotNull(actual, nameof(actual));
        var x = Position(actual.AsOf, vision.YearsAsOf);
        var next = vision.Targets.Where(t => Position(t.Period, vision.YearsAsOf) > x && t.Current.PathValue is not null).OrderBy(t => Position(t.Period, vision.YearsAsOf)).FirstOrDefault();
        if (next is null)
        {
            return null;
        }

        try
        {
            return (next, (next.Current.PathValue!.Value - actual.Value) / (Position(next.Period, vision.YearsAsOf) - x));
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // A date on the month-based axis, so that the same day one year later is exactly one year on
    // (a 29 February stated for a whole year counts as the last day of February).
    private static decimal DatePosition(int year, int month, int day)
    {
        var days = NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month);
        return year + ((month - 1 + ((Math.Min(day, days) - 1) / (decimal)days)) / 12m);
    }

    private static decimal? Interpolate(List<(decimal X, decimal Y)> points, decimal x, PathInterpolation interpolation)
    {
        if (points.Count == 0 || x < points[0].X || x > points[points.Count - 1].X)
        {
            return null;
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].X == x)
            {
                return points[i].Y;
            }

            if (i + 1 < points.Count && x < points[i + 1].X)
            {
                var (x0, y0) = points[i];
                var (x1, y1) = points[i + 1];
                if (interpolation == PathInterpolation.Step)
                {
                    return y0;
                }

                try
                {
                    return y0 + ((y1 - y0) * (x - x0) / (x1 - x0));
                }
                catch (OverflowException)
                {
                    // Only magnitudes near decimal's limit get here; the path is not defined for them.
                    return null;
                }
            }
        }

        return null;
    }
}
