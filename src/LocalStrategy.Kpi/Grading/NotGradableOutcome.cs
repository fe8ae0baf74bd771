namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A not-gradable outcome of a policy version: when <see cref="Reason"/> holds, the indicator gets
/// <see cref="Grade"/> under <see cref="Rule"/>. The version's list is also the order in which the
/// reasons are checked: the first that holds applies.
/// </summary>
/// <param name="Reason">The reason: one of no actual, not published, suspended, no target, target zero, no baseline, no previous actual.</param>
/// <param name="Grade">The code of the grade or category given (測定不能, 実績値なし), or <see langword="null"/> for 評価不能 (<see cref="Grade.NotGradable"/>).</param>
/// <param name="Rule">The rule reported, or <see langword="null"/> for the rule being applied.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record NotGradableOutcome(NotGradableReason Reason, string? Grade, GradingRule? Rule);
