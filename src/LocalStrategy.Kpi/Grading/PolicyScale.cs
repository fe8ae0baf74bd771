namespace LocalStrategy.Kpi.Grading;

/// <summary>Lookups on a policy's scale, shared by the built-in policies.</summary>
internal static class PolicyScale
{
    internal static Grade? Find(Grade[] scale, string code)
    {
        foreach (var grade in scale)
        {
            if (string.Equals(grade.Code, code, StringComparison.Ordinal))
            {
                return grade;
            }
        }

        return null;
    }

    /// <summary>Why an observation gives no actual to grade: none, not published, suspended, or no value or stage.</summary>
    internal static NotGradableReason MissingActual(Model.Observation? observation)
        => observation is null ? NotGradableReason.NoActual : observation.Status switch
        {
            Model.ObservationStatus.NotPublished => NotGradableReason.NotPublished,
            Model.ObservationStatus.Suspended => NotGradableReason.Suspended,
            _ => observation.Value is null && observation.Stage is null ? NotGradableReason.NoActual : NotGradableReason.None,
        };

    /// <summary>
    /// The recorded manual grade, when it is a grade of the scale people can give; otherwise not
    /// gradable with <see cref="NotGradableReason.NoManualGrade"/>.
    /// </summary>
    internal static GradeResult Manual(Grade[] scale, Model.Indicator indicator, Periods.FiscalYear year, Model.Observation? observation, GradingRule rule)
    {
        var manual = observation?.ManualGrade;
        var grade = manual is null ? null : Find(scale, manual.Grade);

        // 評価不能 is the library's outcome for missing data, not a grade people can give.
        return grade is null || grade.Equals(Grade.NotGradable)
            ? new GradeResult(indicator.Id, year, Grade.NotGradable, rule, NotGradableReason.NoManualGrade, default)
            : new GradeResult(indicator.Id, year, grade, rule, NotGradableReason.None, new GradeNumbers(observation, null, null, null, false, default));
    }
}
