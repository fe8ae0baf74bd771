using System.Globalization;
using System.Net;
using System.Text;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>
/// The report's charts as inline SVG: sharp in print, no script, no font or network fetch. Every chart
/// has a title and a description a screen reader reads (role="img"), and its labels are text.
/// Coordinates are worked out in decimal and written with one decimal place, culture-invariantly.
/// </summary>
internal static class SvgCharts
{
    private const string Ink = "#222";
    private const string Axis = "#888";

    /// <summary>A horizontal bar per grade of a tally, with its count and share written beside it.</summary>
    /// <param name="id">A unique id within the page, for the title and description.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="tally">The tally.</param>
    /// <param name="colourOf">The colour of a grade.</param>
    /// <param name="text">The report's words.</param>
    internal static string GradeBars(string id, string title, Tally tally, Func<Grade, string> colourOf, ReportText text)
    {
        const int width = 520;
        const int row = 24;
        const int left = 150;
        const int barMax = 260;
        var height = Math.Max(1, tally.Rows.Count) * row + 8;
        var max = tally.Rows.Count == 0 ? 1 : Math.Max(1, tally.Rows.Max(r => r.Count));
        var description = text.TallyLine(tally);
        var svg = Open(id, title, description, width, height, "grade-chart");
        for (var i = 0; i < tally.Rows.Count; i++)
        {
            var r = tally.Rows[i];
            var y = 4 + (i * row);
            var w = (decimal)barMax * r.Count / max;
            var label = text.Of(r.Grade.Label);
            svg.Append("<g data-grade=\"").Append(Encode(r.Grade.Code)).Append("\" data-count=\"").Append(ReportText.Count(r.Count)).Append("\">");
            svg.Append("<text x=\"").Append(left - 8).Append("\" y=\"").Append(y + 16).Append("\" text-anchor=\"end\" font-size=\"12\" fill=\"").Append(Ink).Append("\">").Append(Encode(label)).Append("</text>");
            svg.Append("<rect x=\"").Append(left).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(F(w)).Append("\" height=\"").Append(row - 8)
                .Append("\" fill=\"").Append(colourOf(r.Grade)).Append("\"><title>").Append(Encode(label + " " + ReportText.Count(r.Count))).Append("</title></rect>");
            svg.Append("<text x=\"").Append(F(left + w + 6)).Append("\" y=\"").Append(y + 16).Append("\" font-size=\"12\" fill=\"").Append(Ink).Append("\">")
                .Append(ReportText.Count(r.Count)).Append(" (").Append(r.Percent.ToString(CultureInfo.InvariantCulture)).Append("%)</text>");
            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A small line chart over years: actuals, the target path, a forecast, revised targets.</summary>
    /// <param name="id">A unique id within the page.</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="description">What the chart shows, in words.</param>
    /// <param name="series">The series; empty ones are left out.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    internal static string Lines(string id, string title, string description, IReadOnlyList<ChartSeries> series, int width, int height)
    {
        try
        {
            return DrawLines(id, title, description, series, width, height);
        }
        catch (OverflowException)
        {
            // Values near decimal's limits leave no scale to draw on; the numbers stay in the table and the description.
            return Open(id, title, description, width, height, "line-chart").Append("<text x=\"8\" y=\"20\" font-size=\"11\" fill=\"").Append(Ink)
                .Append("\">").Append(Encode("—")).Append("</text></svg>").ToString();
        }
    }

    private static string DrawLines(string id, string title, string description, IReadOnlyList<ChartSeries> series, int width, int height)
    {
        const int left = 58;
        const int right = 10;
        const int top = 10;
        const int bottom = 22;
        var points = series.SelectMany(s => s.Points).ToList();
        var svg = Open(id, title, description, width, height, "line-chart");
        if (points.Count == 0)
        {
            return svg.Append("</svg>").ToString();
        }

        var (x0, x1) = Range(points.Select(p => p.X), 0.5m);
        var (y0, y1) = Range(points.Select(p => p.Y), 0m);
        var pad = (y1 - y0) / 10m;
        y0 -= pad;
        y1 += pad;
        decimal Px(decimal x) => left + ((x - x0) * (width - left - right) / (x1 - x0));
        decimal Py(decimal y) => top + ((y1 - y) * (height - top - bottom) / (y1 - y0));

        // Axes, the value range at the left and the first and last year below.
        svg.Append("<g class=\"axes\" stroke=\"").Append(Axis).Append("\" stroke-width=\"1\">")
            .Append(Line(left, top, left, height - bottom)).Append(Line(left, height - bottom, width - right, height - bottom)).Append("</g>");
        svg.Append("<g font-size=\"10\" fill=\"").Append(Ink).Append("\">");
        svg.Append(Text(left - 4, top + 8, "end", ReportText.Number(Round(y1, y1 - y0))));
        svg.Append(Text(left - 4, height - bottom, "end", ReportText.Number(Round(y0, y1 - y0))));
        var firstYear = (int)Math.Ceiling(x0);
        var lastYear = (int)Math.Floor(x1);
        foreach (var year in firstYear == lastYear ? new[] { firstYear } : new[] { firstYear, lastYear })
        {
            svg.Append(Text(Px(year), height - 6, "middle", year.ToString(CultureInfo.InvariantCulture)));
        }

        svg.Append("</g>");
        foreach (var s in series.Where(s => s.Points.Count > 0))
        {
            var colour = s.Style switch
            {
                SeriesStyle.Actual => "#1f5fa8",
                SeriesStyle.Target => "#c0392b",
                SeriesStyle.Forecast => "#1f5fa8",
                _ => "#c0392b",
            };
            svg.Append("<g class=\"series ").Append(s.Style.ToString().ToLowerInvariant()).Append("\"><title>").Append(Encode(s.Name)).Append("</title>");
            if (s.Style != SeriesStyle.Revised && s.Points.Count > 1)
            {
                svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"1.6\"")
                    .Append(s.Style switch { SeriesStyle.Target => " stroke-dasharray=\"5 3\"", SeriesStyle.Forecast => " stroke-dasharray=\"2 3\"", _ => string.Empty })
                    .Append(" points=\"").Append(string.Join(" ", s.Points.Select(p => F(Px(p.X)) + "," + F(Py(p.Y))))).Append("\"/>");
            }

            foreach (var p in s.Style == SeriesStyle.Forecast ? s.Points.Skip(s.Points.Count - 1) : s.Points)
            {
                var (cx, cy) = (Px(p.X), Py(p.Y));
                svg.Append(s.Style switch
                {
                    SeriesStyle.Actual => "<circle cx=\"" + F(cx) + "\" cy=\"" + F(cy) + "\" r=\"3\" fill=\"" + colour + "\">",
                    SeriesStyle.Forecast => "<circle cx=\"" + F(cx) + "\" cy=\"" + F(cy) + "\" r=\"3\" fill=\"#fff\" stroke=\"" + colour + "\">",
                    SeriesStyle.Revised => "<rect x=\"" + F(cx - 3) + "\" y=\"" + F(cy - 3) + "\" width=\"6\" height=\"6\" fill=\"#fff\" stroke=\"" + colour + "\">",
                    _ => "<rect x=\"" + F(cx - 3) + "\" y=\"" + F(cy - 3) + "\" width=\"6\" height=\"6\" fill=\"" + colour + "\">",
                });
                svg.Append("<title>").Append(Encode(p.Label)).Append("</title>").Append(s.Style is SeriesStyle.Actual or SeriesStyle.Forecast ? "</circle>" : "</rect>");
            }

            svg.Append("</g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>Text for HTML and SVG: the five special characters encoded, control characters replaced.</summary>
    internal static string Encode(string? value) => WebUtility.HtmlEncode(Clean(value));

    /// <summary>Replaces control characters (NUL, ESC) and the bidirectional overrides that could reorder what a reader sees with U+FFFD.</summary>
    internal static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(value!.Length);
        foreach (var c in value)
        {
            clean.Append((char.IsControl(c) && c is not ('\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? '\uFFFD' : c);
        }

        return clean.ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int width, int height, string cssClass)
        => new StringBuilder()
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").Append(cssClass).Append("\" role=\"img\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\" aria-labelledby=\"").Append(id).Append("-t ").Append(id).Append("-d\">")
            .Append("<title id=\"").Append(id).Append("-t\">").Append(Encode(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-d\">").Append(Encode(description)).Append("</desc>");

    private static (decimal Low, decimal High) Range(IEnumerable<decimal> values, decimal margin)
    {
        var list = values.ToList();
        var low = list.Min() - margin;
        var high = list.Max() + margin;
        if (high == low)
        {
            var spread = Math.Max(1m, Math.Abs(low) / 10m);
            return (low - spread, high + spread);
        }

        return (low, high);
    }

    // An axis label rounded to a step that fits the range, so 1,563,429.33333 prints as 1,563,429.
    private static decimal Round(decimal value, decimal span)
    {
        var decimals = span >= 10m ? 0 : span >= 1m ? 1 : span >= 0.1m ? 2 : 3;
        return Math.Round(value, decimals, MidpointRounding.AwayFromZero);
    }

    private static string Line(decimal x1, decimal y1, decimal x2, decimal y2)
        => "<line x1=\"" + F(x1) + "\" y1=\"" + F(y1) + "\" x2=\"" + F(x2) + "\" y2=\"" + F(y2) + "\"/>";

    private static string Text(decimal x, decimal y, string anchor, string text)
        => "<text x=\"" + F(x) + "\" y=\"" + F(y) + "\" text-anchor=\"" + anchor + "\">" + Encode(text) + "</text>";

    private static string F(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
