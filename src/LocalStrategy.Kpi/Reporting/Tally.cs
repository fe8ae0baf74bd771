using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// Counts per grade in a policy's scale order, with percentages that sum to exactly 100 (see
/// <see cref="Percentages.LargestRemainder"/>). Every grade of the scale has a row, except the
/// library's own not-gradable outcome, which has one only when it occurs.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class Tally
{
    private Tally(ValueList<GradeCount> rows, int total)
    {
        Rows = rows;
        Total = total;
    }

    /// <summary>Gets the rows, in the scale's order.</summary>
    public ValueList<GradeCount> Rows { get; }

    /// <summary>Gets the number of indicators counted.</summary>
    public int Total { get; }

    /// <summary>Counts grades.</summary>
    /// <param name="grades">The grades to count.</param>
    /// <param name="scale">The policy's scale, in report order.</param>
    /// <param name="decimals">Decimal places of the percentages, 0 to 2.</param>
    /// <returns>The tally.</returns>
    internal static Tally Of(IEnumerable<Grade> grades, IReadOnlyList<Grade> scale, int decimals)
    {
        Preconditions.CheckNotNull(grades, nameof(grades));
        Preconditions.CheckNotNull(scale, nameof(scale));
        var known = new Grade[scale.Count];
        for (var i = 0; i < known.Length; i++)
        {
            known[i] = scale[i];
        }

        var counts = new int[known.Length];
        List<Grade>? others = null;
        List<int>? otherCounts = null;
        var total = 0;
        foreach (var grade in grades)
        {
            total++;
            var index = IndexOf(known, grade);
            if (index >= 0)
            {
                counts[index]++;
                continue;
            }

            others ??= new List<Grade>();
            otherCounts ??= new List<int>();
            var other = others.IndexOf(grade);
            if (other < 0)
            {
                others.Add(grade);
                otherCounts.Add(1);
            }
            else
            {
                otherCounts[other]++;
            }
        }

        // Every grade of the scale has a row, except the library's own not-gradable outcome,
        // which has one only when it occurs; grades outside the scale follow in order of appearance.
        var rowGrades = new List<Grade>(known.Length + (others?.Count ?? 0));
        var rowCounts = new List<int>(rowGrades.Capacity);
        for (var i = 0; i < known.Length; i++)
        {
            if (counts[i] > 0 || !known[i].Equals(Grade.NotGradable))
            {
                rowGrades.Add(known[i]);
                rowCounts.Add(counts[i]);
            }
        }

        for (var i = 0; i < (others?.Count ?? 0); i++)
        {
            rowGrades.Add(others![i]);
            rowCounts.Add(otherCounts![i]);
        }

        var percents = Percentages.LargestRemainder(rowCounts, decimals);
        var rows = new GradeCount[rowGrades.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new GradeCount(rowGrades[i], rowCounts[i], percents[i]);
        }

        return new Tally(ValueList<GradeCount>.From(rows), total);
    }

    /// <summary>
    /// Adds tallies up, as a roll-up of many documents graded by one policy does (per prefecture, for the
    /// country): counts summed grade by grade, in the scale's order, percentages worked out again on
    /// the sum (largest remainder, so they still add up to 100).
    /// </summary>
    /// <param name="tallies">The tallies to add; a grade matches by its code.</param>
    /// <param name="scale">The policy's scale, in report order.</param>
    /// <param name="decimals">Decimal places of the percentages, 0 to 2.</param>
    /// <returns>The sum: <see cref="Total"/> is the sum of the totals.</returns>
    public static Tally Sum(IEnumerable<Tally> tallies, IReadOnlyList<Grade> scale, int decimals = 0)
    {
        Preconditions.CheckNotNull(tallies, nameof(tallies));
        Preconditions.CheckNotNull(scale, nameof(scale));
        Preconditions.CheckRange(decimals, 0, 2, nameof(decimals));
        var grades = new List<Grade>(scale);
        var counts = new List<long>(new long[scale.Count]);
        foreach (var tally in tallies)
        {
            Preconditions.CheckNotNull(tally, nameof(tallies));
            foreach (var row in tally.Rows)
            {
                var index = grades.FindIndex(g => g.Equals(row.Grade));
                if (index < 0)
                {
                    grades.Add(row.Grade);
                    counts.Add(row.Count);
                }
                else
                {
                    counts[index] += row.Count;
                }
            }
        }

        var rowGrades = new List<Grade>(grades.Count);
        var rowCounts = new List<int>(grades.Count);
        for (var i = 0; i < grades.Count; i++)
        {
            if (counts[i] > 0 || i < scale.Count && !grades[i].Equals(Grade.NotGradable))
            {
                rowGrades.Add(grades[i]);
                rowCounts.Add(checked((int)counts[i]));
            }
        }

        var percents = Percentages.LargestRemainder(rowCounts, decimals);
        var rows = new GradeCount[rowGrades.Count];
        var total = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new GradeCount(rowGrades[i], rowCounts[i], percents[i]);
            total = checked(total + rowCounts[i]);
        }

        return new Tally(ValueList<GradeCount>.From(rows), total);
    }

    /// <summary>Gets the count for a grade code, 0 when absent.</summary>
    /// <param name="code">The grade code.</param>
    /// <returns>The count.</returns>
    public int CountOf(string code)
    {
        foreach (var row in Rows)
        {
            if (string.Equals(row.Grade.Code, code, StringComparison.Ordinal))
            {
                return row.Count;
            }
        }

        return 0;
    }

    private static int IndexOf(Grade[] grades, Grade grade)
    {
        for (var i = 0; i < grades.Length; i++)
        {
            if (ReferenceEquals(grades[i], grade) || grades[i].Equals(grade))
            {
                return i;
            }
        }

        return -1;
    }
}
