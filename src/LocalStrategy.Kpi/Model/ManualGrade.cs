namespace LocalStrategy.Kpi.Model;

/// <summary>A grade given by people, with its reason (Azumino rule (3), 個別に評価).</summary>
/// <param name="Grade">The grade code in the policy's scale, for example A.</param>
/// <param name="Reason">Why the grade was given.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record ManualGrade(string Grade, string Reason);
