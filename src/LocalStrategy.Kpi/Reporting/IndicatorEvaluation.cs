using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Population;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// One indicator in a report: where it sits, the recomputed result, the published grade and how the
/// two compare, the grade the report counts, and the forecast to the final year.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class IndicatorEvaluation
{
    internal IndicatorEvaluation(IndicatorPlacement placement, GradeResult result, string? publishedCode, Grade? published, Agreement agreement, Grade counted, GradeSource source, int? priorityLevel)
    {
        PriorityLevel = priorityLevel;
        Placement = placement;
        Result = result;
        PublishedCode = publishedCode;
        Published = published;
        Agreement = agreement;
        CountedGrade = counted;
        CountedSource = source;
    }

    /// <summary>
    /// Gets the indicator's forecast to its final target year from its actuals up to the year graded
    /// (docs/population.md), or <see langword="null"/> when there are too few actuals to project.
    /// </summary>
    /// <remarks>Computed on each call, so that grading a large document neither pays for it nor holds it.</remarks>
    public Forecast? Forecast => Forecasts.Project(Indicator, Result.Year);

    /// <summary>Gets the indicator with its goal and measure.</summary>
    public IndicatorPlacement Placement { get; }

    /// <summary>Gets the priority level of the indicator's measure (or of the nearest measure above it that has one); <see langword="null"/> when none is ranked.</summary>
    public int? PriorityLevel { get; }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator => Placement.Indicator;

    /// <summary>Gets the recomputed result.</summary>
    public GradeResult Result { get; }

    /// <summary>Gets the published grade's code as the document records it, if any.</summary>
    public string? PublishedCode { get; }

    /// <summary>Gets the published grade, when its code is in the policy's scale.</summary>
    public Grade? Published { get; }

    /// <summary>Gets how the recomputed grade compares with the published one.</summary>
    public Agreement Agreement { get; }

    /// <summary>Gets the grade the report counts: the recomputed one, or the published one where the data cannot recompute it.</summary>
    public Grade CountedGrade { get; }

    /// <summary>Gets where <see cref="CountedGrade"/> came from.</summary>
    public GradeSource CountedSource { get; }
}
