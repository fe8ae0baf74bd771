using System.Globalization;
using LocalStrategy.Kpi.Internal;
using NodaTime;

namespace LocalStrategy.Kpi.Periods;

/// <summary>
/// A Japanese fiscal year (年度): April 1 of <see cref="Year"/> to March 31 of the next year.
/// 令和2年度 is <c>FiscalYear(2020)</c>, 2020-04-01 … 2021-03-31.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public readonly struct FiscalYear : IEquatable<FiscalYear>, IComparable<FiscalYear>
{
    /// <summary>The earliest fiscal year this library represents.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest fiscal year this library represents.</summary>
    public const int MaxYear = 2200;

    /// <summary>Initializes a new instance of the <see cref="FiscalYear"/> struct.</summary>
    /// <param name="year">The calendar year in which the fiscal year starts, 1900 to 2200.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public FiscalYear(int year) => Year = Preconditions.CheckRange(year, MinYear, MaxYear, nameof(year));

    /// <summary>Gets the calendar year in which this fiscal year starts.</summary>
    public int Year { get; }

    /// <summary>Gets the first day, April 1.</summary>
    public LocalDate Start => new(Year, 4, 1);

    /// <summary>Gets the last day, March 31 of the next calendar year.</summary>
    public LocalDate End => new(Year + 1, 3, 31);

    /// <summary>Gets the fiscal year before this one.</summary>
    public FiscalYear Previous => new(Year - 1);

    /// <summary>Gets the fiscal year after this one.</summary>
    public FiscalYear Next => new(Year + 1);

    /// <summary>Gets the fiscal year that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>The fiscal year: the date's year from April on, the year before in January to March.</returns>
    public static FiscalYear Containing(LocalDate date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Finds the fiscal year a date falls in, when it is one the library holds (January to March 1900 falls in FY1899, which it does not).</summary>
    internal static bool TryContaining(LocalDate date, out FiscalYear year)
    {
        var number = date.Month >= 4 ? date.Year : date.Year - 1;
        if (number is < MinYear or > MaxYear)
        {
            year = default;
            return false;
        }

        year = new FiscalYear(number);
        return true;
    }

    /// <summary>Tells whether <paramref name="date"/> falls in this fiscal year.</summary>
    /// <param name="date">A date.</param>
    /// <returns><see langword="true"/> when Start ≤ date ≤ End.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Returns the fiscal year <paramref name="years"/> after this one.</summary>
    /// <param name="years">The number of years; negative goes back.</param>
    /// <returns>The fiscal year.</returns>
    public FiscalYear Plus(int years) => new(Year + years);

    /// <inheritdoc/>
    public bool Equals(FiscalYear other) => Year == other.Year;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FiscalYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Year;

    /// <inheritdoc/>
    public int CompareTo(FiscalYear other) => Year.CompareTo(other.Year);

    /// <summary>Returns the canonical text, for example <c>FY2020</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "FY" + Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Compares two fiscal years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalYear left, FiscalYear right) => left.Equals(right);

    /// <summary>Compares two fiscal years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalYear left, FiscalYear right) => !left.Equals(right);

    /// <summary>Compares two fiscal years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is earlier.</returns>
    public static bool operator <(FiscalYear left, FiscalYear right) => left.Year < right.Year;

    /// <summary>Compares two fiscal years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is later.</returns>
    public static bool operator >(FiscalYear left, FiscalYear right) => left.Year > right.Year;

    /// <summary>Compares two fiscal years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is earlier or the same.</returns>
    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Year <= right.Year;

    /// <summary>Compares two fiscal years.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether the first is later or the same.</returns>
    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Year >= right.Year;
}
