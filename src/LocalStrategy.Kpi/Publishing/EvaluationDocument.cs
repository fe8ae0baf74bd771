using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>
/// Writes the evaluation report a planner hands to the council: a cover summary with the tallies,
/// then per basic goal the numeric goals, KGIs and KPIs with baseline, target, actual, rate, grade,
/// published grade and rule, a chart of the grades and a trend chart per indicator; the population
/// vision; and notes for what could not be graded.
/// </summary>
/// <remarks>
/// The output depends only on the report and the options, never on the machine's culture. Every text
/// from the document is encoded. For a PDF, print the HTML with <see cref="HeadlessChromium"/>.
/// </remarks>
public static class EvaluationDocument
{
    /// <summary>Writes the report as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched; A4 print styles.</summary>
    /// <param name="report">The graded report (<see cref="StrategyGrader"/>).</param>
    /// <param name="options">The language and charts; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The HTML, UTF-8 when saved as such.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToHtml(EvaluationReport report, ReportOptions? options = null)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        return HtmlReportWriter.Write(report, options ?? ReportOptions.Default);
    }

    /// <summary>Writes the report as Markdown (GitHub-flavoured tables), for wikis and pull requests; no charts but the tallies as text bars.</summary>
    /// <param name="report">The graded report (<see cref="StrategyGrader"/>).</param>
    /// <param name="options">The language; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string ToMarkdown(EvaluationReport report, ReportOptions? options = null)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        return MarkdownReportWriter.Write(report, options ?? ReportOptions.Default);
    }
}
