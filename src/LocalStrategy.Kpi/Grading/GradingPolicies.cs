using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LocalStrategy.Kpi.Grading.Policies;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// The built-in grading policies by name, and the ways to make others: from a policy document's
/// definition, and by combining policies. Every built-in is a policy document embedded in the
/// library (src/LocalStrategy.Kpi/Policies) and runs on the same engine as a city's own.
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class GradingPolicies
{
    private static readonly Lazy<IGradingPolicy[]> BuiltInPolicies = new(() => new IGradingPolicy[]
    {
        AzuminoPolicy.Default,
        InaPolicy.Default,
        InaPolicy.StraightLine,
        AmiPolicy.Default,
    });

    /// <summary>Gets Azumino's policy (<c>azumino</c>).</summary>
    public static IGradingPolicy Azumino => AzuminoPolicy.Default;

    /// <summary>Gets Ina's policy (<c>ina</c>), judging interim years against the final value.</summary>
    public static IGradingPolicy Ina => InaPolicy.Default;

    /// <summary>Gets the policy for current-value-and-target plans such as Ami's (<c>ami</c>).</summary>
    public static IGradingPolicy Ami => AmiPolicy.Default;

    /// <summary>Gets the names of the built-in policies: <c>azumino</c>, <c>ina</c>, <c>ina-straight-line</c>, <c>ami</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(Policies.BuiltInPolicies.Names.ToArray());

    internal static IReadOnlyList<IGradingPolicy> BuiltIn => BuiltInPolicies.Value;

    /// <summary>Finds a built-in policy by name (case-insensitive).</summary>
    /// <param name="name">The name, for example <c>azumino</c>.</param>
    /// <param name="policy">The policy, when found.</param>
    /// <returns>Whether a policy has that name.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out IGradingPolicy? policy)
    {
        policy = BuiltIn.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return policy is not null;
    }

    /// <summary>Gets a built-in policy by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="KeyNotFoundException">No policy has that name; the message lists the known names.</exception>
    public static IGradingPolicy Get(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        return TryGet(name, out var policy) ? policy : throw UnknownPolicy(name, Names);
    }

    /// <summary>The error for a policy name that is not known, naming the known ones.</summary>
    internal static KeyNotFoundException UnknownPolicy(string name, IEnumerable<string> known)
        => new(string.Format(CultureInfo.InvariantCulture, "No grading policy is named '{0}'. Known policies: {1}.", name, string.Join(", ", known)));

    /// <summary>Gets the definition of a built-in policy: a starting point for a city's own document.</summary>
    /// <param name="name">The name, for example <c>azumino</c>.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">No built-in policy has that name.</exception>
    public static PolicyDefinition BuiltInDefinition(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        var known = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return known is null
            ? throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No built-in policy is named '{0}'. Built-in policies: {1}.", name, string.Join(", ", Names)))
            : Policies.BuiltInPolicies.Definition(known);
    }

    /// <summary>
    /// Creates the policy a definition declares. Overrides that name another policy may name the
    /// built-ins; to name policies of your own, add them to a <see cref="PolicyRegistry"/> instead.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyDocumentException">The definition breaks a rule of the format, or an override names an unknown policy; the exception lists every problem.</exception>
    public static IGradingPolicy Create(PolicyDefinition definition)
    {
        Preconditions.CheckNotNull(definition, nameof(definition));
        var errors = PolicyJson.Validate(definition).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange(PolicyRegistry.OverrideErrors(definition, n => TryGet(n, out var p) ? p : null, Names));
        }

        return errors.Count == 0
            ? DeclarativePolicy.Compile(definition, null, n => TryGet(n, out var p) ? p : null)
            : throw new PolicyDocumentException(Model.ValueList<Validation.ValidationError>.From(errors));
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
}
