namespace LocalStrategy.Kpi.Reporting;

/// <summary>How <see cref="StreamingGrader"/> writes each graded indicator.</summary>
public enum StreamingFormat
{
    /// <summary>JSON Lines: one line per indicator, the object the JSON report lists under <c>indicators</c>.</summary>
    JsonLines = 0,

    /// <summary>
    /// CSV (UTF-8, CRLF, a header row): one row per indicator with its identifiers, codes and numbers — id, kind,
    /// goal, measure, grade, rate, rateKind, actual, target, targetYear, baseline, rule, reason,
    /// publishedGrade, agreement, countedGrade. Names and texts are left out (they are in the document);
    /// a field that starts like a formula is written with a leading apostrophe.
    /// </summary>
    Csv = 1,
}
