namespace LocalStrategy.Kpi.Grading;

/// <summary>The manual grade of an indicator graded individually, on a policy's scale.</summary>
internal static class PolicyScale
{
    /// <summary>
    /// The recorded manual grade, when it is a grade of the scale people can give; otherwise not
    /// gradable with <see cref="NotGradableReason.NoManualGrade"/>.
    /// </summary>
    internal static GradeResult Manual(Grade[] scale, Model.Indicator indicator, Periods.FiscalYear year, Model.Observation? observation, GradingRule rule)
    {
        var manual = observation?.ManualGrade;
        var grade = manual is null ? null : Array.Find(scale, g => string.Equals(g.Code, manual.Grade, StringComparison.Ordinal));

        // 評価不能 is the library's outcome for missing data, not a grade people can give.
        return grade is null || grade.Equals(Grade.NotGradable)
            ? new GradeResult(indicator.Id, year, Grade.NotGradable, rule, NotGradableReason.NoManualGrade, default)
            : new GradeResult(indicator.Id, year, grade, rule, NotGradableReason.None, new GradeNumbers(observation, null, null, null, false, default));
    }
}
