using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Policies;

/// <summary>
/// Grading for plans that give only a current value and a target, as Ami Town's 3rd strategy does
/// (阿見町, seed 004, which publishes no criteria; domain.md decides them), declared in the embedded
/// policy document <c>ami</c> and run by the same engine as every policy document: 達成 (achieved)
/// when the target is met, whatever the current value; otherwise 改善 (improved), 横ばい (unchanged,
/// within <see cref="AmiOptions.UnchangedTolerance"/>) or 悪化 (worsened) against the current value in
/// the stated direction; 測定不能 (not measurable) without an actual. A year without a target of its
/// own is judged against the final target.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. docs/policies/ami.md describes the policy. Consumers reach
/// it as <see cref="GradingPolicies.Ami"/> or through <see cref="GradingPolicies.CreateAmi"/>.
/// </remarks>
internal sealed class AmiPolicy : IGradingPolicy, IDefinedPolicy
{
    /// <summary>The name the policy is registered under.</summary>
    public const string PolicyName = "ami";

    private readonly DeclarativePolicy engine;

    private AmiPolicy(string name, AmiOptions options)
    {
        Options = options;
        var definition = BuiltInPolicies.Variant(PolicyName, name);
        if (options.UnchangedTolerance != 0m)
        {
            definition = RateBands.WithBand(
                definition,
                r => r.Measure == RuleMeasure.ChangeFromBaseline,
                b => b.Condition.Comparison == BandComparison.Within,
                c => c with { Tolerance = options.UnchangedTolerance });
        }

        Definition = definition;
        engine = PolicyCompiler.Compile(definition, Instances, null);
    }

    /// <summary>Gets 達成 (achieved): the target is met.</summary>
    public static Grade Achieved { get; } = new("Achieved", new LocalizedText("達成", "Achieved"));

    /// <summary>Gets 改善 (improved): better than the current value, target not met.</summary>
    public static Grade Improved { get; } = new("Improved", new LocalizedText("改善", "Improved"));

    /// <summary>Gets 横ばい (unchanged): within the tolerance of the current value.</summary>
    public static Grade Unchanged { get; } = new("Unchanged", new LocalizedText("横ばい", "Unchanged"));

    /// <summary>Gets 悪化 (worsened): worse than the current value.</summary>
    public static Grade Worsened { get; } = new("Worsened", new LocalizedText("悪化", "Worsened"));

    /// <summary>Gets 測定不能 (not measurable): no actual for the year.</summary>
    public static Grade NotMeasurable { get; } = new("NotMeasurable", new LocalizedText("測定不能", "Not measurable"));

    private static Dictionary<string, Grade> Instances { get; } = new[] { Achieved, Improved, Unchanged, Worsened, NotMeasurable }.ToDictionary(g => g.Code, StringComparer.Ordinal);

    /// <summary>Gets the policy with the default options (no tolerance).</summary>
    public static AmiPolicy Default { get; } = new(PolicyName, AmiOptions.Default);

    /// <summary>Gets the options.</summary>
    public AmiOptions Options { get; }

    /// <summary>Gets the policy document the policy runs (the embedded <c>ami</c>, with the options' tolerance).</summary>
    public PolicyDefinition Definition { get; }

    /// <inheritdoc/>
    public string Name => Definition.Name;

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => engine.Scale;

    /// <summary>Creates a policy with other options, under a name of its own.</summary>
    /// <param name="name">The variant's name.</param>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public static AmiPolicy Create(string name, AmiOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        if (options.UnchangedTolerance < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.UnchangedTolerance, "The unchanged tolerance must not be negative.");
        }

        return new AmiPolicy(name, options);
    }

    /// <inheritdoc/>
    public Grade? FindGrade(string code) => engine.FindGrade(code);

    /// <inheritdoc/>
    public GradeResult Evaluate(Indicator indicator, in GradingContext context) => engine.Evaluate(indicator, context);
}
