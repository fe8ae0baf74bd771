using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Policies;

/// <summary>
/// The built-in grading policies as values, and the ways to make others in code: a variant of a
/// built-in under a name of its own, and a combination of policies. A policy declared as data (a
/// policy document) is added to a <see cref="PolicyRegistry"/>, which is also the one lookup by name.
/// </summary>
/// <remarks>
/// Every built-in is a policy document embedded in the library (src/LocalStrategy.Kpi/Policies) and
/// runs on the same engine as a city's own. All members are thread-safe; every policy they return is
/// immutable and thread-safe.
/// </remarks>
public static class GradingPolicies
{
    private static readonly Lazy<IGradingPolicy[]> BuiltInPolicies = new(() => new IGradingPolicy[]
    {
        AzuminoPolicy.Default,
        InaPolicy.Default,
        InaPolicy.StraightLine,
        AmiPolicy.Default,
    });

    /// <summary>Gets Azumino's policy (<c>azumino</c>): A/B/C/D/測定不能, exactly 60 % is C.</summary>
    public static IGradingPolicy Azumino => AzuminoPolicy.Default;

    /// <summary>Gets Ina's policy (<c>ina</c>): 順調/おおむね順調/努力を要する/実績値なし, interim years judged against the final value.</summary>
    public static IGradingPolicy Ina => InaPolicy.Default;

    /// <summary>Gets Ina's policy judging interim years against a straight-line path to the final value (<c>ina-straight-line</c>).</summary>
    public static IGradingPolicy InaStraightLine => InaPolicy.StraightLine;

    /// <summary>Gets the policy for current-value-and-target plans such as Ami's (<c>ami</c>): 達成/改善/横ばい/悪化/測定不能.</summary>
    public static IGradingPolicy Ami => AmiPolicy.Default;

    /// <summary>The built-in policies, in the order a new registry lists them.</summary>
    internal static IReadOnlyList<IGradingPolicy> BuiltIn => BuiltInPolicies.Value;

    /// <summary>
    /// Creates a variant of Azumino's policy. A variant grades differently, so it has a name of its
    /// own: a registry holds it beside <see cref="Azumino"/>.
    /// </summary>
    /// <param name="name">The variant's name: lower-case letters, digits and hyphens, not a built-in's name.</param>
    /// <param name="options">The options.</param>
    /// <returns>The policy, immutable and thread-safe.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid policy name or is a built-in's name.</exception>
    public static IGradingPolicy CreateAzumino(string name, AzuminoOptions options)
        => AzuminoPolicy.Create(CheckVariantName(name), Preconditions.CheckNotNull(options, nameof(options)));

    /// <summary>
    /// Creates a variant of the Ami policy (for example with a tolerance for 横ばい). A variant grades
    /// differently, so it has a name of its own: a registry holds it beside <see cref="Ami"/>.
    /// </summary>
    /// <param name="name">The variant's name: lower-case letters, digits and hyphens, not a built-in's name.</param>
    /// <param name="options">The options.</param>
    /// <returns>The policy, immutable and thread-safe.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid policy name or is a built-in's name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is negative.</exception>
    public static IGradingPolicy CreateAmi(string name, AmiOptions options)
        => AmiPolicy.Create(CheckVariantName(name), Preconditions.CheckNotNull(options, nameof(options)));

    /// <summary>
    /// Creates the policy a definition declares, outside any registry, for the library's own tests
    /// and benchmarks: consumers add a definition to a <see cref="PolicyRegistry"/>, the one way.
    /// </summary>
    /// <exception cref="DocumentException">The definition breaks a rule of the format, or an override names an unknown policy; the exception lists every problem.</exception>
    internal static IGradingPolicy Create(PolicyDefinition definition)
    {
        Preconditions.CheckNotNull(definition, nameof(definition));
        var errors = PolicyJson.Validate(definition).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange(PolicyRegistry.OverrideErrors(definition, FindBuiltIn, BuiltIn.Select(p => p.Name).ToList()));
        }

        return errors.Count == 0
            ? PolicyCompiler.Compile(definition, null, FindBuiltIn)
            : throw new DocumentException(PolicyJson.DocumentName, ValueList<ValidationError>.From(errors));
    }

    /// <summary>
    /// Combines policies: grades by each in turn and keeps the first graded result; when none
    /// grades, the first policy's not-gradable result and reason.
    /// </summary>
    /// <param name="name">The name of the combination.</param>
    /// <param name="policies">The policies, in the order they are tried; at least one.</param>
    /// <returns>The combined policy, thread-safe when its parts are.</returns>
    /// <exception cref="ArgumentException">No policies are given.</exception>
    public static IGradingPolicy FirstApplicable(string name, params IGradingPolicy[] policies)
    {
        Preconditions.CheckNotBlank(name, nameof(name));
        Preconditions.CheckNotNull(policies, nameof(policies));
        if (policies.Length == 0 || policies.Any(p => p is null))
        {
            throw new ArgumentException("Give at least one policy, and no null ones.", nameof(policies));
        }

        return new FirstApplicablePolicy(name, (IGradingPolicy[])policies.Clone());
    }

    private static IGradingPolicy? FindBuiltIn(string name)
        => BuiltIn.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static string CheckVariantName(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (!PolicyNames.IsValid(name))
        {
            throw new ArgumentException("'" + name + "' is not a policy name: use lower-case letters, digits and hyphens, starting with a letter or digit.", nameof(name));
        }

        if (FindBuiltIn(name) is not null)
        {
            throw new ArgumentException("'" + name + "' is the name of a built-in policy; a variant needs a name of its own, so that a registry can hold both.", nameof(name));
        }

        return name;
    }
}
