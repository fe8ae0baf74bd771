using LocalStrategy.Kpi.Publishing;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Publishing;

/// <summary>
/// A test that needs a real Chromium. Without one on the PATH it is skipped on a developer's machine and
/// fails in CI (<c>CI=true</c>), where .ci/run installs Debian's chromium.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="BrowserFactAttribute"/> class.</summary>
    public BrowserFactAttribute()
    {
        if (BrowserSkip.Reason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs a real Chromium; see <see cref="BrowserFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes a new instance of the <see cref="BrowserTheoryAttribute"/> class.</summary>
    public BrowserTheoryAttribute()
    {
        if (BrowserSkip.Reason is { } reason)
        {
            Skip = reason;
        }
    }
}

internal static class BrowserSkip
{
    internal static string? Reason { get; } =
        HeadlessChromium.Find() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? "No Chromium on the PATH (Debian: apt-get install chromium); CI installs it and runs these tests."
            : null;
}
