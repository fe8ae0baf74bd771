using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Policies;

/// <summary>
/// Azumino's grading (安曇野市, seed 000 §3), declared in the embedded policy document
/// <c>azumino</c> and run by the same engine as every policy document. Rule (1), for a numeric
/// target: rate = actual / target, direction- and sign-aware (<see cref="Rates.Achievement"/>);
/// A ≥ 100 %, B ≥ 80 %, C ≥ 60 %, D below; 測定不能 for an unpublished statistic, suspended work or a
/// target of 0. Rule (2), for "increase" or "decrease": A better than the baseline and than the
/// previous year's actual, B better than the baseline only (impossible in the plan's first year,
/// whose previous year is the baseline), C equal to the baseline, D worse. Rule (3): the recorded
/// manual grade.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. docs/policies/azumino.md describes the policy with worked
/// examples. Consumers reach it as <see cref="GradingPolicies.Azumino"/> or through
/// <see cref="GradingPolicies.CreateAzumino"/>; the class stays internal so that there is one way.
/// </remarks>
internal sealed class AzuminoPolicy : IGradingPolicy, IDefinedPolicy
{
    /// <summary>The name the policy is registered under.</summary>
    public const string PolicyName = "azumino";

    private readonly DeclarativePolicy engine;

    private AzuminoPolicy(string name, AzuminoOptions options)
    {
        Options = options;
        var definition = BuiltInPolicies.Variant(PolicyName, name);
        if (!options.ExactlySixtyPercentIsC)
        {
            // The other reading of the printed bands: exactly 60 % is D (C is "above 60 %").
            definition = RateBands.WithBand(definition, r => r.Rule.Id == "azumino.1", b => b.Grade == "C", c => BandCondition.Above(c.Value!.Value));
        }

        Definition = definition;
        engine = PolicyCompiler.Compile(definition, Instances, null);
        Bands = RateBands.Of(definition, "azumino.1", engine);
    }

    /// <summary>Gets grade A (A評価).</summary>
    public static Grade A { get; } = new("A", new LocalizedText("A評価", "A"));

    /// <summary>Gets grade B (B評価).</summary>
    public static Grade B { get; } = new("B", new LocalizedText("B評価", "B"));

    /// <summary>Gets grade C (C評価).</summary>
    public static Grade C { get; } = new("C", new LocalizedText("C評価", "C"));

    /// <summary>Gets grade D (D評価).</summary>
    public static Grade D { get; } = new("D", new LocalizedText("D評価", "D"));

    /// <summary>Gets 測定不能 (unmeasurable), a category of the Azumino scale.</summary>
    public static Grade Unmeasurable { get; } = new("Unmeasurable", new LocalizedText("測定不能", "Unmeasurable"));

    private static Dictionary<string, Grade> Instances { get; } = new[] { A, B, C, D, Unmeasurable }.ToDictionary(g => g.Code, StringComparer.Ordinal);

    /// <summary>Gets the policy as domain.md decides it (exactly 60 % is C).</summary>
    public static AzuminoPolicy Default { get; } = new(PolicyName, AzuminoOptions.Default);

    /// <summary>Gets the options.</summary>
    public AzuminoOptions Options { get; }

    /// <summary>Gets the bands of rule (1), top-down, each with its threshold and inclusivity.</summary>
    public ValueList<RateBand> Bands { get; }

    /// <summary>Gets the policy document the policy runs (the embedded <c>azumino</c>, edited by the options).</summary>
    public PolicyDefinition Definition { get; }

    /// <inheritdoc/>
    public string Name => Definition.Name;

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => engine.Scale;

    /// <summary>Creates a policy with other options, under a name of its own.</summary>
    /// <param name="name">The variant's name.</param>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    public static AzuminoPolicy Create(string name, AzuminoOptions options) => new(name, Preconditions.CheckNotNull(options, nameof(options)));

    /// <inheritdoc/>
    public Grade? FindGrade(string code) => engine.FindGrade(code);

    /// <inheritdoc/>
    public GradeResult Evaluate(Indicator indicator, in GradingContext context) => engine.Evaluate(indicator, context);
}
