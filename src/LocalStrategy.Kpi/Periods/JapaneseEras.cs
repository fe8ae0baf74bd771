using NodaTime;

namespace LocalStrategy.Kpi.Periods;

/// <summary>Facts about <see cref="JapaneseEra"/> values.</summary>
public static class JapaneseEras
{
    /// <summary>Gets the first day of an era.</summary>
    /// <param name="era">The era.</param>
    /// <returns>The first day.</returns>
    public static LocalDate FirstDay(this JapaneseEra era) => era switch
    {
        JapaneseEra.Meiji => new LocalDate(1868, 1, 25),
        JapaneseEra.Taisho => new LocalDate(1912, 7, 30),
        JapaneseEra.Showa => new LocalDate(1926, 12, 25),
        JapaneseEra.Heisei => new LocalDate(1989, 1, 8),
        JapaneseEra.Reiwa => new LocalDate(2019, 5, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(era), era, "Unknown era."),
    };

    /// <summary>Gets the last day of an era, or <see langword="null"/> for the current era.</summary>
    /// <param name="era">The era.</param>
    /// <returns>The last day, if the era has ended.</returns>
    public static LocalDate? LastDay(this JapaneseEra era) => era switch
    {
        JapaneseEra.Meiji => new LocalDate(1912, 7, 29),
        JapaneseEra.Taisho => new LocalDate(1926, 12, 24),
        JapaneseEra.Showa => new LocalDate(1989, 1, 7),
        JapaneseEra.Heisei => new LocalDate(2019, 4, 30),
        JapaneseEra.Reiwa => null,
        _ => throw new ArgumentOutOfRangeException(nameof(era), era, "Unknown era."),
    };

    /// <summary>Gets the era's name in kanji, for example 令和.</summary>
    /// <param name="era">The era.</param>
    /// <returns>The name.</returns>
    public static string Kanji(this JapaneseEra era) => era switch
    {
        JapaneseEra.Meiji => "明治",
        JapaneseEra.Taisho => "大正",
        JapaneseEra.Showa => "昭和",
        JapaneseEra.Heisei => "平成",
        JapaneseEra.Reiwa => "令和",
        _ => throw new ArgumentOutOfRangeException(nameof(era), era, "Unknown era."),
    };

    /// <summary>Gets the era's one-letter abbreviation, for example R.</summary>
    /// <param name="era">The era.</param>
    /// <returns>M, T, S, H or R.</returns>
    public static string Letter(this JapaneseEra era) => era switch
    {
        JapaneseEra.Meiji => "M",
        JapaneseEra.Taisho => "T",
        JapaneseEra.Showa => "S",
        JapaneseEra.Heisei => "H",
        JapaneseEra.Reiwa => "R",
        _ => throw new ArgumentOutOfRangeException(nameof(era), era, "Unknown era."),
    };

    /// <summary>Gets the Gregorian year in which the era's year 1 (元年) falls.</summary>
    /// <param name="era">The era.</param>
    /// <returns>The Gregorian year of 元年.</returns>
    public static int FirstYear(this JapaneseEra era) => era.FirstDay().Year;

    /// <summary>Gets the era in force on <paramref name="date"/>.</summary>
    /// <param name="date">A date on or after 1868-01-25.</param>
    /// <returns>The era.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is before 明治.</exception>
    public static JapaneseEra On(LocalDate date)
    {
        if (date >= JapaneseEra.Reiwa.FirstDay())
        {
            return JapaneseEra.Reiwa;
        }

        if (date >= JapaneseEra.Heisei.FirstDay())
        {
            return JapaneseEra.Heisei;
        }

        if (date >= JapaneseEra.Showa.FirstDay())
        {
            return JapaneseEra.Showa;
        }

        if (date >= JapaneseEra.Taisho.FirstDay())
        {
            return JapaneseEra.Taisho;
        }

        if (date >= JapaneseEra.Meiji.FirstDay())
        {
            return JapaneseEra.Meiji;
        }

        throw new ArgumentOutOfRangeException(nameof(date), date, "Dates before 明治 (1868-01-25) have no supported era.");
    }

    /// <summary>
    /// Gets the era that names a calendar year: the latest era that had begun by the end of the
    /// year, so 2019 is 令和元年 and 1989 is 平成元年.
    /// </summary>
    /// <param name="year">A Gregorian year, 1868 or later.</param>
    /// <returns>The era.</returns>
    public static JapaneseEra NamingYear(int year) => On(new LocalDate(year, 12, 31));
}
