using System.Text.RegularExpressions;

namespace LocalStrategy.Kpi.Grading;

/// <summary>The rule for a policy's name, shared by policy documents and the variants made in code.</summary>
internal static class PolicyNames
{
    private static readonly Regex Pattern = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);

    /// <summary>Whether a name is lower-case letters, digits and hyphens, starting with a letter or digit.</summary>
    internal static bool IsValid(string name) => Pattern.IsMatch(name);
}
