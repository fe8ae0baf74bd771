using LocalStrategy.Kpi.Periods;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Periods;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void The_canonical_texts_of_the_four_kinds_are_FY2020_2018_2024_10_and_2024_10_01()
    {
        Assert.Equal("FY2020", ReportingPeriod.OfFiscalYear(new FiscalYear(2020)).ToString());
        Assert.Equal("2018", ReportingPeriod.OfCalendarYear(2018).ToString());
        Assert.Equal("2024-10", ReportingPeriod.OfMonth(2024, 10).ToString());
        Assert.Equal("2024-10-01", ReportingPeriod.OfDate(new LocalDate(2024, 10, 1)).ToString());
    }

    [Theory]
    [InlineData("FY2020", "2020-04-01", "2021-03-31")]
    [InlineData("2018", "2018-01-01", "2018-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2024-12", "2024-12-01", "2024-12-31")]
    [InlineData("2024-10-01", "2024-10-01", "2024-10-01")]
    public void Each_kind_spans_the_days_it_names(string text, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.Equal(start, period.Start.ToString("yyyy-MM-dd", null));
        Assert.Equal(end, period.End.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData("FY2020", 2020)]
    [InlineData("2020", 2020)]
    [InlineData("2020-03", 2019)]
    [InlineData("2020-04", 2020)]
    [InlineData("2021-03-31", 2020)]
    public void A_period_is_reported_in_the_fiscal_year_in_which_it_ends(string text, int fiscalYear)
        => Assert.Equal(new FiscalYear(fiscalYear), ReportingPeriod.Parse(text).FiscalYear);

    [Theory]
    [InlineData("")]
    [InlineData("fy2020")]
    [InlineData("FY20201")]
    [InlineData("FY1899")]
    [InlineData("2201")]
    [InlineData("2024-00")]
    [InlineData("2024-1")]
    [InlineData("2023-02-29")]
    [InlineData("2024/10/01")]
    [InlineData("令和2年度")]
    public void Non_canonical_text_is_rejected_by_the_canonical_parser(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal(default, period);
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains("is not a period", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fiscal_year_and_the_calendar_year_with_the_same_number_are_different_periods()
    {
        var fiscal = ReportingPeriod.OfFiscalYear(new FiscalYear(2018));
        var calendar = ReportingPeriod.OfCalendarYear(2018);

        Assert.NotEqual(fiscal, calendar);
        Assert.True(calendar < fiscal);
    }

    [Fact]
    public void A_period_lies_within_a_plan_only_when_all_its_days_do()
    {
        var plan = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024));

        Assert.True(ReportingPeriod.OfFiscalYear(new FiscalYear(2024)).IsWithin(plan));
        Assert.True(ReportingPeriod.OfMonth(2025, 3).IsWithin(plan));
        Assert.False(ReportingPeriod.OfCalendarYear(2020).IsWithin(plan));
        Assert.True(plan.Overlaps(ReportingPeriod.OfCalendarYear(2020)));
        Assert.False(plan.Overlaps(ReportingPeriod.OfMonth(2020, 3)));
    }
}
