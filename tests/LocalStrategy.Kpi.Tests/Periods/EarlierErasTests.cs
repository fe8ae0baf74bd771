using LocalStrategy.Kpi.Periods;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Periods;

/// <summary>明治 and 大正 cover the fiscal years from 1900 that <see cref="FiscalYear"/> allows.</summary>
public sealed class EarlierErasTests
{
    [Theory]
    [InlineData(1900, "明治33年度")]
    [InlineData(1911, "明治44年度")]
    [InlineData(1912, "大正元年度")] // 大正 began 1912-07-30; a year takes the era in force at its end
    [InlineData(1925, "大正14年度")]
    [InlineData(1926, "昭和元年度")]
    public void Fiscal_years_before_Showa_are_written_in_their_era(int year, string expected)
    {
        Assert.Equal(expected, JapanesePeriods.Format(new FiscalYear(year)));
        Assert.Equal(new FiscalYear(year), JapanesePeriods.ParseFiscalYear(expected));
    }

    [Theory]
    [InlineData("明治45年7月29日", 1912, 7, 29)]
    [InlineData("大正元年7月30日", 1912, 7, 30)]
    [InlineData("大正15年12月24日", 1926, 12, 24)]
    [InlineData("T15年12月24日", 1926, 12, 24)]
    public void Dates_at_the_Meiji_Taisho_and_Taisho_Showa_changes_read_exactly(string text, int y, int m, int d)
        => Assert.Equal(ReportingPeriod.OfDate(new LocalDate(y, m, d)), JapanesePeriods.Parse(text));

    [Theory]
    [InlineData("明治45年7月30日", "明治")]
    [InlineData("大正元年7月29日", "大正")]
    [InlineData("大正15年12月25日", "大正")]
    public void A_date_outside_its_era_is_rejected_and_the_error_names_the_era(string text, string era)
    {
        Assert.False(JapanesePeriods.TryParse(text, out _, out var error));
        Assert.Contains(era, error);
    }

    [Fact]
    public void Every_fiscal_year_the_library_allows_can_be_written_and_read_back()
    {
        for (var year = FiscalYear.MinYear; year <= FiscalYear.MaxYear; year++)
        {
            var fiscalYear = new FiscalYear(year);
            Assert.Equal(fiscalYear, JapanesePeriods.ParseFiscalYear(JapanesePeriods.Format(fiscalYear)));
            Assert.Equal(fiscalYear, JapanesePeriods.ParseFiscalYear(JapanesePeriods.FormatShort(fiscalYear)));
        }
    }
}
