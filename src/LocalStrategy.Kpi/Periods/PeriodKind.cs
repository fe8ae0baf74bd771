namespace LocalStrategy.Kpi.Periods;

/// <summary>The kinds of period a value can be stated for.</summary>
public enum PeriodKind
{
    /// <summary>A fiscal year (年度), April to March; canonical text <c>FY2020</c>.</summary>
    FiscalYear = 1,

    /// <summary>A calendar year (年), January to December; canonical text <c>2018</c>.</summary>
    CalendarYear = 2,

    /// <summary>A calendar month; canonical text <c>2024-10</c>.</summary>
    Month = 3,

    /// <summary>A single day, an as-of date (現在); canonical text <c>2024-10-01</c>.</summary>
    Date = 4,
}
