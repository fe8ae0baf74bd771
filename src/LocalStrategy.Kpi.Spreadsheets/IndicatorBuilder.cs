using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>An indicator as its row gives it, before it is a model indicator.</summary>
internal sealed class IndicatorBuilder
{
    internal IndicatorBuilder(int row, string? id, string name, string nameReference)
    {
        Row = row;
        Id = id;
        Name = name;
        NameReference = nameReference;
    }

    internal int Row { get; }

    internal string? Id { get; }

    internal string Name { get; }

    internal string NameReference { get; }

    internal string Unit { get; set; } = string.Empty;

    internal string? Note { get; set; }

    internal string? Source { get; set; }

    internal IndicatorKind? Kind { get; set; }

    internal Direction? Direction { get; set; }

    internal ValueKind? ValueKind { get; set; }

    internal GradingBasis? Basis { get; set; }

    internal List<string> Stages { get; set; } = [];

    internal bool IsMilestone => Direction == Model.Direction.Milestone;

    internal decimal? Baseline { get; set; }

    internal string? BaselineStage { get; set; }

    internal ReportingPeriod? BaselinePeriod { get; set; }

    internal SortedDictionary<FiscalYear, Target> Targets { get; } = [];

    internal SortedDictionary<FiscalYear, Observation> Actuals { get; } = [];

    internal SortedDictionary<FiscalYear, (string Grade, string Reference)> Grades { get; } = [];

    internal bool AtGoalLevel { get; set; }

    internal Indicator? ToIndicator(List<ValidationError> errors, List<ValidationError> warnings)
    {
        var direction = Direction ?? Inferred(warnings);
        if (direction is null)
        {
            errors.Add(new ValidationError(
                SheetProblemCodes.NoDirection,
                NameReference,
                Name,
                new LocalizedText(
                    "指標「" + Name + "」の方向がわかりません。方向の列（増加・減少・維持）を設けるか、目標値に以上・以下を書いてください。",
                    "The direction of '" + Name + "' is not given and does not follow from a baseline and a target: add a direction column (増加, 減少, 維持) or write 以上/以下 with the target.")));
            return null;
        }

        var observations = Actuals.Values.ToDictionary(o => o.Year);
        foreach (var pair in Grades)
        {
            if (observations.TryGetValue(pair.Key, out var observation))
            {
                observations[pair.Key] = observation with { PublishedGrade = pair.Value.Grade };
            }
            else
            {
                warnings.Add(GradeWithoutActual(pair.Value));
            }
        }

        return new Indicator(
            Id ?? string.Empty,
            Kind ?? (AtGoalLevel ? IndicatorKind.NumericGoal : IndicatorKind.Kpi),
            Name,
            new Unit(Unit),
            direction.Value,
            ValueKind ?? (direction == Model.Direction.Milestone ? Model.ValueKind.MilestoneStage : Unit == "%" ? Model.ValueKind.Percentage : Model.ValueKind.Level),
            Basis ?? (Targets.Count > 0 ? GradingBasis.Target : GradingBasis.Trend))
        {
            Baseline = Baseline is null && BaselineStage is null && BaselinePeriod is null ? null : new Model.Baseline
            {
                Value = Baseline,
                Stage = BaselineStage,
                Period = BaselinePeriod,
            },
            Targets = ValueList<Target>.From(Targets.Values),
            Observations = ValueList<Observation>.From(observations.Values.OrderBy(o => o.Year)),
            Stages = ValueList<string>.From(Stages),
            Note = Note,
            Source = Source,
        };
    }

    // The direction from what the row says: 以上/以下 with a target, else a final target above or
    // below the baseline (a warning says so, as it is read, not written).
    private Direction? Inferred(List<ValidationError> warnings)
    {
        var final = Targets.Values.LastOrDefault();
        if (final?.Comparison == TargetComparison.AtLeast)
        {
            return Model.Direction.HigherIsBetter;
        }

        if (final?.Comparison == TargetComparison.AtMost)
        {
            return Model.Direction.LowerIsBetter;
        }

        if (final?.Value is not { } target || Baseline is not { } baseline || target == baseline)
        {
            return null;
        }

        var direction = target > baseline ? Model.Direction.HigherIsBetter : Model.Direction.LowerIsBetter;
        warnings.Add(new ValidationError(
            SheetProblemCodes.NoDirection,
            NameReference,
            Name,
            new LocalizedText(
                "「" + Name + "」の方向は、基準値 " + baseline.ToString(CultureInfo.InvariantCulture) + " と目標値 " + target.ToString(CultureInfo.InvariantCulture) + " から「" + Directions.Write(direction) + "」としました。",
                "The direction of '" + Name + "' is taken as " + (direction == Model.Direction.HigherIsBetter ? "higher is better" : "lower is better") + " from its baseline " + baseline.ToString(CultureInfo.InvariantCulture) + " and target " + target.ToString(CultureInfo.InvariantCulture) + ".")));
        return direction;
    }

    /// <summary>
    /// The indicator of the document being filled, with this row's actuals and grades in it: a year's
    /// current (last listed) observation takes the sheet's value, status and grade, and keeps its date
    /// of record, source and notes; earlier observations of the year (revisions) stay as they are.
    /// </summary>
    internal Indicator FillInto(Indicator indicator, List<ValidationError> warnings)
    {
        var observations = indicator.Observations.ToList();
        int CurrentOf(FiscalYear year) => observations.FindLastIndex(o => o.Year == year);
        foreach (var actual in Actuals.Values)
        {
            var at = CurrentOf(actual.Year);
            if (at >= 0)
            {
                observations[at] = observations[at] with { Value = actual.Value, Stage = actual.Stage, Status = actual.Status };
            }
            else
            {
                observations.Add(actual);
            }
        }

        foreach (var pair in Grades)
        {
            var at = CurrentOf(pair.Key);
            if (at >= 0)
            {
                observations[at] = observations[at] with { PublishedGrade = pair.Value.Grade };
            }
            else
            {
                warnings.Add(GradeWithoutActual(pair.Value));
            }
        }

        // In the document's own order; a year the document had no observation for is added at the end.
        return indicator with { Observations = ValueList<Observation>.From(observations) };
    }

    private static ValidationError GradeWithoutActual((string Grade, string Reference) grade)
        => new(SheetProblemCodes.GradeWithoutActual, grade.Reference, grade.Grade, new LocalizedText("実績値のない年度の評価は読み込みません。", "A grade for a year without an actual is not imported."));
}
