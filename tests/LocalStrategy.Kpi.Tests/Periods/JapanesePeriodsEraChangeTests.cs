using LocalStrategy.Kpi.Periods;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Periods;

/// <summary>
/// The era changes: 昭和 ended 1989-01-07 and 平成 began 1989-01-08; 平成 ended 2019-04-30 and 令和
/// began 2019-05-01. A date must fall in the era it names; a year or fiscal year must overlap it.
/// </summary>
public sealed class JapanesePeriodsEraChangeTests
{
    [Theory]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("令和1年5月1日", 2019, 5, 1)]
    [InlineData("H31年4月30日", 2019, 4, 30)]
    [InlineData("R元年5月1日", 2019, 5, 1)]
    [InlineData("昭和64年1月7日", 1989, 1, 7)]
    [InlineData("平成元年1月8日", 1989, 1, 8)]
    [InlineData("昭和元年12月25日", 1926, 12, 25)]
    public void A_date_inside_the_era_it_names_is_valid(string text, int year, int month, int day)
    {
        Assert.True(JapanesePeriods.TryParse(text, out var period, out var error), error);
        Assert.Null(error);
        Assert.Equal(ReportingPeriod.OfDate(new LocalDate(year, month, day)), period);
    }

    [Fact]
    public void Heisei_31_May_1_is_invalid_and_the_message_names_the_era_and_the_right_form()
    {
        Assert.False(JapanesePeriods.TryParse("平成31年5月1日", out var period, out var error));

        Assert.Equal(default, period);
        Assert.Equal("'平成31年5月1日' is outside the era 平成 (1989-01-08 to 2019-04-30); write it as 令和元年5月1日.", error);
    }

    [Fact]
    public void Reiwa_1_April_30_is_invalid_and_the_message_names_the_era_and_the_right_form()
    {
        Assert.False(JapanesePeriods.TryParse("令和元年4月30日", out var period, out var error));

        Assert.Equal(default, period);
        Assert.Equal("'令和元年4月30日' is outside the era 令和 (2019-05-01 to today); write it as 平成31年4月30日.", error);
    }

    [Theory]
    [InlineData("平成31年5月1日", "平成")]
    [InlineData("H31年5月1日", "平成")]
    [InlineData("令和元年4月30日", "令和")]
    [InlineData("R1年4月30日", "令和")]
    [InlineData("昭和64年1月8日", "昭和")]
    [InlineData("平成元年1月7日", "平成")]
    [InlineData("平成32年度", "平成")]
    [InlineData("H32", "平成")]
    [InlineData("平成32年", "平成")]
    [InlineData("平成31年5月", "平成")]
    [InlineData("令和元年4月", "令和")]
    [InlineData("昭和64年度", "昭和")]
    [InlineData("S99", "昭和")]
    [InlineData("昭和元年12月24日", "昭和")]
    [InlineData("昭和元年1月1日", "昭和")]
    public void A_period_outside_the_era_it_names_is_invalid_with_a_message_naming_the_era(string text, string era)
    {
        Assert.False(JapanesePeriods.TryParse(text, out _, out var error));

        Assert.NotNull(error);
        Assert.StartsWith("'" + text + "' is outside the era " + era + " (", error, StringComparison.Ordinal);
        var ex = Assert.Throws<FormatException>(() => JapanesePeriods.Parse(text));
        Assert.Equal(error, ex.Message);
    }

    [Theory]
    [InlineData("平成31年度")]
    [InlineData("令和元年度")]
    [InlineData("H31")]
    [InlineData("R元")]
    [InlineData("R1")]
    public void Heisei_31_and_Reiwa_1_both_name_fiscal_year_2019(string text)
        => Assert.Equal(new FiscalYear(2019), JapanesePeriods.ParseFiscalYear(text));

    [Theory]
    [InlineData("平成31年")]
    [InlineData("令和元年")]
    public void Heisei_31_and_Reiwa_1_both_name_calendar_year_2019(string text)
        => Assert.Equal(ReportingPeriod.OfCalendarYear(2019), JapanesePeriods.Parse(text));

    [Theory]
    [InlineData("平成31年4月", 4)]
    [InlineData("令和元年5月", 5)]
    public void The_months_either_side_of_the_change_belong_to_their_own_era(string text, int month)
        => Assert.Equal(ReportingPeriod.OfMonth(2019, month), JapanesePeriods.Parse(text));

    [Theory]
    [InlineData("昭和64年", 1989)]
    [InlineData("平成元年", 1989)]
    public void Showa_64_and_Heisei_1_both_name_calendar_year_1989(string text, int year)
        => Assert.Equal(ReportingPeriod.OfCalendarYear(year), JapanesePeriods.Parse(text));

    [Theory]
    [InlineData(2019, "令和元年度")]
    [InlineData(2020, "令和2年度")]
    [InlineData(2018, "平成30年度")]
    [InlineData(1989, "平成元年度")]
    [InlineData(1988, "昭和63年度")]
    [InlineData(2015, "平成27年度")]
    [InlineData(2029, "令和11年度")]
    public void A_fiscal_year_is_written_in_the_era_begun_by_the_end_of_its_first_calendar_year(int year, string text)
    {
        Assert.Equal(text, JapanesePeriods.Format(new FiscalYear(year)));
        Assert.Equal(text, JapanesePeriods.Format(ReportingPeriod.OfFiscalYear(new FiscalYear(year))));
    }

    [Theory]
    [InlineData(2019, 4, 30, "平成31年4月30日")]
    [InlineData(2019, 5, 1, "令和元年5月1日")]
    [InlineData(1989, 1, 7, "昭和64年1月7日")]
    [InlineData(1989, 1, 8, "平成元年1月8日")]
    [InlineData(2024, 10, 1, "令和6年10月1日")]
    [InlineData(2020, 1, 1, "令和2年1月1日")]
    public void A_date_is_written_in_the_era_in_force_on_the_day(int year, int month, int day, string text)
        => Assert.Equal(text, JapanesePeriods.Format(ReportingPeriod.OfDate(new LocalDate(year, month, day))));

    [Theory]
    [InlineData(2019, "令和元年")]
    [InlineData(1989, "平成元年")]
    [InlineData(2018, "平成30年")]
    public void A_calendar_year_is_written_in_the_era_begun_by_its_end(int year, string text)
        => Assert.Equal(text, JapanesePeriods.Format(ReportingPeriod.OfCalendarYear(year)));

    [Theory]
    [InlineData(2019, 4, "平成31年4月")]
    [InlineData(2019, 5, "令和元年5月")]
    [InlineData(2024, 10, "令和6年10月")]
    public void A_month_is_written_in_the_era_in_force_at_its_end(int year, int month, string text)
        => Assert.Equal(text, JapanesePeriods.Format(ReportingPeriod.OfMonth(year, month)));

    [Theory]
    [InlineData(2020, "R2")]
    [InlineData(2019, "R1")]
    [InlineData(2018, "H30")]
    [InlineData(1989, "H1")]
    [InlineData(1988, "S63")]
    [InlineData(2029, "R11")]
    public void FormatShort_writes_the_letter_and_number_of_tables(int year, string text)
        => Assert.Equal(text, JapanesePeriods.FormatShort(new FiscalYear(year)));
}
