using System.Globalization;
using LocalStrategy.Kpi.Cli;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>Policy documents, their errors and the policy commands do not depend on the current culture.</summary>
public sealed class PolicyCultureTests
{
    public static TheoryData<string> Cultures() => new() { "ja-JP", "en-US", "de-DE", "tr-TR" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Documents_errors_and_the_policy_commands_read_the_same_in_every_culture(string culture)
    {
        var expected = CultureScope.In(CultureInfo.InvariantCulture, Describe);

        var actual = CultureScope.In(CultureInfo.GetCultureInfo(culture), Describe);

        Assert.Equal(expected, actual);
        Assert.Contains("\"value\": 0.80", actual, StringComparison.Ordinal);
        Assert.Contains("-0.4 (-40.0%)", actual, StringComparison.Ordinal);
    }

    // Everything a user of policies sees as text: a written built-in, a bad document's errors (with a
    // decimal and a percentage), the listing of the policies, and a grade's rate.
    private static string Describe()
    {
        var written = PolicyJson.Write(BuiltInPolicies.Definition("azumino"));
        var errors = PolicyJson.Read(PolicyDocuments.With(d => PolicyDocuments.Bands(d)[2]!.ReplaceWith(System.Text.Json.Nodes.JsonNode.Parse("{ \"grade\": \"C\", \"op\": \">=\", \"value\": 0.6 }")))).Errors;
        using var listing = new StringWriter();
        KpiCommand.Run(new[] { "policy", "list" }, listing, TextWriter.Null);
        return written + string.Join("\n", errors) + listing;
    }
}
