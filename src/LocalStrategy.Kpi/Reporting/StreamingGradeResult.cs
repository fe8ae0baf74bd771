using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>What <see cref="StreamingGrader"/> found: the tallies of a valid document, or every problem of one that is not.</summary>
public sealed class StreamingGradeResult
{
    internal StreamingGradeResult(ValueList<ValidationError> errors, string? policy, int indicators, Tally? kpis, Tally? goalIndicators)
    {
        Errors = errors;
        Policy = policy;
        Indicators = indicators;
        Kpis = kpis;
        GoalIndicators = goalIndicators;
    }

    /// <summary>A result that is not valid, with the problems found: for other sources graded as they are read (a sheet) to return the same result.</summary>
    /// <param name="errors">The problems; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">No problem is given.</exception>
    public static StreamingGradeResult Failure(IEnumerable<ValidationError> errors)
    {
        var list = ValueList<ValidationError>.From(Internal.Preconditions.CheckNotNull(errors, nameof(errors)));
        if (list.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one problem.", nameof(errors));
        }

        return new StreamingGradeResult(list, null, 0, null, null);
    }

    /// <summary>Gets whether the document was valid and every indicator was graded and written.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Gets the problems, with the codes, paths and messages <see cref="Serialization.StrategyJson"/> gives; empty when valid.</summary>
    public ValueList<ValidationError> Errors { get; }

    /// <summary>Gets the name of the policy graded by, when one was found.</summary>
    public string? Policy { get; }

    /// <summary>Gets the number of indicators graded and written.</summary>
    public int Indicators { get; }

    /// <summary>Gets the tally of the KPIs, as <see cref="EvaluationReport.Kpis"/> gives it; <see langword="null"/> when not valid.</summary>
    public Tally? Kpis { get; }

    /// <summary>Gets the tally of the other indicators, as <see cref="EvaluationReport.GoalIndicators"/> gives it; <see langword="null"/> when not valid.</summary>
    public Tally? GoalIndicators { get; }
}
