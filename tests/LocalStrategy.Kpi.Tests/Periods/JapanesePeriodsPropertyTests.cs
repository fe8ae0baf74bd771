using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Periods;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Periods;

/// <summary>Round trips of the Japanese forms over 1989–2100, and robustness against any text.</summary>
public sealed class JapanesePeriodsPropertyTests
{
    private const int Cases = 1000;

    private static readonly LocalDate FirstHeiseiDay = new(1989, 1, 8);
    private static readonly LocalDate LastDay = new(2100, 12, 31);

    private static readonly Config Thorough = Config.QuickThrowOnFailure.WithMaxTest(Cases);

    private static Arbitrary<FiscalYear> FiscalYears { get; } =
        Gen.Choose(1989, 2100).Select(y => new FiscalYear(y)).ToArbitrary();

    private static Arbitrary<LocalDate> Dates { get; } =
        Gen.Choose(0, Period.Between(FirstHeiseiDay, LastDay, PeriodUnits.Days).Days)
            .Select(d => FirstHeiseiDay.PlusDays(d))
            .ToArbitrary();

    [Fact]
    public void Parsing_the_japanese_form_of_a_fiscal_year_gives_the_fiscal_year_back()
        => Check.One(Thorough, Prop.ForAll(FiscalYears, fy =>
        {
            var text = JapanesePeriods.Format(fy);
            Assert.EndsWith("年度", text, StringComparison.Ordinal);
            Assert.Equal(fy, JapanesePeriods.ParseFiscalYear(text));
            Assert.Equal(ReportingPeriod.OfFiscalYear(fy), JapanesePeriods.Parse(text));
        }));

    [Fact]
    public void Parsing_the_japanese_form_of_a_date_gives_the_date_back()
        => Check.One(Thorough, Prop.ForAll(Dates, date =>
        {
            var period = ReportingPeriod.OfDate(date);
            Assert.Equal(period, JapanesePeriods.Parse(JapanesePeriods.Format(period)));
        }));

    [Fact]
    public void Every_date_from_the_first_day_of_Heisei_to_2100_survives_format_then_parse()
    {
        var count = 0;
        for (var date = FirstHeiseiDay; date <= LastDay; date = date.PlusDays(1))
        {
            var period = ReportingPeriod.OfDate(date);
            var text = JapanesePeriods.Format(period);
            if (!JapanesePeriods.TryParse(text, out var back, out var error) || back != period)
            {
                Assert.Fail($"{date:yyyy-MM-dd} was written as {text} and read back as {back} ({error}).");
            }

            count++;
        }

        Assert.Equal(40900, count);
    }

    [Fact]
    public void Parsing_the_short_form_of_a_fiscal_year_gives_the_fiscal_year_back()
        => Check.One(Thorough, Prop.ForAll(FiscalYears, fy =>
        {
            var text = JapanesePeriods.FormatShort(fy);
            Assert.Matches("^[RHS][1-9][0-9]*$", text);
            Assert.Equal(fy, JapanesePeriods.ParseFiscalYear(text));
        }));

    [Fact]
    public void Every_kind_of_period_survives_the_japanese_form()
        => Check.One(Thorough, Prop.ForAll(PeriodGen(1989, 2100).ToArbitrary(), period =>
            Assert.Equal(period, JapanesePeriods.Parse(JapanesePeriods.Format(period)))));

    [Fact]
    public void Every_kind_of_period_survives_its_canonical_text()
        => Check.One(Thorough, Prop.ForAll(PeriodGen(FiscalYear.MinYear, FiscalYear.MaxYear).ToArbitrary(), period =>
        {
            var text = period.ToString();
            Assert.True(ReportingPeriod.TryParse(text, out var back), text);
            Assert.Equal(period, back);
            Assert.Equal(period, ReportingPeriod.Parse(text));
            Assert.Equal(period, JapanesePeriods.Parse(text));
        }));

    [Fact]
    public void The_fiscal_year_containing_a_date_contains_it()
        => Check.One(Thorough, Prop.ForAll(Dates, date =>
        {
            var fy = FiscalYear.Containing(date);
            Assert.True(fy.Contains(date));
            Assert.False(fy.Previous.Contains(date));
            Assert.False(fy.Next.Contains(date));
        }));

    [Fact]
    public void TryParse_never_throws_on_arbitrary_text()
        => Check.One(Thorough, Prop.ForAll(AnyText(), text =>
        {
            var ok = JapanesePeriods.TryParse(text, out var period, out var error);
            if (ok)
            {
                Assert.Null(error);
                Assert.Equal(period, JapanesePeriods.Parse(text!));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(error));
                Assert.Equal(default, period);
                Assert.Equal(error, Assert.Throws<FormatException>(() => JapanesePeriods.Parse(text!)).Message);
            }

            var fyOk = JapanesePeriods.TryParseFiscalYear(text, out _, out var fyError);
            Assert.Equal(fyOk, fyError is null);
            _ = ReportingPeriod.TryParse(text, out _);
        }));

    [Fact]
    public void TryParse_never_throws_on_text_made_of_period_fragments()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(5000), Prop.ForAll(PeriodLikeText(), text =>
        {
            var ok = JapanesePeriods.TryParse(text, out var period, out var error);
            Assert.Equal(ok, error is null);
            if (!ok)
            {
                Assert.False(string.IsNullOrWhiteSpace(error));
                Assert.Throws<FormatException>(() => JapanesePeriods.Parse(text));
            }
            else
            {
                // Whatever is accepted can be written and read back.
                Assert.Equal(period, JapanesePeriods.Parse(period.ToString()));
            }

            _ = JapanesePeriods.TryParseFiscalYear(text, out _, out _);
        }));

    internal static Gen<ReportingPeriod> PeriodGen(int firstYear, int lastYear)
    {
        var years = Gen.Choose(firstYear, lastYear);
        var fiscal = years.Select(y => ReportingPeriod.OfFiscalYear(new FiscalYear(y)));
        var calendar = years.Select(ReportingPeriod.OfCalendarYear);
        var month = Gen.Zip(years, Gen.Choose(1, 12), ReportingPeriod.OfMonth);
        var first = new LocalDate(firstYear, 1, 1);
        var days = Period.Between(first, new LocalDate(lastYear, 12, 31), PeriodUnits.Days).Days;
        var date = Gen.Choose(0, days).Select(d => ReportingPeriod.OfDate(first.PlusDays(d)));
        return Gen.OneOf(fiscal, calendar, month, date);
    }

    private static Arbitrary<string?> AnyText()
    {
        var ascii = ArbMap.Default.GeneratorFor<string>().Select(s => (string?)s);
        var unicode = ArbMap.Default.GeneratorFor<UnicodeString>().Select(s => (string?)s.Item);
        var chars = Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(a => (string?)new string(a));
        return Gen.OneOf(ascii, unicode, chars, Gen.Constant<string?>(null)).ToArbitrary();
    }

    private static Arbitrary<string> PeriodLikeText()
    {
        var fragments = new[]
        {
            "令和", "平成", "昭和", "大正", "R", "H", "S", "r", "Ｒ", "元", "年", "年度", "度", "月", "日", "現在",
            "(", ")", "（", "）", "FY", "ＦＹ", "-", " ", "　", "0", "1", "2", "9", "10", "12", "29", "30", "31", "99",
            "2019", "2100", "1899", "１", "２", "٢", "١", "२", "\ud800", "\udc00", "😀", "\u0000", "\n",
        };
        return Gen.Elements(fragments).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();
    }
}
