using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Population;

/// <summary>Forecasts of an indicator to its final target's year, with lines worked out by hand.</summary>
public sealed class ForecastsTests
{
    private static readonly FiscalYear Fy2024 = new(2024);

    [Fact]
    public void Without_actuals_there_is_no_forecast()
    {
        var indicator = New(Direction.HigherIsBetter, Target(2024, 150m)) with { Baseline = Baseline(2019, 100m) };

        Assert.Null(Forecasts.Project(indicator));
    }

    [Fact]
    public void Observations_without_a_value_are_not_points()
    {
        var indicator = New(
            Direction.HigherIsBetter,
            Target(2024, 150m),
            new Observation(new FiscalYear(2020)) { Status = ObservationStatus.NotPublished },
            new Observation(new FiscalYear(2021)) { Status = ObservationStatus.Suspended }) with { Baseline = Baseline(2019, 100m) };

        Assert.Null(Forecasts.Project(indicator));
    }

    [Fact]
    public void One_actual_and_a_baseline_give_the_line_from_the_baseline_through_the_actual()
    {
        // Baseline 100 (FY2019), actual 110 (FY2020): slope (110 − 100) / (2020 − 2019) = 10 a year;
        // FY2024: 110 + 10 × 4 = 150, which meets the target 150.
        var indicator = New(Direction.HigherIsBetter, Target(2024, 150m), Actual(2020, 110m)) with { Baseline = Baseline(2019, 100m) };

        Assert.Equal(
            new Forecast(ForecastMethod.FromBaseline, 2, 10m, Fy2024, 150m, 150m, true),
            Forecasts.Project(indicator));
    }

    [Fact]
    public void The_baseline_sits_at_the_fiscal_year_its_period_ends_in()
    {
        // "126 (2018)": the calendar year 2018 ends on 31 December 2018, in FY2018. Actual 130 in FY2020:
        // slope (130 − 126) / 2 = 2; FY2024: 130 + 2 × 4 = 138, short of 140.
        var calendar = New(Direction.HigherIsBetter, Target(2024, 140m), Actual(2020, 130m)) with
        {
            Baseline = new Baseline { Period = ReportingPeriod.OfCalendarYear(2018), Value = 126m },
        };
        Assert.Equal(new Forecast(ForecastMethod.FromBaseline, 2, 2m, Fy2024, 138m, 140m, false), Forecasts.Project(calendar));

        // As of 31 March 2020: FY2019. Slope (130 − 126) / 1 = 4; FY2024: 130 + 4 × 4 = 146.
        var date = calendar with { Baseline = new Baseline { Period = Visions.Date(2020, 3, 31), Value = 126m } };
        Assert.Equal(new Forecast(ForecastMethod.FromBaseline, 2, 4m, Fy2024, 146m, 140m, true), Forecasts.Project(date));
    }

    [Fact]
    public void One_actual_without_a_usable_baseline_gives_no_forecast()
    {
        var indicator = New(Direction.HigherIsBetter, Target(2024, 150m), Actual(2020, 110m));

        Assert.Null(Forecasts.Project(indicator));
        Assert.Null(Forecasts.Project(indicator with { Baseline = new Baseline { Value = 100m } })); // no period
        Assert.Null(Forecasts.Project(indicator with { Baseline = new Baseline { Period = Visions.Fy(2019) } })); // no value
        Assert.Null(Forecasts.Project(indicator with { Baseline = Baseline(2020, 100m) })); // the actual's own year: no line
        Assert.Null(Forecasts.Project(indicator with { Baseline = Baseline(2021, 100m) })); // after the actual
    }

    [Fact]
    public void Three_actuals_give_the_least_squares_line()
    {
        // (2020, 10), (2021, 14), (2022, 15): x̄ = 2021, ȳ = 13; Σ(x − x̄)(y − ȳ) = (−1)(−3) + 0 + (1)(2) = 5,
        // Σ(x − x̄)² = 2, b = 2.5. FY2024: 13 + 2.5 × 3 = 20.5, which meets 20 when higher is better.
        var indicator = New(Direction.HigherIsBetter, Target(2024, 20m), Actual(2020, 10m), Actual(2021, 14m), Actual(2022, 15m));

        Assert.Equal(new Forecast(ForecastMethod.LeastSquares, 3, 2.5m, Fy2024, 20.5m, 20m, true), Forecasts.Project(indicator));
    }

    [Fact]
    public void With_two_or_more_actuals_the_baseline_is_not_a_point()
    {
        // The baseline 0 (FY2019) would pull the line down; the three actuals alone give 20.5 as above.
        var indicator = New(Direction.HigherIsBetter, Target(2024, 20m), Actual(2020, 10m), Actual(2021, 14m), Actual(2022, 15m)) with
        {
            Baseline = Baseline(2019, 0m),
        };

        Assert.Equal(new Forecast(ForecastMethod.LeastSquares, 3, 2.5m, Fy2024, 20.5m, 20m, true), Forecasts.Project(indicator));
    }

    [Fact]
    public void Two_actuals_give_the_line_through_them()
    {
        // (2020, 100), (2022, 90): b = −5, x̄ = 2021, ȳ = 95; FY2026: 95 − 5 × 5 = 70, within the ceiling 75.
        var indicator = New(Direction.LowerIsBetter, Target(2026, 75m), Actual(2022, 90m), Actual(2020, 100m));

        Assert.Equal(
            new Forecast(ForecastMethod.LeastSquares, 2, -5m, new FiscalYear(2026), 70m, 75m, true),
            Forecasts.Project(indicator));
    }

    [Theory]
    [InlineData(Direction.HigherIsBetter, TargetComparison.Reach, "21", false)] // 20.5 < 21
    [InlineData(Direction.HigherIsBetter, TargetComparison.Reach, "20.5", true)]
    [InlineData(Direction.LowerIsBetter, TargetComparison.Reach, "21", true)] // 20.5 ≤ 21
    [InlineData(Direction.LowerIsBetter, TargetComparison.Reach, "20", false)]
    [InlineData(Direction.Maintain, TargetComparison.Reach, "20.5", true)]
    [InlineData(Direction.Maintain, TargetComparison.Reach, "20", false)]
    [InlineData(Direction.HigherIsBetter, TargetComparison.AtMost, "21", true)] // 以下 judges lower-is-better
    [InlineData(Direction.LowerIsBetter, TargetComparison.AtLeast, "20", true)] // 以上 judges higher-is-better
    public void Would_meet_follows_the_direction_the_target_is_judged_in(Direction direction, TargetComparison comparison, string target, bool expected)
    {
        var value = decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture);
        var indicator = New(direction, new Target(Fy2024) { Value = value, Comparison = comparison }, Actual(2020, 10m), Actual(2021, 14m), Actual(2022, 15m));

        var forecast = Forecasts.Project(indicator);

        Assert.Equal(20.5m, forecast!.Projected);
        Assert.Equal(expected, forecast.WouldMeet);
    }

    [Theory]
    [InlineData("20", "21", true)]
    [InlineData("20.5", "20.5", true)]
    [InlineData("21", "22", false)]
    [InlineData("19", "20.4", false)]
    public void Against_a_range_target_the_projection_must_fall_within_it(string min, string max, bool expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var target = new Target(Fy2024) { Comparison = TargetComparison.Between, Min = decimal.Parse(min, inv), Max = decimal.Parse(max, inv) };
        var indicator = New(Direction.WithinRange, target, Actual(2020, 10m), Actual(2021, 14m), Actual(2022, 15m));

        var forecast = Forecasts.Project(indicator)!;

        Assert.Equal(20.5m, forecast.Projected);
        Assert.Null(forecast.Target);
        Assert.Equal(expected, forecast.WouldMeet);
    }

    [Fact]
    public void Against_a_stage_target_whether_it_would_be_met_cannot_be_said()
    {
        var indicator = New(Direction.HigherIsBetter, new Target(Fy2024) { Stage = "策定" }, Actual(2020, 10m), Actual(2021, 14m));

        var forecast = Forecasts.Project(indicator)!;

        Assert.Equal(26m, forecast.Projected); // b = 4, x̄ = 2020.5, ȳ = 12: 12 + 4 × 3.5
        Assert.Null(forecast.WouldMeet);
    }

    [Fact]
    public void The_latest_listed_observation_of_a_year_is_the_one_used()
    {
        // FY2020's preliminary 12 is revised to 10: the points are the three of the least-squares example.
        var indicator = New(
            Direction.HigherIsBetter,
            Target(2024, 20m),
            new Observation(new FiscalYear(2020)) { Value = 12m, Status = ObservationStatus.Preliminary },
            Actual(2021, 14m),
            Actual(2022, 15m),
            Actual(2020, 10m));

        Assert.Equal(new Forecast(ForecastMethod.LeastSquares, 3, 2.5m, Fy2024, 20.5m, 20m, true), Forecasts.Project(indicator));
    }

    [Fact]
    public void Two_figures_for_one_year_make_one_point()
    {
        // FY2020: 100 then revised to 110, one point; with the baseline 100 (FY2019): the line from the baseline.
        var indicator = New(
            Direction.HigherIsBetter,
            Target(2024, 150m),
            new Observation(new FiscalYear(2020)) { Value = 100m, Status = ObservationStatus.Preliminary },
            Actual(2020, 110m)) with { Baseline = Baseline(2019, 100m) };

        Assert.Equal(new Forecast(ForecastMethod.FromBaseline, 2, 10m, Fy2024, 150m, 150m, true), Forecasts.Project(indicator));
    }

    [Fact]
    public void As_of_a_year_only_the_actuals_up_to_it_are_used()
    {
        var indicator = New(
            Direction.HigherIsBetter,
            Target(2024, 20m),
            Actual(2020, 10m),
            Actual(2021, 14m),
            Actual(2022, 15m),
            Actual(2023, 100m)) with { Baseline = Baseline(2019, 6m) };

        // Up to FY2022: the three-point example.
        Assert.Equal(new Forecast(ForecastMethod.LeastSquares, 3, 2.5m, Fy2024, 20.5m, 20m, true), Forecasts.Project(indicator, new FiscalYear(2022)));

        // Up to FY2020: one actual, so the line from the baseline 6 (FY2019) through 10: 10 + 4 × 4 = 26.
        Assert.Equal(new Forecast(ForecastMethod.FromBaseline, 2, 4m, Fy2024, 26m, 20m, true), Forecasts.Project(indicator, new FiscalYear(2020)));

        // Up to FY2019: nothing.
        Assert.Null(Forecasts.Project(indicator, new FiscalYear(2019)));

        // All four: x̄ = 2021.5, ȳ = 34.75; Σ(x − x̄)(y − ȳ) = (−1.5)(−24.75) + (−0.5)(−20.75) + (0.5)(−19.75) + (1.5)(65.25)
        // = 37.125 + 10.375 − 9.875 + 97.875 = 135.5; Σ(x − x̄)² = 5; b = 27.1; FY2024: 34.75 + 27.1 × 2.5 = 102.5.
        Assert.Equal(new Forecast(ForecastMethod.LeastSquares, 4, 27.1m, Fy2024, 102.5m, 20m, true), Forecasts.Project(indicator));
    }

    [Fact]
    public void Without_a_target_there_is_no_forecast()
    {
        var indicator = New(Direction.HigherIsBetter, null, Actual(2020, 10m), Actual(2021, 14m), Actual(2022, 15m));

        Assert.Null(Forecasts.Project(indicator));
    }

    [Fact]
    public void The_final_target_is_the_one_for_the_latest_year_wherever_it_is_listed()
    {
        var indicator = New(Direction.HigherIsBetter, Target(2026, 30m), Actual(2020, 10m), Actual(2021, 14m), Actual(2022, 15m)) with
        {
            Targets = ValueList<Target>.Of(Target(2026, 30m), Target(2022, 15m), Target(2024, 20m)),
        };

        var forecast = Forecasts.Project(indicator)!;

        // FY2026: 13 + 2.5 × 5 = 25.5, short of 30.
        Assert.Equal(new FiscalYear(2026), forecast.TargetYear);
        Assert.Equal(25.5m, forecast.Projected);
        Assert.Equal(30m, forecast.Target);
        Assert.False(forecast.WouldMeet);
    }

    [Fact]
    public void An_overflow_gives_no_forecast_instead_of_throwing()
    {
        // 7.9e28 − (−7.9e28) is beyond decimal.
        var indicator = New(Direction.HigherIsBetter, Target(2024, 1m), Actual(2020, 7.9e28m)) with { Baseline = Baseline(2019, -7.9e28m) };

        Assert.Null(Forecasts.Project(indicator));
    }

    internal static Indicator New(Direction direction, Target? target, params Observation[] observations)
        => new("k1", IndicatorKind.Kpi, "転入者数", new Unit("人"), direction, ValueKind.Level, GradingBasis.Target)
        {
            Targets = target is null ? ValueList<Target>.Empty : ValueList<Target>.Of(target),
            Observations = ValueList<Observation>.From(observations),
        };

    internal static Target Target(int year, decimal value) => new(new FiscalYear(year)) { Value = value };

    internal static Observation Actual(int year, decimal value) => new(new FiscalYear(year)) { Value = value };

    internal static Baseline Baseline(int fiscalYear, decimal value) => new() { Period = Visions.Fy(fiscalYear), Value = value };
}
