using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;

namespace LocalStrategy.Kpi.Periods;

/// <summary>
/// Reads and writes periods in the forms Japanese planning documents use: 令和2年度, R2, R元,
/// 平成27年度, H30, 2020年度, (2018), 令和６年10月1日現在 (full-width digits too), and the canonical
/// forms of <see cref="ReportingPeriod"/>.
/// </summary>
/// <remarks>
/// <para>Reading rules: a bare era year (R2, H30) and 年度 forms are fiscal years; 年 forms and a bare
/// Gregorian year such as (2018) are calendar years; 月 and 日 forms are months and dates. A trailing
/// 現在 (as of) is accepted. Full-width digits, letters and brackets are folded to ASCII first.</para>
/// <para>Era rules: a date must fall inside the era it names, so 平成31年4月30日 and 令和元年5月1日
/// are valid and 平成31年5月1日 is not. A calendar year must overlap the era (平成31年 and 令和元年
/// are both 2019). A fiscal year must overlap the era: 平成31年度 and 令和元年度 are both FY2019.</para>
/// <para>Writing rules: a date takes the era in force on the day; a calendar or fiscal year takes the
/// latest era begun by the end of the calendar year it starts in, so FY2019 is 令和元年度 and FY1988
/// is 昭和63年度.</para>
/// <para>All methods are culture-invariant and thread-safe.</para>
/// </remarks>
public static class JapanesePeriods
{
    // Digits are [0-9], not \d: \d also matches other scripts' digits (٢, २), which NFKC does not fold
    // and int.Parse does not read.
    private static readonly Regex EraPattern = new(
        @"^(?<era>令和|平成|昭和|大正|明治|R|H|S|T|M)(?<y>元|[0-9]{1,3})(?:(?<nendo>年度)|年(?:(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex GregorianPattern = new(
        @"^(?<y>[0-9]{4})(?:(?<nendo>年度)|年(?:(?<m>[0-9]{1,2})月(?:(?<d>[0-9]{1,2})日)?)?)?$",
        RegexOptions.CultureInvariant);

    /// <summary>Parses any supported form into a period.</summary>
    /// <param name="text">The text, for example 令和2年度, R2, (2018) or 令和６年10月1日現在.</param>
    /// <param name="period">The period, when the text is valid.</param>
    /// <param name="error">Why the text is not valid, in English; <see langword="null"/> on success.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period, out string? error)
    {
        // The canonical forms (FY2020, 2020, 2020-10, 2020-10-01), as documents hold them: ASCII, which
        // normalization would not change, so read at once without a normalized copy.
        if (ReportingPeriod.TryParse(text, out period))
        {
            error = null;
            return true;
        }

        period = default;
        if (text is null || text.Trim().Length == 0)
        {
            error = "The period is empty.";
            return false;
        }

        string s;
        try
        {
            s = Normalize(text);
        }
        catch (ArgumentException)
        {
            // Unicode normalization rejects unpaired surrogates and noncharacters such as U+FFFE.
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is not a period: the text is not valid Unicode.", text);
            return false;
        }

        if (ReportingPeriod.TryParse(s, out period))
        {
            error = null;
            return true;
        }

        var match = EraPattern.Match(s);
        if (match.Success)
        {
            return TryEra(text, match, out period, out error);
        }

        // A Gregorian year may stand in one pair of brackets, as tables print it: (2018).
        var inner = s.Length > 2 && s[0] == '(' && s[s.Length - 1] == ')' ? s.Substring(1, s.Length - 2) : s;
        match = GregorianPattern.Match(inner);
        if (match.Success)
        {
            var year = int.Parse(match.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            return TryBuild(text, year, match, out period, out error);
        }

        error = string.Format(
            CultureInfo.InvariantCulture,
            "'{0}' is not a period: expected a form such as 令和2年度, R2, 2020年度, (2018), 令和6年10月1日 or FY2020.",
            text);
        return false;
    }

    /// <summary>Parses any supported form into a period.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a supported period; the message says why.</exception>
    public static ReportingPeriod Parse(string text)
        => TryParse(text, out var period, out var error) ? period : throw new FormatException(error);

    /// <summary>
    /// Parses a fiscal year as a user types it: 2020, FY2020, R2, R元, 令和2年度, 平成27年度, 2020年度.
    /// A bare Gregorian year is read as a fiscal year here.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="year">The fiscal year, when the text is valid.</param>
    /// <param name="error">Why the text is not valid; <see langword="null"/> on success.</param>
    /// <returns>Whether the text names a fiscal year.</returns>
    public static bool TryParseFiscalYear(string? text, out FiscalYear year, out string? error)
    {
        year = default;
        if (!TryParse(text, out var period, out error))
        {
            return false;
        }

        if (period.Kind == PeriodKind.FiscalYear)
        {
            year = new FiscalYear(period.Start.Year);
            return true;
        }

        // Only a bare Gregorian year (2018) is read as the fiscal year of that number; a calendar year
        // written as one (令和元年, H30年, 2019年) is rejected, as docs/format.md says.
        var s = Normalize(text!);
        if (period.Kind == PeriodKind.CalendarYear && s.Length == 4 && s.All(c => c >= '0' && c <= '9'))
        {
            year = new FiscalYear(period.Start.Year);
            return true;
        }

        error = string.Format(CultureInfo.InvariantCulture, "'{0}' is a {1}, not a fiscal year.", text, Describe(period.Kind));
        return false;
    }

    /// <summary>Parses a fiscal year as a user types it; see <see cref="TryParseFiscalYear"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The fiscal year.</returns>
    /// <exception cref="FormatException">The text does not name a fiscal year.</exception>
    public static FiscalYear ParseFiscalYear(string text)
        => TryParseFiscalYear(text, out var year, out var error) ? year : throw new FormatException(error);

    /// <summary>Writes a period in Japanese: 令和2年度, 令和元年, 令和6年10月, 令和6年10月1日.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The text, with ASCII digits and 元 for year 1.</returns>
    public static string Format(ReportingPeriod period)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (period.Kind)
        {
            case PeriodKind.FiscalYear:
                return EraYear(period.Start.Year) + "年度";
            case PeriodKind.CalendarYear:
                return EraYear(period.Start.Year) + "年";
            case PeriodKind.Month:
                {
                    var end = period.End;
                    var era = JapaneseEras.On(end);
                    return era.Kanji() + YearNumber(era, end.Year) + "年" + end.Month.ToString(inv) + "月";
                }

            default:
                {
                    var era = JapaneseEras.On(period.Start);
                    return era.Kanji() + YearNumber(era, period.Start.Year) + "年"
                        + period.Start.Month.ToString(inv) + "月" + period.Start.Day.ToString(inv) + "日";
                }
        }
    }

    /// <summary>Writes a fiscal year in Japanese, for example 令和2年度.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <returns>The text.</returns>
    public static string Format(FiscalYear year) => Format(ReportingPeriod.OfFiscalYear(year));

    /// <summary>Writes a fiscal year in the short form of tables, for example R2 or H30 (R1 for 令和元年度).</summary>
    /// <param name="year">The fiscal year.</param>
    /// <returns>The text.</returns>
    public static string FormatShort(FiscalYear year)
    {
        var era = JapaneseEras.NamingYear(year.Year);
        return era.Letter() + (year.Year - era.FirstYear() + 1).ToString(CultureInfo.InvariantCulture);
    }

    internal static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC).Trim();
        if (s.EndsWith("現在", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 2).TrimEnd();
        }

        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Whether Format can name the period's era: it needs a day of 明治 or later (for a date its day,
    // for a month its last day, for a year the 31 December it is named by).
    private static bool HasEra(ReportingPeriod period)
        => (period.Kind == PeriodKind.Date ? period.Start : period.Kind == PeriodKind.FiscalYear ? new LocalDate(period.Start.Year, 12, 31) : period.End)
            >= JapaneseEra.Meiji.FirstDay();

    private static string EraYear(int gregorianYear)
    {
        var era = JapaneseEras.NamingYear(gregorianYear);
        return era.Kanji() + YearNumber(era, gregorianYear);
    }

    private static string YearNumber(JapaneseEra era, int gregorianYear)
    {
        var n = gregorianYear - era.FirstYear() + 1;
        return n == 1 ? "元" : n.ToString(CultureInfo.InvariantCulture);
    }

    private static bool TryEra(string original, Match match, out ReportingPeriod period, out string? error)
    {
        period = default;
        var era = match.Groups["era"].Value.ToUpperInvariant() switch
        {
            "令和" or "R" => JapaneseEra.Reiwa,
            "平成" or "H" => JapaneseEra.Heisei,
            "昭和" or "S" => JapaneseEra.Showa,
            "大正" or "T" => JapaneseEra.Taisho,
            _ => JapaneseEra.Meiji,
        };
        var yText = match.Groups["y"].Value;
        var n = yText == "元" ? 1 : int.Parse(yText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (n < 1)
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}': an era year starts at 1 (元年).", original);
            return false;
        }

        var year = era.FirstYear() + n - 1;
        if (year > FiscalYear.MaxYear)
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}' is after {1}.", original, FiscalYear.MaxYear);
            return false;
        }

        if (!TryBuild(original, year, match, out period, out error))
        {
            return false;
        }

        var first = era.FirstDay();
        var last = era.LastDay();
        var outside = period.End < first || (last is { } l && period.Start > l);
        if (outside)
        {
            error = string.Format(
                CultureInfo.InvariantCulture,
                "'{0}' is outside the era {1} ({2:yyyy-MM-dd} to {3}); write it as {4}.",
                original,
                era.Kanji(),
                first,
                last is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "today",
                HasEra(period) ? Format(period) : period.ToString());
            period = default;
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryBuild(string original, int year, Match match, out ReportingPeriod period, out string? error)
    {
        period = default;
        if (year < FiscalYear.MinYear || year > FiscalYear.MaxYear)
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}': the year {1} is outside {2} to {3}.", original, year, FiscalYear.MinYear, FiscalYear.MaxYear);
            return false;
        }

        var isBareEraYear = !match.Groups["nendo"].Success && match.Value.IndexOf('年') < 0 && match.Groups["era"].Success;
        if (match.Groups["nendo"].Success || isBareEraYear)
        {
            period = ReportingPeriod.OfFiscalYear(new FiscalYear(year));
            error = null;
            return true;
        }

        if (!match.Groups["m"].Success)
        {
            period = ReportingPeriod.OfCalendarYear(year);
            error = null;
            return true;
        }

        var month = int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (month < 1 || month > 12)
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}': there is no month {1}.", original, month);
            return false;
        }

        if (!match.Groups["d"].Success)
        {
            period = ReportingPeriod.OfMonth(year, month);
            error = null;
            return true;
        }

        var day = int.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            error = string.Format(CultureInfo.InvariantCulture, "'{0}': {1}-{2:D2} has no day {3}.", original, year, month, day);
            return false;
        }

        period = ReportingPeriod.OfDate(new LocalDate(year, month, day));
        error = null;
        return true;
    }

    private static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.CalendarYear => "calendar year",
        PeriodKind.Month => "month",
        PeriodKind.Date => "date",
        _ => "fiscal year",
    };
}
