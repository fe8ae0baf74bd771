namespace LocalStrategy.Kpi.Publishing;

/// <summary>How an evaluation report is written (<see cref="EvaluationDocument"/>).</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record ReportOptions
{
    /// <summary>Gets the options used when none are given: Japanese, with trend charts.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Gets the language of the report's own text.</summary>
    /// <value>The default value is <see cref="ReportLanguage.Japanese"/>.</value>
    public ReportLanguage Language { get; init; } = ReportLanguage.Japanese;

    /// <summary>Gets whether each indicator with actuals gets a small trend chart (actuals, target path, forecast).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool TrendCharts { get; init; } = true;
}
