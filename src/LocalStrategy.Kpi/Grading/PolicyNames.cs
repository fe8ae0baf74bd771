using System.Text.RegularExpressions;

namespace LocalStrategy.Kpi.Grading;

/// <summary>The rule for a policy's name, shared by policy documents and the variants made in code.</summary>
internal static class PolicyNames
{
    private static readonly Regex Pattern = new("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);

    /// <summary>The longest name: 64 characters, enough for a city and a year, short enough for a file name and a table.</summary>
    internal const int MaxLength = 64;

    /// <summary>Whether a name is 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit.</summary>
    internal static bool IsValid(string name) => name.Length <= MaxLength && Pattern.IsMatch(name);
}
