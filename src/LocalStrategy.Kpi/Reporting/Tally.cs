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
    public static Tally Of(IEnumerable<Grade> grades, IReadOnlyList<Grade> scale, int decimals)
    {
        Preconditions.CheckNotNull(grades, nameof(grades));
        Preconditions.CheckNotNull(scale, nameof(scale));
        var list = scale.ToList();
        var counts = new int[list.Count];
        var total = 0;
        foreach (var grade in grades)
        {
            var index = list.IndexOf(grade);
            if (index < 0)
            {
                list.Add(grade);
                Array.Resize(ref counts, list.Count);
                index = list.Count - 1;
            }

            counts[index]++;
            total++;
        }

        var keep = Enumerable.Range(0, list.Count)
            .Where(i => counts[i] > 0 || !list[i].Equals(Grade.NotGradable) && i < scale.Count)
            .ToArray();
        var percents = Percentages.LargestRemainder(keep.Select(i => counts[i]).ToArray(), decimals);
        var rows = keep.Select((i, k) => new GradeCount(list[i], counts[i], percents[k]));
        return new Tally(ValueList<GradeCount>.From(rows), total);
    }

    /// <summary>Gets the count for a grade code, 0 when absent.</summary>
    /// <param name="code">The grade code.</param>
    /// <returns>The count.</returns>
    public int CountOf(string code) => Rows.FirstOrDefault(r => r.Grade.Code == code)?.Count ?? 0;
}
