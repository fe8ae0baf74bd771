using LocalStrategy.Kpi.Periods;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Periods;

public sealed class FiscalYearTests
{
    [Fact]
    public void Reiwa_2_is_April_2020_to_March_2021()
    {
        var fy = new FiscalYear(2020);

        Assert.Equal(new LocalDate(2020, 4, 1), fy.Start);
        Assert.Equal(new LocalDate(2021, 3, 31), fy.End);
        Assert.Equal("FY2020", fy.ToString());
    }

    [Theory]
    [InlineData(2020, 3, 31, 2019)]
    [InlineData(2020, 4, 1, 2020)]
    [InlineData(2021, 1, 1, 2020)]
    [InlineData(2021, 3, 31, 2020)]
    public void The_fiscal_year_containing_a_date_changes_on_April_1(int year, int month, int day, int fiscalYear)
        => Assert.Equal(new FiscalYear(fiscalYear), FiscalYear.Containing(new LocalDate(year, month, day)));

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void Years_outside_1900_to_2200_are_rejected(int year)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FiscalYear(year));

    [Fact]
    public void A_range_must_not_end_before_it_starts_and_counts_its_years_inclusively()
    {
        var range = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024));

        Assert.Equal(5, range.Length);
        Assert.Equal("FY2020-FY2024", range.ToString());
        Assert.Equal(1, new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2020)).Length);
        Assert.Throws<ArgumentException>(() => new FiscalYearRange(new FiscalYear(2024), new FiscalYear(2020)));
    }
}
