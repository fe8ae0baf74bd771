using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Periods;

/// <summary>An inclusive range of fiscal years, such as a plan period (計画期間) FY2020–FY2024.</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public readonly struct FiscalYearRange : IEquatable<FiscalYearRange>
{
    /// <summary>Initializes a new instance of the <see cref="FiscalYearRange"/> struct.</summary>
    /// <param name="first">The first fiscal year.</param>
    /// <param name="last">The last fiscal year; not before <paramref name="first"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public FiscalYearRange(FiscalYear first, FiscalYear last)
    {
        Preconditions.CheckArgument(first <= last, nameof(last), "The last fiscal year of a range must not be before the first.");
        First = first;
        Last = last;
    }

    /// <summary>Gets the first fiscal year.</summary>
    public FiscalYear First { get; }

    /// <summary>Gets the last fiscal year.</summary>
    public FiscalYear Last { get; }

    /// <summary>Gets the number of fiscal years, at least 1.</summary>
    public int Length => Last.Year - First.Year + 1;

    /// <summary>Tells whether <paramref name="year"/> lies in the range.</summary>
    /// <param name="year">A fiscal year.</param>
    /// <returns><see langword="true"/> when First ≤ year ≤ Last.</returns>
    public bool Contains(FiscalYear year) => year >= First && year <= Last;

    /// <summary>Tells whether <paramref name="period"/> overlaps the range.</summary>
    /// <param name="period">A reporting period of any kind.</param>
    /// <returns><see langword="true"/> when some day of the period falls in the range.</returns>
    public bool Overlaps(ReportingPeriod period)
        => period.End >= First.Start && period.Start <= Last.End;

    /// <inheritdoc/>
    public bool Equals(FiscalYearRange other) => First == other.First && Last == other.Last;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FiscalYearRange other && Equals(other);

    /// <inheritdoc/>
    // Stryker disable once Bitwise,Arithmetic : the spread of hash codes is not observable; equal values still hash alike
    public override int GetHashCode() => (First.Year * 397) ^ Last.Year;

    /// <summary>Returns the canonical text, for example <c>FY2020-FY2024</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => First + "-" + Last;

    /// <summary>Compares two ranges.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(FiscalYearRange left, FiscalYearRange right) => left.Equals(right);

    /// <summary>Compares two ranges.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FiscalYearRange left, FiscalYearRange right) => !left.Equals(right);
}
