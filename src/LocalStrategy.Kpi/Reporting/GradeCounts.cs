using LocalStrategy.Kpi.Grading;

namespace LocalStrategy.Kpi.Reporting;

// The grades counted so far, each with its count in the order it first came: what a tally needs of a
// million grades, in a few numbers.
internal sealed class GradeCounts
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
