using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using Xunit;
using static LocalStrategy.Kpi.Tests.Population.Visions;

namespace LocalStrategy.Kpi.Tests.Population;

/// <summary>The population the annual natural- and social-change targets imply, worked out by hand.</summary>
public sealed class ImpliedPopulationTests
{
    // Azumino's later plan: natural change −582 a year FY2023–2025 and −681 FY2026–2030; social change +233
    // and +263 over the same ranges. Nothing covers FY2021 or FY2022.
    private static readonly PopulationVision Azumino = new()
    {
        ComponentTargets = ValueList<ComponentTarget>.Of(
            Natural(2023, 2025, -582m),
            Natural(2026, 2030, -681m),
            Social(2023, 2025, 233m),
            Social(2026, 2030, 263m)),
    };

    private static readonly PopulationActual Start = Actual(Fy(2020), 94_222m);

    [Fact]
    public void The_targets_from_the_year_after_the_start_through_the_last_year_are_added_to_the_start()
    {
        var implied = PopulationPath.Implied(Azumino, Start, new FiscalYear(2030));

        // FY2021–2022: no targets (0). FY2023–2025: 3 × (−582 + 233) = 3 × −349 = −1,047.
        // FY2026–2030: 5 × (−681 + 263) = 5 × −418 = −2,090. 94,222 − 1,047 − 2,090 = 91,085.
        Assert.Equal(91_085m, implied.Value);
        Assert.Same(Start, implied.Start);
        Assert.Equal(new FiscalYear(2030), implied.Until);
        Assert.Equal(new[] { new FiscalYear(2021), new FiscalYear(2022) }, implied.YearsWithoutTargets);
        Assert.False(implied.IsComplete);
    }

    [Fact]
    public void The_gap_to_a_stated_target_is_implied_minus_target()
    {
        var implied = PopulationPath.Implied(Azumino, Start, new FiscalYear(2030));

        Assert.Equal(85m, implied.GapTo(91_000m)); // 91,085 − 91,000
        Assert.Equal(-915m, implied.GapTo(92_000m)); // the components fall 915 short
        Assert.Equal(0m, implied.GapTo(91_085m));
    }

    [Fact]
    public void Stopping_earlier_adds_only_the_years_up_to_the_stop()
    {
        // Through FY2025: 94,222 − 1,047 = 93,175.
        Assert.Equal(93_175m, PopulationPath.Implied(Azumino, Start, new FiscalYear(2025)).Value);

        // Through FY2023: 94,222 − 349 = 93,873.
        Assert.Equal(93_873m, PopulationPath.Implied(Azumino, Start, new FiscalYear(2023)).Value);
    }

    [Fact]
    public void Until_the_starts_own_year_nothing_is_added_and_nothing_is_missing()
    {
        var implied = PopulationPath.Implied(Azumino, Start, new FiscalYear(2020));

        Assert.Equal(94_222m, implied.Value);
        Assert.Empty(implied.YearsWithoutTargets);
        Assert.True(implied.IsComplete);
    }

    [Fact]
    public void A_start_from_within_the_covered_years_is_complete()
    {
        // From FY2022: FY2023 … FY2030 all have both targets. 94,222 − 1,047 − 2,090 = 91,085 again.
        var implied = PopulationPath.Implied(Azumino, Actual(Fy(2022), 94_222m), new FiscalYear(2030));

        Assert.Equal(91_085m, implied.Value);
        Assert.True(implied.IsComplete);
    }

    [Fact]
    public void Years_after_the_last_range_count_as_zero_and_are_listed()
    {
        var implied = PopulationPath.Implied(Azumino, Actual(Fy(2022), 94_222m), new FiscalYear(2032));

        Assert.Equal(91_085m, implied.Value);
        Assert.Equal(new[] { new FiscalYear(2031), new FiscalYear(2032) }, implied.YearsWithoutTargets);
    }

    [Fact]
    public void A_year_with_only_one_component_adds_that_one_and_is_listed_once()
    {
        var vision = Azumino with
        {
            ComponentTargets = ValueList<ComponentTarget>.From(Azumino.ComponentTargets.Append(Social(2021, 2022, 100m))),
        };

        var implied = PopulationPath.Implied(vision, Start, new FiscalYear(2023));

        // FY2021 and FY2022: +100 each (no natural-change target); FY2023: −349. 94,222 + 200 − 349 = 94,073.
        Assert.Equal(94_073m, implied.Value);
        Assert.Equal(new[] { new FiscalYear(2021), new FiscalYear(2022) }, implied.YearsWithoutTargets);
    }

    [Theory]
    [InlineData("2020-10-01", 2021)] // the census date falls in FY2020: FY2021 is the first year added
    [InlineData("2021-03", 2021)] // March 2021 is the end of FY2020
    [InlineData("2021-03-31", 2021)]
    [InlineData("2020", 2021)] // calendar 2020 ends on 31 December 2020, in FY2020
    [InlineData("2021-04-01", 2022)] // 1 April 2021 is FY2021: FY2022 is the first year added
    [InlineData("FY2021", 2022)]
    [InlineData("2021", 2022)] // calendar 2021 ends in FY2021
    public void The_first_year_added_is_the_one_after_the_fiscal_year_the_start_ends_in(string asOf, int firstAdded)
    {
        // +1 person for each fiscal year from FY2015 on: the value grows by the number of years added.
        var vision = new PopulationVision { ComponentTargets = ValueList<ComponentTarget>.Of(Natural(2015, 2040, 1m), Social(2015, 2040, 0m)) };

        var implied = PopulationPath.Implied(vision, Actual(JapanesePeriods.Parse(asOf), 1_000m), new FiscalYear(2025));

        Assert.Equal(1_000m + 2025 - firstAdded + 1, implied.Value);
        Assert.True(implied.IsComplete);
    }

    [Fact]
    public void A_stop_before_the_start_adds_nothing()
    {
        var implied = PopulationPath.Implied(Azumino, Actual(Fy(2025), 93_000m), new FiscalYear(2023));

        Assert.Equal(93_000m, implied.Value);
        Assert.True(implied.IsComplete);
    }
}
