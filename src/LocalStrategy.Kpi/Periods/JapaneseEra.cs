namespace LocalStrategy.Kpi.Periods;

/// <summary>The Japanese eras (元号) this library reads and writes.</summary>
public enum JapaneseEra
{
    /// <summary>明治 (M), from 1868-01-25 (明治元年1月1日) to 1912-07-29.</summary>
    Meiji = 1,

    /// <summary>大正 (T), from 1912-07-30 to 1926-12-24.</summary>
    Taisho = 2,

    /// <summary>昭和 (S), from 1926-12-25 to 1989-01-07.</summary>
    Showa = 3,

    /// <summary>平成 (H), from 1989-01-08 to 2019-04-30.</summary>
    Heisei = 4,

    /// <summary>令和 (R), from 2019-05-01.</summary>
    Reiwa = 5,
}
