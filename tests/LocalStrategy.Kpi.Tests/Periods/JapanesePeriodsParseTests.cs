using LocalStrategy.Kpi.Periods;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Periods;

/// <summary>The forms of domain.md ("令和2年度 = FY2020", "R2 = 2020, H30 = 2018", "126 (2018)", "令和６年10月1日現在").</summary>
public sealed class JapanesePeriodsParseTests
{
    [Theory]
    [InlineData("令和2年度", 2020)]
    [InlineData("R2", 2020)]
    [InlineData("R元", 2019)]
    [InlineData("R1", 2019)]
    [InlineData("令和元年度", 2019)]
    [InlineData("平成27年度", 2015)]
    [InlineData("H30", 2018)]
    [InlineData("2020年度", 2020)]
    [InlineData("FY2020", 2020)]
    [InlineData("令和11年度", 2029)]
    [InlineData("R11", 2029)]
    [InlineData("昭和63年度", 1988)]
    [InlineData("S63", 1988)]
    [InlineData("平成元年度", 1989)]
    public void Fiscal_year_forms_are_read_as_the_fiscal_year(string text, int year)
    {
        var period = JapanesePeriods.Parse(text);

        Assert.Equal(PeriodKind.FiscalYear, period.Kind);
        Assert.Equal(new LocalDate(year, 4, 1), period.Start);
        Assert.Equal(new LocalDate(year + 1, 3, 31), period.End);
        Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(year)), period);
    }

    [Theory]
    [InlineData("(2018)", 2018)]
    [InlineData("（2018）", 2018)]
    [InlineData("（２０１８）", 2018)]
    [InlineData("2018", 2018)]
    [InlineData("2018年", 2018)]
    [InlineData("令和元年", 2019)]
    [InlineData("平成31年", 2019)]
    public void Bare_and_bracketed_gregorian_years_and_nen_forms_are_calendar_years(string text, int year)
    {
        var period = JapanesePeriods.Parse(text);

        Assert.Equal(ReportingPeriod.OfCalendarYear(year), period);
        Assert.Equal(new LocalDate(year, 1, 1), period.Start);
        Assert.Equal(new LocalDate(year, 12, 31), period.End);
    }

    [Fact]
    public void An_as_of_date_with_full_width_digits_and_genzai_is_read_as_that_date()
    {
        var period = JapanesePeriods.Parse("令和６年10月1日現在");

        Assert.Equal(PeriodKind.Date, period.Kind);
        Assert.Equal(new LocalDate(2024, 10, 1), period.Start);
        Assert.Equal(period.Start, period.End);
    }

    [Theory]
    [InlineData("令和6年10月1日", 2024, 10, 1)]
    [InlineData("令和６年１０月１日", 2024, 10, 1)]
    [InlineData("2024年10月1日現在", 2024, 10, 1)]
    [InlineData("令和 6 年 10 月 1 日 現在", 2024, 10, 1)]
    [InlineData("2024-10-01", 2024, 10, 1)]
    [InlineData("平成元年1月8日", 1989, 1, 8)]
    [InlineData("令和2年2月29日", 2020, 2, 29)]
    public void Dates_are_read_in_japanese_and_canonical_forms(string text, int year, int month, int day)
        => Assert.Equal(ReportingPeriod.OfDate(new LocalDate(year, month, day)), JapanesePeriods.Parse(text));

    [Theory]
    [InlineData("令和6年10月", 2024, 10)]
    [InlineData("2024年10月", 2024, 10)]
    [InlineData("2024-10", 2024, 10)]
    [InlineData("平成31年4月", 2019, 4)]
    public void Months_are_read_as_months(string text, int year, int month)
    {
        var period = JapanesePeriods.Parse(text);

        Assert.Equal(ReportingPeriod.OfMonth(year, month), period);
        Assert.Equal(PeriodKind.Month, period.Kind);
    }

    [Theory]
    [InlineData("Ｒ２", 2020)]
    [InlineData("ｒ２", 2020)]
    [InlineData("r2", 2020)]
    [InlineData("Ｈ３０", 2018)]
    [InlineData("Ｒ元", 2019)]
    [InlineData("令和２年度", 2020)]
    [InlineData("２０２０年度", 2020)]
    [InlineData("ＦＹ２０２０", 2020)]
    [InlineData(" R2 ", 2020)]
    public void Full_width_digits_and_letters_and_lower_case_era_letters_are_folded(string text, int year)
        => Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(year)), JapanesePeriods.Parse(text));

    [Theory]
    [InlineData("2020", 2020)]
    [InlineData("FY2020", 2020)]
    [InlineData("R2", 2020)]
    [InlineData("R元", 2019)]
    [InlineData("令和2年度", 2020)]
    [InlineData("平成27年度", 2015)]
    [InlineData("2020年度", 2020)]
    [InlineData("２０２０", 2020)]
    public void ParseFiscalYear_reads_what_a_user_types_for_a_fiscal_year(string text, int year)
    {
        Assert.True(JapanesePeriods.TryParseFiscalYear(text, out var fy, out var error));
        Assert.Null(error);
        Assert.Equal(new FiscalYear(year), fy);
        Assert.Equal(new FiscalYear(year), JapanesePeriods.ParseFiscalYear(text));
    }

    [Theory]
    [InlineData("(2018)", "'(2018)' is a calendar year, not a fiscal year.")]
    [InlineData("2018年", "'2018年' is a calendar year, not a fiscal year.")]
    [InlineData("令和元年", "'令和元年' is a calendar year, not a fiscal year.")]
    [InlineData("H30年", "'H30年' is a calendar year, not a fiscal year.")]
    [InlineData("令和2年", "'令和2年' is a calendar year, not a fiscal year.")]
    [InlineData("R6年", "'R6年' is a calendar year, not a fiscal year.")]
    [InlineData("令和6年10月", "'令和6年10月' is a month, not a fiscal year.")]
    [InlineData("令和6年10月1日現在", "'令和6年10月1日現在' is a date, not a fiscal year.")]
    public void ParseFiscalYear_rejects_other_kinds_of_period_and_says_which_kind_it_found(string text, string message)
    {
        Assert.False(JapanesePeriods.TryParseFiscalYear(text, out var fy, out var error));
        Assert.Equal(default, fy);
        Assert.Equal(message, error);
        Assert.Equal(message, Assert.Throws<FormatException>(() => JapanesePeriods.ParseFiscalYear(text)).Message);
    }

    [Theory]
    [InlineData(null, "The period is empty.")]
    [InlineData("", "The period is empty.")]
    [InlineData("   ", "The period is empty.")]
    [InlineData("R0", "'R0': an era year starts at 1 (元年).")]
    [InlineData("令和0年度", "'令和0年度': an era year starts at 1 (元年).")]
    [InlineData("令和2年13月", "'令和2年13月': there is no month 13.")]
    [InlineData("2019年2月29日", "'2019年2月29日': 2019-02 has no day 29.")]
    [InlineData("令和2年4月31日", "'令和2年4月31日': 2020-04 has no day 31.")]
    [InlineData("1899", "'1899': the year 1899 is outside 1900 to 2200.")]
    [InlineData("2201年度", "'2201年度': the year 2201 is outside 1900 to 2200.")]
    [InlineData("abc", "'abc' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    [InlineData("令和", "'令和' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    [InlineData("令和2年度度", "'令和2年度度' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    [InlineData("FY20", "'FY20' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    [InlineData("2020-13", "'2020-13' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    [InlineData("2021-02-29", "'2021-02-29' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    [InlineData("(2018", "'(2018' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    [InlineData("2018)", "'2018)' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.")]
    public void Invalid_text_gives_false_and_a_message_and_Parse_throws_a_FormatException_with_it(string? text, string message)
    {
        Assert.False(JapanesePeriods.TryParse(text, out var period, out var error));
        Assert.Equal(default, period);
        Assert.Equal(message, error);
        Assert.Equal(message, Assert.Throws<FormatException>(() => JapanesePeriods.Parse(text!)).Message);
    }

    [Theory]
    [InlineData("R١")]
    [InlineData("٢٠٢٠年度")]
    [InlineData("令和٦年10月1日")]
    [InlineData("२०२०")]
    [InlineData("(٢٠١٨)")]
    public void Decimal_digits_of_other_scripts_are_rejected_rather_than_crashing(string text)
    {
        Assert.False(JapanesePeriods.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.Throws<FormatException>(() => JapanesePeriods.Parse(text));
        Assert.False(JapanesePeriods.TryParseFiscalYear(text, out _, out _));
    }

    [Theory]
    [InlineData("\ud800")]
    [InlineData("R2\udc00")]
    [InlineData("令和\ud83d年度")]
    [InlineData("R2\ufffe")] // a noncharacter: found by the arbitrary-text property in CI
    [InlineData("怎徟唔싄懷䖷ㄛ풺醾捋饁\ufffe᭛㘛⶟❛琐")]
    public void Text_that_is_not_valid_Unicode_is_rejected_rather_than_crashing(string text)
    {
        Assert.False(JapanesePeriods.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
        Assert.Throws<FormatException>(() => JapanesePeriods.Parse(text));
        Assert.False(JapanesePeriods.TryParseFiscalYear(text, out _, out _));
    }
}
