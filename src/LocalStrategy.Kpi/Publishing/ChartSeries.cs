namespace LocalStrategy.Kpi.Publishing;

/// <summary>How a series of a line chart is drawn.</summary>
internal enum SeriesStyle
{
    /// <summary>A solid line with filled dots: actuals.</summary>
    Actual,

    /// <summary>A dashed line with squares: the target path.</summary>
    Target,

    /// <summary>A dotted line with no marks but its end: a forecast.</summary>
    Forecast,

    /// <summary>Hollow squares and no line: targets revised since.</summary>
    Revised,
}

/// <summary>A point of a chart: its position on the time axis (years), its value, and the text a reader hears or hovers.</summary>
internal readonly record struct ChartPoint(decimal X, decimal Y, string Label);

/// <summary>A named series of points of one style.</summary>
internal sealed record ChartSeries(string Name, SeriesStyle Style, IReadOnlyList<ChartPoint> Points);
