using System.Globalization;
using NodaTime;

namespace LocalStrategy.Kpi.Periods;

/// <summary>
/// The period a value is stated for: a fiscal year, a calendar year, a month or an as-of date.
/// Baselines and statistics carry their own period ("126 (2018)", "R5", "令和６年10月1日現在"),
/// which may differ from the fiscal year they are reported in.
/// </summary>
/// <remarks>
/// An immutable value; safe to share between threads. The canonical text is culture-invariant:
/// <c>FY2020</c>, <c>2018</c>, <c>2024-10</c>, <c>2024-10-01</c>. For the Japanese forms see
/// <see cref="JapanesePeriods"/>.
/// </remarks>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    private ReportingPeriod(PeriodKind kind, LocalDate start)
    {
        Kind = kind;
        Start = start;
    }

    /// <summary>Gets the kind of period.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the period.</summary>
    public LocalDate End => Kind switch
    {
        PeriodKind.FiscalYear => new LocalDate(Start.Year + 1, 3, 31),
        PeriodKind.CalendarYear => new LocalDate(Start.Year, 12, 31),
        PeriodKind.Month => Start.PlusMonths(1).PlusDays(-1),
        _ => Start,
    };

    /// <summary>Gets the fiscal year in which the period ends (the year a statistic for it is reported in).</summary>
    public FiscalYear FiscalYear => FiscalYear.Containing(End);

    /// <summary>Creates a fiscal-year period.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod OfFiscalYear(FiscalYear year) => new(PeriodKind.FiscalYear, year.Start);

    /// <summary>Creates a calendar-year period.</summary>
    /// <param name="year">The calendar year, 1900 to 2200.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod OfCalendarYear(int year)
    {
        CheckYear(year);
        return new(PeriodKind.CalendarYear, new LocalDate(year, 1, 1));
    }

    /// <summary>Creates a month period.</summary>
    /// <param name="year">The calendar year, 1900 to 2200.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod OfMonth(int year, int month)
    {
        CheckYear(year);
        Internal.Preconditions.CheckRange(month, 1, 12, nameof(month));
        return new(PeriodKind.Month, new LocalDate(year, month, 1));
    }

    /// <summary>Creates an as-of date period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod OfDate(LocalDate date)
    {
        CheckYear(date.Year);
        return new(PeriodKind.Date, date);
    }

    /// <summary>Converts a fiscal year into a period.</summary>
    /// <param name="year">The fiscal year.</param>
    public static implicit operator ReportingPeriod(FiscalYear year) => OfFiscalYear(year);

    /// <summary>Parses the canonical text (<c>FY2020</c>, <c>2018</c>, <c>2024-10</c>, <c>2024-10-01</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is valid.</param>
    /// <returns>Whether the text is a valid canonical period.</returns>
    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var s = text!;
        if (s.Length == 6 && s[0] == 'F' && s[1] == 'Y' && TryDigits(s, 2, 4, out var fy) && InRange(fy))
        {
            period = OfFiscalYear(new FiscalYear(fy));
            return true;
        }

        if (s.Length == 4 && TryDigits(s, 0, 4, out var cy) && InRange(cy))
        {
            period = OfCalendarYear(cy);
            return true;
        }

        if (s.Length == 7 && s[4] == '-' && TryDigits(s, 0, 4, out var my) && TryDigits(s, 5, 2, out var mm)
            && InRange(my) && mm >= 1 && mm <= 12)
        {
            period = OfMonth(my, mm);
            return true;
        }

        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && TryDigits(s, 0, 4, out var dy) && TryDigits(s, 5, 2, out var dm)
            && TryDigits(s, 8, 2, out var dd) && InRange(dy) && dm >= 1 && dm <= 12
            && dd >= 1 && dd <= CalendarSystem.Iso.GetDaysInMonth(dy, dm))
        {
            period = OfDate(new LocalDate(dy, dm, dd));
            return true;
        }

        return false;
    }

    /// <summary>Parses the canonical text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a canonical period.</exception>
    public static ReportingPeriod Parse(string text)
        => TryParse(text, out var period)
            ? period
            : throw new FormatException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not a period: expected FY2020, 2018, 2024-10 or 2024-10-01.", text));

    /// <summary>Tells whether the period lies within <paramref name="range"/> entirely.</summary>
    /// <param name="range">A range of fiscal years.</param>
    /// <returns>Whether every day of the period is in the range.</returns>
    public bool IsWithin(FiscalYearRange range) => Start >= range.First.Start && End <= range.Last.End;

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod other) => Kind == other.Kind && Start == other.Start;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc/>
    // Stryker disable once Bitwise,Arithmetic : the spread of hash codes is not observable; equal values still hash alike
    public override int GetHashCode() => ((int)Kind * 397) ^ Start.GetHashCode();

    /// <summary>Orders periods by their last day, then by their first.</summary>
    /// <param name="other">Another period.</param>
    /// <returns>The order.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Start.CompareTo(other.Start);
    }

    /// <summary>Returns the canonical, culture-invariant text.</summary>
    /// <returns>The text, for example <c>FY2020</c>.</returns>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        return Kind switch
        {
            PeriodKind.FiscalYear => "FY" + Start.Year.ToString("D4", inv),
            PeriodKind.CalendarYear => Start.Year.ToString("D4", inv),
            PeriodKind.Month => Start.Year.ToString("D4", inv) + "-" + Start.Month.ToString("D2", inv),
            PeriodKind.Date => Start.Year.ToString("D4", inv) + "-" + Start.Month.ToString("D2", inv) + "-" + Start.Day.ToString("D2", inv),
            _ => "(no period)",
        };
    }

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Compares two periods by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first orders before the second.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Compares two periods by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first orders after the second.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Compares two periods by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first orders before or with the second.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two periods by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first orders after or with the second.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <summary>Creates a fiscal-year period from a fiscal year.</summary>
    /// <param name="year">The fiscal year.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod FromFiscalYear(FiscalYear year) => OfFiscalYear(year);

    private static void CheckYear(int year)
        => Internal.Preconditions.CheckRange(year, FiscalYear.MinYear, FiscalYear.MaxYear, nameof(year));

    private static bool InRange(int year) => year >= FiscalYear.MinYear && year <= FiscalYear.MaxYear;

    private static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
