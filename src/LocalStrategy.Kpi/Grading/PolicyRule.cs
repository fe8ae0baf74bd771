using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A rule of a policy version: which indicators it grades (by basis and direction), what it
/// measures, against which target, and its bands. A version's rules are tried in order and the
/// first that applies grades the indicator ("first applicable"); a rule whose target is required
/// and missing does not apply, and a band may pass the indicator on to the next rule.
/// </summary>
/// <param name="Rule">The rule's identifier and descriptions, reported with every result it gives.</param>
/// <param name="Measure">What the rule measures.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record PolicyRule(GradingRule Rule, RuleMeasure Measure)
{
    /// <summary>Gets the grading bases the rule applies to; empty for every basis.</summary>
    public ValueList<GradingBasis> Bases { get; init; } = ValueList<GradingBasis>.Empty;

    /// <summary>Gets the directions the rule applies to; empty for every direction.</summary>
    public ValueList<Direction> Directions { get; init; } = ValueList<Direction>.Empty;

    /// <summary>
    /// Gets the first year of the plan the rule applies in, counted from 1 (the plan's first fiscal
    /// year), or <see langword="null"/> for no lower limit: "from year 3, against the target".
    /// </summary>
    public int? FirstPlanYear { get; init; }

    /// <summary>Gets the last year of the plan the rule applies in, counted from 1, or <see langword="null"/> for no upper limit: "in years 1-2, by the trend".</summary>
    public int? LastPlanYear { get; init; }

    /// <summary>Gets the target the measure is taken against, or <see langword="null"/> for a rule that uses none.</summary>
    public TargetSource? Target { get; init; }

    /// <summary>Gets whether the rule applies only when its target exists.</summary>
    /// <value>The default value is <see langword="true"/>. <see langword="false"/> lets a change measure use a target when there is one (for its direction) and grade without one.</value>
    public bool TargetRequired { get; init; } = true;

    /// <summary>Gets the bands, top-down; empty for a manual rule.</summary>
    public ValueList<PolicyBand> Bands { get; init; } = ValueList<PolicyBand>.Empty;

    /// <summary>Gets the grades for milestone targets, or <see langword="null"/> when stage targets are not gradable by this rule.</summary>
    public StageGrades? Stages { get; init; }
}
