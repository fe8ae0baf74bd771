using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// What a streaming grade has found so far, kept alike by the document's stream and by
/// <see cref="StreamingGradeWriter"/>: the problems (up to the limit listed, the rest counted as they
/// come) and the grades counted for the tallies; then the result.
/// </summary>
internal sealed class StreamingOutcome
{
    private readonly List<ValidationError> errors = new();
    private readonly int maxProblems;
    private readonly GradeCounts kpis = new();
    private readonly GradeCounts others = new();
    private int unlisted;
    private int written;

    internal StreamingOutcome(int maxProblems) => this.maxProblems = maxProblems;

    /// <summary>Gets whether a problem has been found: nothing more is graded or written then.</summary>
    internal bool HasProblems => errors.Count > 0 || unlisted > 0;

    internal void Problem(ValidationError problem)
    {
        if (errors.Count < maxProblems)
        {
            errors.Add(problem);
        }
        else
        {
            unlisted++;
        }
    }

    /// <summary>Counts an indicator graded and written.</summary>
    internal void Graded(bool isKpi, Grade grade)
    {
        (isKpi ? kpis : others).Add(grade);
        written++;
    }

    /// <summary>The tallies by the policy's scale, or every problem (with how many more were not listed).</summary>
    internal StreamingGradeResult Result(IGradingPolicy? policy, int percentDecimals)
    {
        if (HasProblems || policy is null)
        {
            return StreamingGradeResult.Failure(unlisted == 0
                ? errors
                : errors.Append(new ValidationError(ValidationCodes.TooManyProblems, "$", null, ValidationMessages.TooManyProblems(maxProblems, unlisted))));
        }

        return new StreamingGradeResult(
            ValueList<ValidationError>.Empty,
            policy.Name,
            written,
            Tally.Of(kpis.Each(), policy.Scale, percentDecimals),
            Tally.Of(others.Each(), policy.Scale, percentDecimals));
    }

    // The grades counted so far, each with its count in the order it first came: what a tally needs of a
    // million grades, in a few numbers.
    private sealed class GradeCounts
    {
        private readonly List<Grade> grades = new();
        private readonly List<int> counts = new();

        internal void Add(Grade grade)
        {
            for (var i = 0; i < grades.Count; i++)
            {
                if (grades[i].Equals(grade))
                {
                    counts[i]++;
                    return;
                }
            }

            grades.Add(grade);
            counts.Add(1);
        }

        // Every grade as many times as it came, grouped: a tally counts them alike.
        internal IEnumerable<Grade> Each()
        {
            for (var i = 0; i < grades.Count; i++)
            {
                for (var n = 0; n < counts[i]; n++)
                {
                    yield return grades[i];
                }
            }
        }
    }
}
