using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Policies;

/// <summary>
/// Ina's grading (伊那市, seed 003 and Ina's published results), declared in the embedded policy
/// documents <c>ina</c> and <c>ina-straight-line</c> and run by the same engine as every policy
/// document: 順調 when the actual reaches the indicator value (rate ≥ 100 %), おおむね順調 when it
/// reaches 80 % of it, 努力を要する below, and 実績値なし when there is no actual. Rates are direction-
/// and sign-aware (<see cref="Rates.Achievement"/>). A year with a target of its own is judged
/// against it; a year before the final target's year is judged against the final value or a
/// straight-line path to it (the built-in <c>ina-straight-line</c>), and the result's rule says which.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. docs/policies/ina.md describes the policy. Consumers reach
/// it as <see cref="GradingPolicies.Ina"/> and <see cref="GradingPolicies.InaStraightLine"/>.
/// </remarks>
internal sealed class InaPolicy : IGradingPolicy, IDefinedPolicy
{
    /// <summary>The name the policy is registered under.</summary>
    public const string PolicyName = "ina";

    /// <summary>The name of the variant that judges interim years against a straight-line path.</summary>
    public const string StraightLinePolicyName = "ina-straight-line";

    private readonly DeclarativePolicy engine;

    private InaPolicy(string name)
    {
        Definition = BuiltInPolicies.Definition(name);
        engine = PolicyCompiler.Compile(Definition, Instances, null);
        Bands = RateBands.Of(Definition, "ina.year", engine);
    }

    /// <summary>Gets 順調 (on track): the actual reaches the indicator value.</summary>
    public static Grade OnTrack { get; } = new("OnTrack", new LocalizedText("順調", "On track"));

    /// <summary>Gets おおむね順調 (mostly on track): at least 80 % of the indicator value.</summary>
    public static Grade MostlyOnTrack { get; } = new("MostlyOnTrack", new LocalizedText("おおむね順調", "Mostly on track"));

    /// <summary>Gets 努力を要する (needs effort): below 80 % of the indicator value.</summary>
    public static Grade NeedsEffort { get; } = new("NeedsEffort", new LocalizedText("努力を要する", "Needs effort"));

    /// <summary>Gets 実績値なし (no actual), a category of Ina's reports.</summary>
    public static Grade NoActual { get; } = new("NoActual", new LocalizedText("実績値なし", "No actual"));

    private static Dictionary<string, Grade> Instances { get; } = new[] { OnTrack, MostlyOnTrack, NeedsEffort, NoActual }.ToDictionary(g => g.Code, StringComparer.Ordinal);

    /// <summary>Gets the policy with the default options (interim years against the final value).</summary>
    public static InaPolicy Default { get; } = new(PolicyName);

    /// <summary>Gets the policy that judges interim years against a straight-line path (<c>ina-straight-line</c>).</summary>
    public static InaPolicy StraightLine { get; } = new(StraightLinePolicyName);

    /// <summary>Gets the bands, top-down, each with its threshold and inclusivity.</summary>
    public ValueList<RateBand> Bands { get; }

    /// <summary>Gets the policy document the policy runs.</summary>
    public PolicyDefinition Definition { get; }

    /// <inheritdoc/>
    public string Name => Definition.Name;

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => engine.Scale;

    /// <inheritdoc/>
    public Grade? FindGrade(string code) => engine.FindGrade(code);

    /// <inheritdoc/>
    public GradeResult Evaluate(Indicator indicator, in GradingContext context) => engine.Evaluate(indicator, context);
}
