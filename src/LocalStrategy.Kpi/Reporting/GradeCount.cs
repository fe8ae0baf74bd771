using LocalStrategy.Kpi.Grading;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>One row of a tally: a grade, how many indicators got it, and their share in percent.</summary>
/// <param name="Grade">The grade.</param>
/// <param name="Count">How many indicators got it.</param>
/// <param name="Percent">The share in percent, rounded by the largest-remainder method.</param>
public sealed record GradeCount(Grade Grade, int Count, decimal Percent);
