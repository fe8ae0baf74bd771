using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Population;

/// <summary>
/// Laws of forecasts, checked on 1,000 generated cases each. Points lie on y = a + b·x with whole a
/// and b, at years whose mean is whole, so every step of the least-squares sums is exact in decimal.
/// </summary>
public sealed class ForecastsPropertiesTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    [Fact]
    public void Actuals_on_a_line_project_to_the_lines_value_in_the_target_year()
    {
        var cases =
            from line in Lines
            from years in YearsWithWholeMean
            from revised in Gen.SubListOf(years)
            from withoutValue in Gen.SubListOf(Enumerable.Range(1985, 60).Except(years).ToArray())
            from asOf in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 3).Select(k => (int?)(years.Max() + k))))
            from seed in Gen.Choose(0, int.MaxValue)
            from targetYear in Gen.Choose(1990, 2060)
            select new LineCase(line.A, line.B, years, revised.ToArray(), withoutValue.ToArray(), asOf, seed, targetYear);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var forecast = Forecasts.Project(c.Indicator(), c.AsOf is { } asOf ? new FiscalYear(asOf) : null);

            Assert.NotNull(forecast);
            Assert.Equal(ForecastMethod.LeastSquares, forecast.Method);
            Assert.Equal(c.Years.Length, forecast.PointsUsed);
            Assert.Equal((decimal)c.B, forecast.Slope);
            Assert.Equal(new FiscalYear(c.TargetYear), forecast.TargetYear);
            Assert.Equal(c.A + (c.B * (decimal)c.TargetYear), forecast.Projected);
        }));
    }

    [Fact]
    public void One_actual_projects_along_the_line_from_the_baseline()
    {
        var cases =
            from line in Lines
            from baselineYear in Gen.Choose(1990, 2030)
            from gap in Gen.Choose(1, 10)
            from targetYear in Gen.Choose(1990, 2060)
            select (line.A, line.B, BaselineYear: baselineYear, Year: baselineYear + gap, TargetYear: targetYear);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var indicator = ForecastsTests.New(
                Direction.HigherIsBetter,
                ForecastsTests.Target(c.TargetYear, 0m),
                ForecastsTests.Actual(c.Year, c.A + (c.B * (decimal)c.Year))) with
            {
                Baseline = ForecastsTests.Baseline(c.BaselineYear, c.A + (c.B * (decimal)c.BaselineYear)),
            };

            var forecast = Forecasts.Project(indicator);

            Assert.NotNull(forecast);
            Assert.Equal(ForecastMethod.FromBaseline, forecast.Method);
            Assert.Equal(2, forecast.PointsUsed);
            Assert.Equal((decimal)c.B, forecast.Slope);
            Assert.Equal(c.A + (c.B * (decimal)c.TargetYear), forecast.Projected);
            Assert.Null(Forecasts.Project(indicator with { Baseline = null }));
        }));
    }

    [Fact]
    public void Would_meet_agrees_with_the_direction_the_target_is_judged_in()
    {
        var cases =
            from line in Lines
            from years in YearsWithWholeMean
            from targetYear in Gen.Choose(2020, 2060)
            from direction in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter, Direction.Maintain)
            from comparison in Gen.Elements(TargetComparison.Reach, TargetComparison.AtLeast, TargetComparison.AtMost, TargetComparison.Between)
            from offsets in Gen.ArrayOf(Gen.Choose(-2, 2), 2)
            select (line.A, line.B, Years: years, TargetYear: targetYear, Direction: direction, Comparison: comparison, Offsets: offsets);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // The target sits near the projection, often exactly on it, to test the boundary.
            var projected = c.A + (c.B * (decimal)c.TargetYear);
            var t = projected + c.Offsets[0];
            var target = c.Comparison == TargetComparison.Between
                ? new Target(new FiscalYear(c.TargetYear)) { Comparison = c.Comparison, Min = Math.Min(t, projected + c.Offsets[1]), Max = Math.Max(t, projected + c.Offsets[1]) }
                : new Target(new FiscalYear(c.TargetYear)) { Comparison = c.Comparison, Value = t };
            var indicator = ForecastsTests.New(
                c.Comparison == TargetComparison.Between ? Direction.WithinRange : c.Direction,
                target,
                c.Years.Select(y => ForecastsTests.Actual(y, c.A + (c.B * (decimal)y))).ToArray());
            var expected = c.Comparison switch
            {
                TargetComparison.Between => projected >= target.Min && projected <= target.Max,
                TargetComparison.AtLeast => projected >= t,
                TargetComparison.AtMost => projected <= t,
                _ => c.Direction switch
                {
                    Direction.HigherIsBetter => projected >= t,
                    Direction.LowerIsBetter => projected <= t,
                    _ => projected == t,
                },
            };

            var forecast = Forecasts.Project(indicator);

            Assert.NotNull(forecast);
            Assert.Equal(projected, forecast.Projected);
            Assert.Equal(target.Value, forecast.Target);
            Assert.Equal(expected, forecast.WouldMeet);
        }));
    }

    [Fact]
    public void Without_a_target_there_is_never_a_forecast()
    {
        var cases =
            from line in Lines
            from years in YearsWithWholeMean
            select (line.A, line.B, Years: years);

        Check.One(Cases, Prop.ForAll(cases.ToArbitrary(), c =>
            Assert.Null(Forecasts.Project(ForecastsTests.New(
                Direction.HigherIsBetter,
                null,
                c.Years.Select(y => ForecastsTests.Actual(y, c.A + (c.B * (decimal)y))).ToArray())))));
    }

    /// <summary>Gets a line y = a + b·x with whole a and b.</summary>
    private static Gen<(int A, int B)> Lines { get; } =
        from a in Gen.Choose(-1_000_000, 1_000_000)
        from b in Gen.Choose(-1_000, 1_000)
        select (a, b);

    /// <summary>Gets 2–6 distinct fiscal years in 1990–2040 whose sum the count divides: their mean is whole.</summary>
    private static Gen<int[]> YearsWithWholeMean { get; } =
        from count in Gen.Choose(2, 6)
        from chosen in Gen.Shuffle(Enumerable.Range(1990, 51).ToArray())
        let head = chosen.Take(count - 1).ToArray()
        let candidates = Enumerable.Range(1990, 51).Except(head).Where(y => (head.Sum() + y) % count == 0).ToArray()
        from last in Gen.Elements(candidates)
        select head.Append(last).ToArray();

    /// <summary>
    /// Points on y = a + b·x at <see cref="Years"/>, listed in a random order with, off the line: a
    /// preliminary figure listed before the final one of each year in <see cref="Revised"/>, observations
    /// without a value in <see cref="WithoutValue"/>, a baseline (ignored with two or more actuals) and,
    /// with <see cref="AsOf"/>, actuals in the three years after it.
    /// </summary>
    private sealed record LineCase(int A, int B, int[] Years, int[] Revised, int[] WithoutValue, int? AsOf, int Seed, int TargetYear)
    {
        internal Indicator Indicator()
        {
            var random = new Random(Seed);
            var keyed = new List<(double Key, Observation Observation)>();
            foreach (var year in Years)
            {
                var key = random.NextDouble();
                if (Revised.Contains(year))
                {
                    var preliminary = key;
                    key = preliminary + random.NextDouble();
                    keyed.Add((preliminary, new Observation(new FiscalYear(year)) { Value = random.Next(-1_000_000, 1_000_000), Status = ObservationStatus.Preliminary }));
                }

                keyed.Add((key, new Observation(new FiscalYear(year)) { Value = A + (B * (decimal)year) }));
            }

            foreach (var year in WithoutValue)
            {
                keyed.Add((random.NextDouble() * 2, new Observation(new FiscalYear(year)) { Status = ObservationStatus.NotPublished }));
            }

            for (var k = 1; AsOf is { } asOf && k <= 3; k++)
            {
                keyed.Add((random.NextDouble() * 2, new Observation(new FiscalYear(asOf + k)) { Value = random.Next(-1_000_000, 1_000_000) }));
            }

            return ForecastsTests.New(
                Direction.HigherIsBetter,
                ForecastsTests.Target(TargetYear, 0m),
                keyed.OrderBy(k => k.Key).Select(k => k.Observation).ToArray()) with
            {
                Baseline = ForecastsTests.Baseline(1980, random.Next(-1_000_000, 1_000_000)),
            };
        }
    }
}
