using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Grading;

/// <summary>The built-in grading policies, by name.</summary>
/// <remarks>All members are thread-safe.</remarks>
public static class GradingPolicies
{
    private static readonly IGradingPolicy[] BuiltIn = { AzuminoPolicy.Default, InaPolicy.Default, AmiPolicy.Default };

    /// <summary>Gets Azumino's policy (<c>azumino</c>).</summary>
    public static IGradingPolicy Azumino => AzuminoPolicy.Default;

    /// <summary>Gets Ina's policy (<c>ina</c>), judging interim years against the final value.</summary>
    public static IGradingPolicy Ina => InaPolicy.Default;

    /// <summary>Gets the policy for current-value-and-target plans such as Ami's (<c>ami</c>).</summary>
    public static IGradingPolicy Ami => AmiPolicy.Default;

    /// <summary>Gets the names of the built-in policies.</summary>
    public static IReadOnlyList<string> Names { get; } = BuiltIn.Select(p => p.Name).ToArray();

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
        return TryGet(name, out var policy)
            ? policy
            : throw new KeyNotFoundException(string.Format(
                CultureInfo.InvariantCulture,
                "No grading policy is named '{0}'. Known policies: {1}.",
                name,
                string.Join(", ", Names)));
    }
}
