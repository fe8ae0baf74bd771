using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using Xunit;
using static LocalStrategy.Kpi.Tests.Population.Visions;

namespace LocalStrategy.Kpi.Tests.Population;

/// <summary>The target path of a population vision, with values worked out by hand.</summary>
public sealed class PopulationPathTests
{
    // 2020: 90,000 → 2030: 85,000 (−500 a year) → 2040: the range 80,000–82,000, which counts at its
    // middle 81,000 (−400 a year from 2030).
    private static readonly PopulationVision Vision = Of(
        Target(Year(2020), 90_000m),
        Target(Year(2030), 85_000m),
        Target(Year(2040), Range(80_000m, 82_000m)));

    [Theory]
    [InlineData("FY2040", "2040.75")] // a whole year stands for its census day, 1 October: 2040 + 9 / 12
    [InlineData("2025", "2025.75")]
    [InlineData("2024-10", "2024.75")] // 2024 + (10 − 1) / 12
    [InlineData("2024-01", "2024")] // 2024 + 0 / 12
    [InlineData("2024-07", "2024.5")] // 2024 + 6 / 12
    [InlineData("2024-01-01", "2024")] // 2024 + (0 + 0 / 31) / 12
    public void A_period_sits_on_the_time_axis_at_its_year_and_the_fraction_of_the_year_before_it(string period, string expected)
        => Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), PopulationPath.Position(ReportingPeriod.Parse(period)));

    [Fact]
    public void A_date_sits_at_its_year_plus_the_months_and_days_of_its_month_before_it()
    {
        // 1 October sits at year + 9/12 in a leap year and in any other: the same day a year later is
        // exactly one year on (issue 11: from 1 October 2024 to the census of 2025 is one year).
        Assert.Equal(2024.75m, PopulationPath.Position(Date(2024, 10, 1)));
        Assert.Equal(2023.75m, PopulationPath.Position(Date(2023, 10, 1)));
        Assert.Equal(1m, PopulationPath.Position(Year(2025)) - PopulationPath.Position(Date(2024, 10, 1)));

        // Within its month a day counts by the days before it: 16 April is 15/30 of April on.
        Assert.Equal(2024m + ((3m + (15m / 30m)) / 12m), PopulationPath.Position(Date(2024, 4, 16)));

        // The last day of a year: 11 months and 30/31 of December; still before the next year.
        Assert.Equal(2024m + ((11m + (30m / 31m)) / 12m), PopulationPath.Position(Date(2024, 12, 31)));
        Assert.True(PopulationPath.Position(Date(2024, 12, 31)) < PopulationPath.Position(Month(2025, 1)));
    }

    [Fact]
    public void A_vision_may_say_that_its_whole_years_stand_for_another_day()
    {
        // Ina's 2024-10-01 register figure (64,969) against the 2025 target (64,771): one year to the
        // census day, so −198 a year; a vision whose years stand for 1 January gives a quarter year.
        var census = Of(Target(Year(2025), 64_771m));
        var january = census with { YearsAsOf = new NodaTime.AnnualDate(1, 1) };

        Assert.Equal(-198m, PopulationPath.ChangeNeeded(census, Actual(Date(2024, 10, 1), 64_969m))!.Value.PerYear);
        Assert.Equal(-792m, PopulationPath.ChangeNeeded(january, Actual(Date(2024, 10, 1), 64_969m))!.Value.PerYear);
        Assert.Equal(2025m, PopulationPath.Position(Year(2025), january.YearsAsOf));
        Assert.Equal(PopulationVision.CensusDay, new PopulationVision().YearsAsOf);
    }

    [Fact]
    public void A_fiscal_year_sits_at_its_number_although_it_starts_in_April()
    {
        // FY2040 runs 2040-04-01 … 2041-03-31 and, like the calendar year 2040, stands for 1 October 2040.
        Assert.Equal(PopulationPath.Position(Year(2040)), PopulationPath.Position(Fy(2040)));
        Assert.Equal(PopulationPath.Position(Date(2040, 10, 1)), PopulationPath.Position(Fy(2040)));

        // 1 April 2040, where the fiscal year starts, sits earlier: 2040 + 3/12.
        Assert.Equal(2040.25m, PopulationPath.Position(Date(2040, 4, 1)));
    }

    [Fact]
    public void At_a_stated_target_the_path_is_the_target()
    {
        Assert.Equal(90_000m, PopulationPath.ValueAt(Vision, Year(2020)));
        Assert.Equal(85_000m, PopulationPath.ValueAt(Vision, Year(2030)));

        // FY2030, 2030-10 and 2030-10-01 sit where the year 2030 does (1 October); January 2030 is three
        // quarters of a year earlier: 90,000 − 5,000 × 9.25/10 = 85,375.
        Assert.Equal(85_000m, PopulationPath.ValueAt(Vision, Fy(2030)));
        Assert.Equal(85_000m, PopulationPath.ValueAt(Vision, Month(2030, 10)));
        Assert.Equal(85_000m, PopulationPath.ValueAt(Vision, Date(2030, 10, 1)));
        Assert.Equal(85_375m, PopulationPath.ValueAt(Vision, Month(2030, 1)));
    }

    [Fact]
    public void A_range_target_counts_at_its_middle()
    {
        // (80,000 + 82,000) / 2 = 81,000.
        Assert.Equal(81_000m, PopulationPath.ValueAt(Vision, Year(2040)));

        // Ami's outlook 50,000–51,000 in 2033 counts as 50,500.
        var ami = Of(Target(Year(2023), 47_500m), Target(Year(2033), Range(50_000m, 51_000m)));
        Assert.Equal(50_500m, PopulationPath.ValueAt(ami, Year(2033)));

        // Halfway, 2028: 47,500 + (50,500 − 47,500) × 5/10 = 49,000.
        Assert.Equal(49_000m, PopulationPath.ValueAt(ami, Year(2028)));
    }

    [Theory]
    [InlineData("2025", "87500")] // 90,000 + (85,000 − 90,000) × 5/10
    [InlineData("FY2027", "86500")] // 90,000 − 5,000 × 7/10
    [InlineData("2021", "89500")] // 90,000 − 5,000 × 1/10
    [InlineData("2024-10", "88000")] // October 2024 is 4 years after the census day of 2020: 90,000 − 5,000 × 4/10
    [InlineData("2035", "83000")] // 85,000 + (81,000 − 85,000) × 5/10
    [InlineData("2038", "81800")] // 85,000 − 4,000 × 8/10
    [InlineData("2039-07", "81500")] // 2039.5 is 8.75 years after 2030.75: 85,000 − 4,000 × 8.75/10
    public void Between_stated_targets_the_path_is_a_straight_line(string at, string expected)
        => Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), PopulationPath.ValueAt(Vision, JapanesePeriods.Parse(at)));

    [Fact]
    public void Between_targets_on_a_date_the_path_is_the_straight_line_at_the_dates_position()
    {
        // 2024: 0 and 2025: 12 rise by one a month; 16 April 2025 sits 6.5 months after 1 October 2024.
        var vision = Of(Target(Year(2024), 0m), Target(Year(2025), 12m));

        Assert.Equal(6.5m, PopulationPath.ValueAt(vision, Date(2025, 4, 16))!.Value, 20); // up to decimal's last digit of 15/30 / 12
    }

    [Theory]
    [InlineData("2025", "90000")]
    [InlineData("2024-10", "90000")]
    [InlineData("2029-12-31", "90000")]
    [InlineData("2030", "85000")]
    [InlineData("2035", "85000")]
    [InlineData("2039-12", "85000")]
    [InlineData("2040", "81000")]
    public void A_step_path_holds_the_earlier_target_until_the_next(string at, string expected)
        => Assert.Equal(
            decimal.Parse(expected, CultureInfo.InvariantCulture),
            PopulationPath.ValueAt(Vision, JapanesePeriods.Parse(at), PathInterpolation.Step));

    [Theory]
    [InlineData("2019")]
    [InlineData("2019-12")]
    [InlineData("2019-12-31")]
    [InlineData("FY2041")]
    [InlineData("2040-11")] // 2040 + 10/12, after the census day of the last target
    [InlineData("2040-10-02")] // 2040 + (9 + 1/31)/12
    [InlineData("2020-09")] // before the census day of the first target
    public void Outside_the_stated_targets_there_is_no_path(string at)
    {
        var period = JapanesePeriods.Parse(at);

        Assert.Null(PopulationPath.ValueAt(Vision, period));
        Assert.Null(PopulationPath.ValueAt(Vision, period, PathInterpolation.Step));
    }

    [Fact]
    public void A_vision_without_targets_has_no_path()
    {
        Assert.Null(PopulationPath.ValueAt(new PopulationVision(), Year(2030)));
        Assert.Null(PopulationPath.PaceDeviation(new PopulationVision(), Actual(Year(2030), 1m)));
        Assert.Null(PopulationPath.ChangeNeeded(new PopulationVision(), Actual(Year(2030), 1m)));
    }

    [Fact]
    public void A_valid_document_may_list_a_date_before_the_fiscal_year_it_falls_in_and_the_path_still_passes_through_both()
    {
        // A document lists periods by their last day: 1 December 2030 ends before FY2030 (31 March 2031), so
        // it must come first, although on the time axis it sits later (2030 + 11/12 against 2030.75).
        var json = Validation.TestDocument.With(d => d["population"] = System.Text.Json.Nodes.JsonNode.Parse("""
            {
              "targets": [
                { "period": "2020", "versions": [ { "value": 96000 } ] },
                { "period": "2030-12-01", "versions": [ { "value": 90000 } ] },
                { "period": "FY2030", "versions": [ { "value": 91000 } ] },
                { "period": "2040", "versions": [ { "value": 86000 } ] }
              ]
            }
            """));
        var vision = Kpi.Serialization.StrategyJson.Read(json).GetValueOrThrow().Population!;
        var december = PopulationPath.Position(Date(2030, 12, 1));

        Assert.Equal(91_000m, PopulationPath.ValueAt(vision, Fy(2030)));
        Assert.Equal(90_000m, PopulationPath.ValueAt(vision, Date(2030, 12, 1)));

        // 2025 lies between 2020 (96,000) and FY2030 (91,000): 96,000 − 5,000 × 5/10 = 93,500.
        Assert.Equal(93_500m, PopulationPath.ValueAt(vision, Year(2025)));

        // 2035 (2035.75) lies between 1 December 2030 (90,000) and 2040 (86,000, at 2040.75).
        Assert.Equal(90_000m - (4_000m * (2035.75m - december) / (2040.75m - december)), PopulationPath.ValueAt(vision, Year(2035)));

        // From 2025 the next target on the time axis is FY2030: (91,000 − 93,000) / 5 = −400 a year.
        var needed = PopulationPath.ChangeNeeded(vision, Actual(Year(2025), 93_000m));
        Assert.Same(vision.Targets[2], needed!.Value.Target);
        Assert.Equal(-400m, needed.Value.PerYear);

        // The same order for a path of points.
        Assert.Equal(91_000m, PopulationPath.ValueAlong(vision.Targets.Select(t => new PathPoint(t.Period, t.Current.Value!.Value)), Fy(2030)));
    }

    [Fact]
    public void The_path_uses_the_current_last_version_of_each_target()
    {
        // Azumino 2040: 83,000 (1st strategy) → 85,000 (2nd) → 86,000 (revised): the path ends at 86,000.
        var vision = Of(
            Target(Year(2020), 96_000m),
            Target(Year(2040), Value(83_000m), Value(85_000m), Value(86_000m)));

        Assert.Equal(86_000m, vision.Targets[1].Current.Value);
        Assert.Equal(86_000m, PopulationPath.ValueAt(vision, Year(2040)));

        // Halfway: 96,000 + (86,000 − 96,000) × 10/20 = 91,000 (83,000 would give 89,500).
        Assert.Equal(91_000m, PopulationPath.ValueAt(vision, Year(2030)));
    }

    [Fact]
    public void A_revision_from_a_value_to_a_range_uses_the_range_and_back_again_the_value()
    {
        var toRange = Of(Target(Year(2020), 0m), Target(Year(2030), Value(100m), Range(200m, 300m)));
        var toValue = Of(Target(Year(2020), 0m), Target(Year(2030), Range(200m, 300m), Value(100m)));

        Assert.Equal(250m, PopulationPath.ValueAt(toRange, Year(2030)));
        Assert.Equal(125m, PopulationPath.ValueAt(toRange, Year(2025))); // 0 + 250 × 5/10
        Assert.Equal(100m, PopulationPath.ValueAt(toValue, Year(2030)));
    }

    [Fact]
    public void A_path_of_points_runs_straight_between_them()
    {
        // Ina's fertility rate: 1.44 (2010, actual) → 2.07 (2050).
        var path = new[] { new PathPoint(Year(2010), 1.44m) { IsActual = true }, new PathPoint(Year(2050), 2.07m) };

        Assert.Equal(1.44m, PopulationPath.ValueAlong(path, Year(2010)));
        Assert.Equal(2.07m, PopulationPath.ValueAlong(path, Year(2050)));
        Assert.Equal(1.755m, PopulationPath.ValueAlong(path, Year(2030))); // 1.44 + 0.63 × 20/40
        Assert.Equal(1.5975m, PopulationPath.ValueAlong(path, Fy(2020))); // 1.44 + 0.63 × 10/40
        Assert.Equal(1.44m, PopulationPath.ValueAlong(path, Year(2030), PathInterpolation.Step));
        Assert.Null(PopulationPath.ValueAlong(path, Year(2009)));
        Assert.Null(PopulationPath.ValueAlong(path, Year(2051)));
        Assert.Null(PopulationPath.ValueAlong(Array.Empty<PathPoint>(), Year(2030)));
    }

    [Fact]
    public void A_social_change_path_may_cross_zero()
    {
        // −300 people a year (2020) → +100 (2030): zero 7.5 years after 1 October 2020, in April 2028.
        var path = new[] { new PathPoint(Year(2020), -300m), new PathPoint(Year(2030), 100m) };

        Assert.Equal(0m, PopulationPath.ValueAlong(path, Month(2028, 4))); // −300 + 400 × 7.5/10
        Assert.Equal(-100m, PopulationPath.ValueAlong(path, Year(2025))); // −300 + 400 × 5/10
    }

    [Fact]
    public void The_pace_deviation_is_the_actual_minus_the_path_positive_when_ahead()
    {
        // 2020: 95,000 → 2025: 93,000, −400 a year.
        var vision = Of(Target(Year(2020), 95_000m), Target(Year(2025), 93_000m));

        Assert.Equal(800m, PopulationPath.PaceDeviation(vision, Actual(Year(2023), 94_600m))); // path 93,800: 800 ahead
        Assert.Equal(-200m, PopulationPath.PaceDeviation(vision, Actual(Year(2022), 94_000m))); // path 94,200
        Assert.Equal(100m, PopulationPath.PaceDeviation(vision, Actual(Month(2023, 4), 94_100m))); // 2.5 years on: path 94,000
        Assert.Equal(0m, PopulationPath.PaceDeviation(vision, Actual(Year(2020), 95_000m)));
        Assert.Equal(-1_000m, PopulationPath.PaceDeviation(vision, Actual(Year(2022), 94_000m), PathInterpolation.Step)); // step path 95,000
        Assert.Null(PopulationPath.PaceDeviation(vision, Actual(Year(2026), 93_000m)));
        Assert.Null(PopulationPath.PaceDeviation(vision, Actual(Date(2019, 10, 1), 95_500m)));
    }

    [Fact]
    public void The_change_needed_is_the_gap_to_the_next_target_over_the_years_between()
    {
        var vision = Of(Target(Year(2025), 93_000m), Target(Year(2040), 86_000m));

        // From 94,222 in 2020: (93,000 − 94,222) / 5 = −244.4 a year.
        var fromStart = PopulationPath.ChangeNeeded(vision, Actual(Year(2020), 94_222m));
        Assert.NotNull(fromStart);
        Assert.Same(vision.Targets[0], fromStart.Value.Target);
        Assert.Equal(-244.4m, fromStart.Value.PerYear);

        // From 94,000 in April 2023 (2023.25), 2.5 years before the census day of 2025: (93,000 − 94,000) / 2.5 = −400.
        Assert.Equal(-400m, PopulationPath.ChangeNeeded(vision, Actual(Month(2023, 4), 94_000m))!.Value.PerYear);

        // At a target's own position the next one counts: from 92,000 in FY2025, (86,000 − 92,000) / 15 = −400.
        var atTarget = PopulationPath.ChangeNeeded(vision, Actual(Fy(2025), 92_000m));
        Assert.Same(vision.Targets[1], atTarget!.Value.Target);
        Assert.Equal(-400m, atTarget.Value.PerYear);

        // Ahead of the target the change needed is positive: from 92,500 in 2024, (93,000 − 92,500) / 1 = +500.
        Assert.Equal(500m, PopulationPath.ChangeNeeded(vision, Actual(Year(2024), 92_500m))!.Value.PerYear);

        // Nothing follows the last target.
        Assert.Null(PopulationPath.ChangeNeeded(vision, Actual(Year(2040), 86_000m)));
        Assert.Null(PopulationPath.ChangeNeeded(vision, Actual(Year(2041), 86_000m)));
    }

    [Fact]
    public void The_change_needed_to_a_range_target_aims_at_its_middle()
    {
        // Ami: from 47,500 in 2023 to 50,000–51,000 in 2033: (50,500 − 47,500) / 10 = 300 a year.
        var vision = Of(Target(Year(2033), Range(50_000m, 51_000m)));

        Assert.Equal(300m, PopulationPath.ChangeNeeded(vision, Actual(Year(2023), 47_500m))!.Value.PerYear);
    }
}
