using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A grading policy: grades one indicator for one fiscal year. Implementations are immutable and
/// thread-safe, and never throw for an indicator of a valid document: data they cannot grade gives
/// a not-gradable result with its reason.
/// </summary>
public interface IGradingPolicy
{
    /// <summary>Gets the name the policy is registered under, for example <c>azumino</c>.</summary>
    string Name { get; }

    /// <summary>Gets the grades of the scale in report order, the not-gradable label last.</summary>
    IReadOnlyList<Grade> Scale { get; }

    /// <summary>Grades an indicator for the context's fiscal year.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="context">The year and the plan period.</param>
    /// <returns>The result.</returns>
    GradeResult Evaluate(Indicator indicator, in GradingContext context);

    /// <summary>Finds a grade of the scale by its code (for published and manual grades).</summary>
    /// <param name="code">A code such as <c>A</c>.</param>
    /// <returns>The grade, or <see langword="null"/> when the scale has no such code.</returns>
    Grade? FindGrade(string code);
}
