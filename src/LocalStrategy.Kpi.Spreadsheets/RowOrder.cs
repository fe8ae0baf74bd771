using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// Where each indicator of a sheet graded as it is read belongs: its basic goal and measure (made when
/// first met, numbered in the order met as the whole import numbers them) and the number an indicator
/// without an ID gets. The rows must come in the document's order: each goal's rows together with its
/// own indicators first, then each measure's rows together with its own indicators before its
/// sub-measures'. A row against that order is refused, because its goal or measure has been written.
/// </summary>
internal sealed class RowOrder
{
    private readonly HashSet<string> goalsDone = new(StringComparer.Ordinal);
    private int goalCount;
    private Group? goal;
    private Group? measure;
    private Group? sub;

    /// <summary>Places an indicator of the row's goal, measure and sub-measure; <see langword="null"/> with the title that came back out of order.</summary>
    internal Place? Next(string goalTitle, string? measureTitle, string? subTitle, out string? outOfOrder)
    {
        outOfOrder = null;
        if (goal is null || goal.Title != goalTitle)
        {
            if (goal is not null)
            {
                goalsDone.Add(goal.Title);
            }

            if (goalsDone.Contains(goalTitle))
            {
                outOfOrder = goalTitle;
                return null;
            }

            var code = (++goalCount).ToString(System.Globalization.CultureInfo.InvariantCulture);
            goal = new Group(goalTitle, code, new BasicGoal("g" + code, code, goalTitle), null);
            measure = null;
            sub = null;
        }

        if (measureTitle is null)
        {
            return goal.ChildStarted ? Refused(goalTitle, out outOfOrder) : new Place(goal.Goal!, null, "k" + goal.Code, ++goal.Counter);
        }

        if (measure is null || measure.Title != measureTitle)
        {
            if (!Open(goal, ref measure, measureTitle))
            {
                return Refused(measureTitle, out outOfOrder);
            }

            // The goal holds its measures as met, so that their identifiers are known with it.
            goal.Goal = goal.Goal! with { Measures = ValueList<Measure>.From(goal.Goal.Measures.Append(measure!.Measure!)) };
            sub = null;
        }

        if (subTitle is null)
        {
            return measure!.ChildStarted ? Refused(measureTitle, out outOfOrder) : new Place(goal.Goal!, measure.Measure, "k" + measure.Code, ++goal.Counter);
        }

        if (sub is null || sub.Title != subTitle)
        {
            if (!Open(measure!, ref sub, subTitle))
            {
                return Refused(subTitle, out outOfOrder);
            }

            // The measure holds its sub-measures as met, and the goal the measure as it now is.
            var before = measure!.Measure!;
            measure.Measure = before with { SubMeasures = ValueList<Measure>.From(before.SubMeasures.Append(sub!.Measure!)) };
            goal.Goal = goal.Goal! with { Measures = ValueList<Measure>.From(goal.Goal.Measures.Take(goal.Goal.Measures.Count - 1).Append(measure.Measure)) };
        }

        return new Place(goal.Goal!, sub!.Measure, "k" + sub.Code, ++goal.Counter);
    }

    private static Place? Refused(string title, out string? outOfOrder)
    {
        outOfOrder = title;
        return null;
    }

    // Starts the next child group (a measure of a goal, a sub-measure of a measure); false when the title was done before.
    private static bool Open(Group parent, ref Group? current, string title)
    {
        if (current is not null)
        {
            parent.Done.Add(current.Title);
        }

        if (parent.Done.Contains(title))
        {
            return false;
        }

        parent.ChildStarted = true;
        var code = parent.Code + "-" + (++parent.Children).ToString(System.Globalization.CultureInfo.InvariantCulture);
        current = new Group(title, code, null, new Measure("m" + code, code, title));
        return true;
    }

    /// <summary>An indicator's goal, its measure or sub-measure, and the ID prefix and number an indicator without an ID gets (<c>k1-2-3</c>).</summary>
    internal sealed record Place(BasicGoal Goal, Measure? Measure, string Prefix, int Number)
    {
        internal string Id => Prefix + "-" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class Group(string title, string code, BasicGoal? goal, Measure? measure)
    {
        internal string Title { get; } = title;

        internal string Code { get; } = code;

        internal BasicGoal? Goal { get; set; } = goal;

        internal Measure? Measure { get; set; } = measure;

        internal HashSet<string> Done { get; } = new(StringComparer.Ordinal);

        internal bool ChildStarted { get; set; }

        internal int Children { get; set; }

        internal int Counter { get; set; }
    }
}
