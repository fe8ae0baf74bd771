using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using LocalStrategy.Kpi.Tests.Periods;
using Xunit;
using static LocalStrategy.Kpi.Tests.Population.Visions;

namespace LocalStrategy.Kpi.Tests.Population;

/// <summary>Laws of the population path that hold for every vision, checked on 1,000 generated cases each.</summary>
public sealed class PopulationPathPropertiesTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    private static readonly PathInterpolation[] Interpolations = { PathInterpolation.Linear, PathInterpolation.Step };

    /// <summary>Gets populations 0 to 2,000,000 with up to two decimals.</summary>
    private static Gen<decimal> Population { get; } =
        from whole in Gen.Choose(0, 2_000_000)
        from cents in Gen.Choose(0, 99)
        from withCents in Gen.Elements(false, true)
        select withCents ? whole + (cents / 100m) : whole;

    /// <summary>Gets signed path values (social change, people a year) with up to three decimals.</summary>
    private static Gen<decimal> Signed { get; } =
        from mantissa in Gen.Choose(-5_000_000, 5_000_000)
        from scale in Gen.Choose(0, 3)
        select new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)scale);

    /// <summary>Gets a target version: a value, or a range with min ≤ max.</summary>
    private static Gen<TargetVersion> Version { get; } = Gen.OneOf(
        Population.Select(v => new TargetVersion { Value = v }),
        from a in Population
        from b in Population
        select new TargetVersion { Min = Math.Min(a, b), Max = Math.Max(a, b) });

    /// <summary>Gets 2–6 fiscal or calendar years, strictly increasing: positions are whole years.</summary>
    private static Gen<ReportingPeriod[]> YearPeriods { get; } =
        from first in Gen.Choose(1950, 2050)
        from count in Gen.Choose(1, 5)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 15), count)
        from fiscal in Gen.ArrayOf(Gen.Elements(false, true), count + 1)
        select Enumerable.Range(0, count + 1)
            .Select(i => first + gaps.Take(i).Sum())
            .Select((year, i) => fiscal[i] ? Fy(year) : Year(year))
            .ToArray();

    /// <summary>
    /// Gets 2–7 periods of every kind (fiscal and calendar years, months, dates) in the order a document
    /// must list them (<see cref="ReportingPeriod.CompareTo"/>, strictly increasing), at distinct positions.
    /// </summary>
    private static Gen<ReportingPeriod[]> AnyPeriods { get; } =
        (from count in Gen.Choose(2, 7)
         from periods in Gen.ArrayOf(JapanesePeriodsPropertyTests.PeriodGen(1990, 2060), count)
         select periods.Distinct().OrderBy(p => p).GroupBy(p => PopulationPath.Position(p)).Select(g => g.First()).ToArray())
        .Where(p => p.Length >= 2);

    [Fact]
    public void The_path_passes_through_every_stated_target()
    {
        var cases =
            from periods in Gen.OneOf(AnyPeriods, YearPeriods)
            from targets in Gen.CollectToArray(periods, TargetAt)
            from interpolation in Gen.Elements(Interpolations)
            select (Vision: Of(targets), Interpolation: interpolation);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            foreach (var target in c.Vision.Targets)
            {
                Assert.Equal(target.Current.PathValue, PopulationPath.ValueAt(c.Vision, target.Period, c.Interpolation));
                Assert.Equal(0m, PopulationPath.PaceDeviation(c.Vision, Actual(target.Period, target.Current.PathValue!.Value), c.Interpolation));
            }
        }));
    }

    [Fact]
    public void A_path_of_points_passes_through_every_point()
    {
        var cases =
            from periods in Gen.OneOf(AnyPeriods, YearPeriods)
            from values in Gen.ArrayOf(Signed, periods.Length)
            from interpolation in Gen.Elements(Interpolations)
            select (Path: periods.Zip(values, (p, v) => new PathPoint(p, v)).ToArray(), Interpolation: interpolation);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            foreach (var point in c.Path)
            {
                Assert.Equal(point.Value, PopulationPath.ValueAlong(c.Path, point.Period, c.Interpolation));
            }
        }));
    }

    [Fact]
    public void Between_two_targets_the_path_lies_between_them_and_a_step_path_holds_the_earlier()
    {
        var cases =
            from periods in YearPeriods
            from targets in Gen.CollectToArray(periods, TargetAt)
            from at in JapanesePeriodsPropertyTests.PeriodGen(periods[0].Start.Year, periods[periods.Length - 1].Start.Year)
            select (Vision: Of(targets), At: at);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var x = PopulationPath.Position(c.At);
            var points = c.Vision.Targets.Select(t => (X: PopulationPath.Position(t.Period), Y: t.Current.PathValue!.Value)).ToArray();
            var linear = PopulationPath.ValueAt(c.Vision, c.At);
            var step = PopulationPath.ValueAt(c.Vision, c.At, PathInterpolation.Step);
            if (x < points[0].X || x > points[points.Length - 1].X)
            {
                // A month or date in the first target's year before the day the year stands for (the
                // census day, 1 October), or in the last target's year after it.
                Assert.Null(linear);
                Assert.Null(step);
                return;
            }

            var i = Array.FindLastIndex(points, p => p.X <= x);
            if (points[i].X == x)
            {
                Assert.Equal(points[i].Y, linear);
                Assert.Equal(points[i].Y, step);
                return;
            }

            var (y0, y1) = (points[i].Y, points[i + 1].Y);
            Assert.NotNull(linear);
            Assert.InRange(linear.Value, Math.Min(y0, y1), Math.Max(y0, y1));
            Assert.Equal(y0, step);
        }));
    }

    [Fact]
    public void Between_points_a_path_of_points_lies_between_them()
    {
        var cases =
            from periods in YearPeriods
            from values in Gen.ArrayOf(Signed, periods.Length)
            from at in JapanesePeriodsPropertyTests.PeriodGen(periods[0].Start.Year, periods[periods.Length - 1].Start.Year)
            select (Path: periods.Zip(values, (p, v) => new PathPoint(p, v)).ToArray(), At: at);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var x = PopulationPath.Position(c.At);
            var last = PopulationPath.Position(c.Path[c.Path.Length - 1].Period);
            var linear = PopulationPath.ValueAlong(c.Path, c.At);
            var step = PopulationPath.ValueAlong(c.Path, c.At, PathInterpolation.Step);
            if (x < PopulationPath.Position(c.Path[0].Period) || x > last)
            {
                Assert.Null(linear);
                Assert.Null(step);
                return;
            }

            var i = Array.FindLastIndex(c.Path, p => PopulationPath.Position(p.Period) <= x);
            var y0 = c.Path[i].Value;
            var y1 = i + 1 < c.Path.Length ? c.Path[i + 1].Value : y0;
            Assert.NotNull(linear);
            Assert.InRange(linear.Value, Math.Min(y0, y1), Math.Max(y0, y1));
            Assert.Equal(y0, step);
        }));
    }

    [Fact]
    public void On_whole_years_a_path_with_whole_slopes_is_exactly_the_line_between_its_neighbours()
    {
        // Targets at whole years with v(i+1) = v(i) + k(i) × gap(i), k whole: the path at a whole year x
        // between them is v(i) + k(i) × (x − x(i)) exactly, and an actual d above it is d ahead.
        var cases =
            from periods in YearPeriods
            from start in Gen.Choose(0, 1_000_000)
            from slopes in Gen.ArrayOf(Gen.Choose(-5_000, 5_000), periods.Length - 1)
            from year in Gen.Choose(periods[0].Start.Year, periods[periods.Length - 1].Start.Year)
            from d in Signed
            select (Periods: periods, Start: start, Slopes: slopes, Year: year, D: d);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var years = c.Periods.Select(p => p.Start.Year).ToArray();
            var values = new decimal[years.Length];
            values[0] = c.Start;
            for (var k = 1; k < years.Length; k++)
            {
                values[k] = values[k - 1] + (c.Slopes[k - 1] * (years[k] - years[k - 1]));
            }

            var vision = Of(c.Periods.Select((p, k) => Target(p, values[k])).ToArray());
            var path = c.Periods.Select((p, k) => new PathPoint(p, values[k])).ToArray();
            var i = Array.FindLastIndex(years, y => y <= c.Year);
            var expected = values[i] + (i + 1 < years.Length ? c.Slopes[i] * (c.Year - years[i]) : 0);

            Assert.Equal(expected, PopulationPath.ValueAt(vision, Year(c.Year)));
            Assert.Equal(expected, PopulationPath.ValueAt(vision, Fy(c.Year)));
            Assert.Equal(expected, PopulationPath.ValueAlong(path, Year(c.Year)));
            Assert.Equal(values[i], PopulationPath.ValueAt(vision, Year(c.Year), PathInterpolation.Step));
            Assert.Equal(c.D, PopulationPath.PaceDeviation(vision, Actual(Year(c.Year), expected + c.D)));
        }));
    }

    [Fact]
    public void An_actual_above_the_path_is_ahead_below_it_behind_and_on_it_on_pace()
    {
        var cases =
            from periods in Gen.OneOf(YearPeriods, AnyPeriods)
            from targets in Gen.CollectToArray(periods, TargetAt)
            from at in JapanesePeriodsPropertyTests.PeriodGen(periods[0].Start.Year, periods[periods.Length - 1].End.Year)
            from d in Gen.Frequency((1, Gen.Constant(0m)), (4, Signed))
            from interpolation in Gen.Elements(Interpolations)
            select (Vision: Of(targets), At: at, D: d, Interpolation: interpolation);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var path = PopulationPath.ValueAt(c.Vision, c.At, c.Interpolation);
            if (path is null)
            {
                Assert.Null(PopulationPath.PaceDeviation(c.Vision, Actual(c.At, 1m), c.Interpolation));
                return;
            }

            var deviation = PopulationPath.PaceDeviation(c.Vision, Actual(c.At, path.Value + c.D), c.Interpolation);

            Assert.NotNull(deviation);
            Assert.Equal(Math.Sign(c.D), Math.Sign(deviation.Value));
        }));
    }

    [Fact]
    public void Before_the_first_and_after_the_last_target_there_is_no_path()
    {
        var cases =
            from periods in Gen.OneOf(YearPeriods, AnyPeriods)
            from targets in Gen.CollectToArray(periods, TargetAt)
            from before in Gen.Choose(1, 40)
            from after in Gen.Choose(1, 40)
            select (Vision: Of(targets), Before: before, After: after);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var positions = c.Vision.Targets.Select(t => PopulationPath.Position(t.Period)).ToArray();
            var first = (int)Math.Floor(positions.Min());
            var last = (int)Math.Floor(positions.Max());
            foreach (var interpolation in Interpolations)
            {
                Assert.Null(PopulationPath.ValueAt(c.Vision, Year(first - c.Before), interpolation));
                Assert.Null(PopulationPath.ValueAt(c.Vision, Year(last + c.After), interpolation));
                Assert.Null(PopulationPath.ValueAlong(c.Vision.Targets.Select(t => new PathPoint(t.Period, 1m)), Year(last + c.After), interpolation));
            }
        }));
    }

    [Fact]
    public void The_change_needed_aims_at_the_first_target_after_the_actual()
    {
        var cases =
            from periods in Gen.OneOf(YearPeriods, AnyPeriods)
            from targets in Gen.CollectToArray(periods, TargetAt)
            from at in JapanesePeriodsPropertyTests.PeriodGen(periods[0].Start.Year - 5, periods[periods.Length - 1].End.Year)
            from actual in Population
            select (Vision: Of(targets), Actual: Actual(at, actual));

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var x = PopulationPath.Position(c.Actual.AsOf);
            var next = c.Vision.Targets
                .Where(t => PopulationPath.Position(t.Period) > x)
                .OrderBy(t => PopulationPath.Position(t.Period))
                .FirstOrDefault();
            var result = PopulationPath.ChangeNeeded(c.Vision, c.Actual);
            if (next is null)
            {
                Assert.Null(result);
                return;
            }

            Assert.NotNull(result);
            Assert.Same(next, result.Value.Target);

            // Going at that pace from the actual reaches the target (to within decimal rounding).
            var years = PopulationPath.Position(next.Period) - x;
            Assert.Equal(next.Current.PathValue!.Value, c.Actual.Value + (result.Value.PerYear * years), 15);
        }));
    }

    [Fact]
    public void The_implied_population_adds_each_years_component_targets_once()
    {
        // Non-overlapping ranges per component, as a valid document has them.
        var cases =
            from start in Gen.Choose(2000, 2030)
            from until in Gen.Choose(1995, 2045)
            from natural in Ranges(PopulationComponent.NaturalChange)
            from social in Ranges(PopulationComponent.SocialChange)
            from value in Population
            select (Vision: new PopulationVision { ComponentTargets = ValueList<ComponentTarget>.From(natural.Concat(social)) }, Start: start, Until: until, Value: value);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var implied = PopulationPath.Implied(c.Vision, Actual(Fy(c.Start), c.Value), new FiscalYear(c.Until));

            // Each range adds its per-year target once for every year it shares with FY(start + 1) … FY(until).
            var expected = c.Value + c.Vision.ComponentTargets.Sum(t =>
                t.PerYear * Math.Max(0, Math.Min(t.Years.Last.Year, c.Until) - Math.Max(t.Years.First.Year, c.Start + 1) + 1));
            var missing = Enumerable.Range(c.Start + 1, Math.Max(0, c.Until - c.Start))
                .Where(y => c.Vision.ComponentTargets.Count(t => t.Years.Contains(new FiscalYear(y))) < 2)
                .Select(y => new FiscalYear(y));

            Assert.Equal(expected, implied.Value);
            Assert.Equal(missing, implied.YearsWithoutTargets);
            Assert.Equal(implied.YearsWithoutTargets.Count == 0, implied.IsComplete);
            Assert.Equal(implied.Value - 90_000m, implied.GapTo(90_000m));
        }));
    }

    private static Gen<PopulationTarget> TargetAt(ReportingPeriod period)
        => from count in Gen.Choose(1, 3)
           from versions in Gen.ArrayOf(Version, count)
           select new PopulationTarget(period, ValueList<TargetVersion>.From(versions));

    /// <summary>Up to four ranges of one component, each after the previous one (gaps allowed).</summary>
    private static Gen<ComponentTarget[]> Ranges(PopulationComponent component)
        => from count in Gen.Choose(0, 4)
           from first in Gen.Choose(1998, 2030)
           from gaps in Gen.ArrayOf(Gen.Choose(0, 3), count)
           from lengths in Gen.ArrayOf(Gen.Choose(1, 5), count)
           from perYear in Gen.ArrayOf(Gen.Choose(-1_000, 1_000), count)
           select Build(component, first, gaps, lengths, perYear);

    private static ComponentTarget[] Build(PopulationComponent component, int first, int[] gaps, int[] lengths, int[] perYear)
    {
        var result = new ComponentTarget[gaps.Length];
        var next = first;
        for (var i = 0; i < result.Length; i++)
        {
            var from = next + gaps[i];
            var to = from + lengths[i] - 1;
            result[i] = new ComponentTarget(component, new FiscalYearRange(new FiscalYear(from), new FiscalYear(to)), perYear[i]);
            next = to + 1;
        }

        return result;
    }
}
