using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// One version of a policy's scheme: its grades, its not-gradable outcomes and its rules, in force
/// from <see cref="EffectiveFrom"/> until the next version's year.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PolicyVersion
{
    /// <summary>Initializes a new instance of the <see cref="PolicyVersion"/> class.</summary>
    /// <param name="grades">The grades of the scale, in report order (without 評価不能, which every scale ends with).</param>
    /// <param name="rules">The rules, in the order they are tried.</param>
    public PolicyVersion(ValueList<Grade> grades, ValueList<PolicyRule> rules)
    {
        Grades = Internal.Preconditions.CheckNotNull(grades, nameof(grades));
        Rules = Internal.Preconditions.CheckNotNull(rules, nameof(rules));
    }

    /// <summary>Gets the first fiscal year the version grades, or <see langword="null"/> for a first version in force from the start.</summary>
    public FiscalYear? EffectiveFrom { get; init; }

    /// <summary>Gets the grades of the scale, in report order.</summary>
    public ValueList<Grade> Grades { get; init; }

    /// <summary>
    /// Gets the not-gradable outcomes, in the order their reasons are checked; reasons not listed are
    /// checked after them in the order not published, suspended, no actual, no target, target zero, no
    /// baseline, no previous actual, and give 評価不能 under the rule being applied.
    /// </summary>
    public ValueList<NotGradableOutcome> NotGradable { get; init; } = ValueList<NotGradableOutcome>.Empty;

    /// <summary>Gets the rules, in the order they are tried.</summary>
    public ValueList<PolicyRule> Rules { get; init; }
}
