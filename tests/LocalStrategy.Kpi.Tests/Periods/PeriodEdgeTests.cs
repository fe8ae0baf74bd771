using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Periods;

/// <summary>Edges of the periods, and of target lookup, that mutation testing showed no other test pinned.</summary>
public sealed class PeriodEdgeTests
{
    [Fact]
    public void Next_and_previous_are_one_year_on_and_back()
    {
        Assert.Equal(new FiscalYear(2021), new FiscalYear(2020).Next);
        Assert.Equal(new FiscalYear(2019), new FiscalYear(2020).Previous);
    }

    [Fact]
    public void The_first_and_last_fiscal_years_held_are_read()
    {
        Assert.Equal(new FiscalYear(1900), JapanesePeriods.ParseFiscalYear("FY1900"));
        Assert.Equal(new FiscalYear(2200), JapanesePeriods.ParseFiscalYear("FY2200"));
        Assert.False(JapanesePeriods.TryParseFiscalYear("FY1899", out _, out _));
        Assert.False(JapanesePeriods.TryParseFiscalYear("FY2201", out _, out _));
    }

    [Fact]
    public void A_year_is_not_after_itself()
    {
        var year = new FiscalYear(2020);
        var same = new FiscalYear(2020);
        Assert.False(year > same);
        Assert.True(year >= same);
    }

    [Fact]
    public void Ranges_are_equal_only_when_both_ends_are()
    {
        var range = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024));
        var sameFirst = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2025));

        Assert.NotEqual(range, sameFirst);
        Assert.True(range != sameFirst);
        Assert.False(range != new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)));
        Assert.Equal(range.GetHashCode(), new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)).GetHashCode());
        Assert.NotEqual(range.GetHashCode(), sameFirst.GetHashCode());
    }

    [Fact]
    public void A_period_that_touches_a_range_at_one_day_overlaps_it()
    {
        var range = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024));

        Assert.True(range.Overlaps(ReportingPeriod.OfDate(new LocalDate(2020, 4, 1))));
        Assert.True(range.Overlaps(ReportingPeriod.OfDate(new LocalDate(2025, 3, 31))));
        Assert.False(range.Overlaps(ReportingPeriod.OfDate(new LocalDate(2020, 3, 31))));
        Assert.True(ReportingPeriod.OfDate(new LocalDate(2020, 4, 1)).IsWithin(range));
    }

    [Theory]
    [InlineData(1926, 12, 25, JapaneseEra.Showa)]
    [InlineData(1926, 12, 24, JapaneseEra.Taisho)]
    [InlineData(1912, 7, 30, JapaneseEra.Taisho)]
    [InlineData(1912, 7, 29, JapaneseEra.Meiji)]
    [InlineData(1868, 1, 25, JapaneseEra.Meiji)]
    public void An_era_begins_on_its_first_day(int year, int month, int day, JapaneseEra era)
        => Assert.Equal(era, JapaneseEras.On(new LocalDate(year, month, day)));

    [Fact]
    public void A_date_before_meiji_has_no_era()
        => Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseEras.On(new LocalDate(1868, 1, 24)));

    [Fact]
    public void Calendar_years_and_months_outside_what_the_library_holds_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfCalendarYear(1899));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfMonth(1899, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.OfDate(new LocalDate(1899, 12, 31)));
    }

    [Fact]
    public void Periods_ending_on_the_same_day_are_ordered_by_their_start_and_the_operators_agree()
    {
        var fiscal = ReportingPeriod.OfFiscalYear(new FiscalYear(2020));   // 2020-04-01 … 2021-03-31
        var month = ReportingPeriod.OfMonth(2021, 3);                       // 2021-03-01 … 2021-03-31
        var later = ReportingPeriod.OfCalendarYear(2021);
        var fiscalAgain = ReportingPeriod.OfFiscalYear(new FiscalYear(2020));
        var monthAgain = ReportingPeriod.OfMonth(2021, 3);

        Assert.True(fiscal < month);
        Assert.True(month > fiscal);
        Assert.True(fiscal <= month && fiscal <= fiscalAgain);
        Assert.True(month >= fiscal && month >= monthAgain);
        Assert.False(fiscal > fiscalAgain);
        Assert.False(fiscal < fiscalAgain);
        Assert.True(later > month);
        Assert.Equal(fiscal.GetHashCode(), ReportingPeriod.OfFiscalYear(new FiscalYear(2020)).GetHashCode());
        Assert.NotEqual(fiscal.GetHashCode(), ReportingPeriod.OfCalendarYear(2020).GetHashCode());
    }

    [Theory]
    [InlineData("20a0")]
    [InlineData("2020-0x")]
    public void A_period_with_a_letter_among_its_digits_is_refused(string text)
        => Assert.False(ReportingPeriod.TryParse(text, out _));

    [Fact]
    public void The_latest_target_up_to_the_year_is_the_latest_in_any_order_listed()
    {
        var kpi = new Indicator("k", IndicatorKind.Kpi, "指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2022)) { Value = 200m }, new Target(new FiscalYear(2020)) { Value = 100m }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2022)) { Value = 200m }, new Observation(new FiscalYear(2023)) { Value = 200m }),
        };
        Assert.True(new PolicyRegistry().TryGetDefinition("azumino", out var definition));
        var json = LocalStrategy.Kpi.Serialization.PolicyJson.Write(definition).Replace("\"name\": \"azumino\"", "\"name\": \"latest\"", StringComparison.Ordinal).Replace("\"target\": \"year\"", "\"target\": \"latestUpToYear\"", StringComparison.Ordinal);
        var policy = GradingPolicies.Create(LocalStrategy.Kpi.Serialization.PolicyJson.Read(json).GetValueOrThrow());
        var plan = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024));

        Assert.Equal(200m, policy.Evaluate(kpi, new GradingContext(new FiscalYear(2022), plan)).Numbers.Target);
        Assert.Equal(200m, policy.Evaluate(kpi, new GradingContext(new FiscalYear(2023), plan)).Numbers.Target);
    }

    [Fact]
    public void On_a_straight_line_the_final_year_is_judged_against_the_final_target_itself()
    {
        var kpi = new Indicator("k", IndicatorKind.Kpi, "指標", new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = 100m, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2019)) },
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2024)) { Value = 150m }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2024)) { Value = 150m }),
        };

        var result = GradingPolicies.InaStraightLine.Evaluate(kpi, new GradingContext(new FiscalYear(2024), new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024))));

        Assert.True(result.IsGraded);
        Assert.Equal(150m, result.Numbers.Target);
    }
}
