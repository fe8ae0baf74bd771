using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// An actual (実績値) reported for a fiscal year, with its status and source. A year can hold more
/// than one observation when a preliminary figure is later revised: the last one listed is current.
/// </summary>
/// <param name="Year">The fiscal year the value is reported for (evaluated in).</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Observation(FiscalYear Year)
{
    /// <summary>Gets the value; <see langword="null"/> when not published, suspended or a stage.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the stage reached, for a milestone indicator (着手).</summary>
    public string? Stage { get; init; }

    /// <summary>Gets the status.</summary>
    /// <value>The default value is <see cref="ObservationStatus.Final"/>.</value>
    public ObservationStatus Status { get; init; } = ObservationStatus.Final;

    /// <summary>Gets the period of the statistic when it differs from <see cref="Year"/> (calendar year 2020, the 2019 census).</summary>
    public ReportingPeriod? AsOf { get; init; }

    /// <summary>Gets the reason, for a suspended or unpublished value.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the source of the figure (資料).</summary>
    public string? Source { get; init; }

    /// <summary>Gets a note.</summary>
    public string? Note { get; init; }

    /// <summary>Gets a grade given by people, used by indicators graded individually.</summary>
    public ManualGrade? ManualGrade { get; init; }

    /// <summary>Gets the grade the municipality published for this year, kept for audits.</summary>
    public string? PublishedGrade { get; init; }
}
