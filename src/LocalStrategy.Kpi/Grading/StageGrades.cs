namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// The grades a rate rule gives a milestone (未着手 → 着手): one when the target's stage is reached,
/// one when it is not. A missing grade makes that case not gradable (<see cref="NotGradableReason.NotApplicable"/>).
/// </summary>
/// <param name="Reached">The code of the grade when the stage is reached, or <see langword="null"/>.</param>
/// <param name="NotReached">The code of the grade when it is not, or <see langword="null"/>.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record StageGrades(string? Reached, string? NotReached);
