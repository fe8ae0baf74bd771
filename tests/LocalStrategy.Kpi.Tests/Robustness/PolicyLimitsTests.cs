using System.Diagnostics;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>Policy documents that would make the band check explode are refused at once; names stay short.</summary>
public sealed class PolicyLimitsTests
{
    // A change rule with n baseline-relative within bands of distinct widths, then an otherwise band.
    private static string RelativeBands(int n)
        => With(d => Version(d)["rules"] = JsonNode.Parse("[ { \"id\": \"c\", \"en\": \"c\", \"ja\": \"c\", \"basis\": [ \"trend\" ], \"measure\": \"changeFromBaseline\", \"bands\": [ "
            + string.Join(", ", Enumerable.Range(1, n).Select(i => "{ \"grade\": \"" + (i % 2 == 0 ? "A" : "B") + "\", \"op\": \"within\", \"reference\": " + i + ", \"tolerance\": " + (i / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture) + ", \"toleranceOf\": \"baseline\", \"inclusive\": true }"))
            + ", { \"grade\": \"C\", \"op\": \"otherwise\" } ] } ]"));

    [Theory]
    [InlineData(40)]
    [InlineData(80)]
    public void Many_relative_tolerance_bands_are_refused_at_once(int n)
    {
        var clock = Stopwatch.StartNew();
        var read = PolicyJson.Read(RelativeBands(n));

        Assert.Equal(PolicyValidationCodes.TooManyBands, Assert.Single(read.Errors).Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took " + clock.Elapsed);
    }

    [Fact]
    public void Twelve_relative_tolerance_bands_are_checked_in_well_under_a_few_seconds()
    {
        var clock = Stopwatch.StartNew();
        var read = PolicyJson.Read(RelativeBands(12));

        Assert.DoesNotContain(read.Errors, e => e.Code == PolicyValidationCodes.TooManyBands);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took " + clock.Elapsed);
    }

    [Fact]
    public void More_than_sixty_four_bands_are_refused()
    {
        var bands = string.Join(", ", Enumerable.Range(0, 70).Select(i => "{ \"grade\": \"A\", \"op\": \">=\", \"value\": " + (100 - i) + " }"));
        var read = PolicyJson.Read(With(d => RateRule(d)["bands"] = JsonNode.Parse("[ " + bands + ", { \"grade\": \"C\", \"op\": \"otherwise\" } ]")));

        Assert.Equal(PolicyValidationCodes.TooManyBands, Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void A_policy_name_of_ten_thousand_characters_is_refused_with_a_short_message()
    {
        var read = PolicyJson.Read(With(d => d["name"] = new string('a', 10_000)));

        var error = Assert.Single(read.Errors);
        Assert.Equal(PolicyValidationCodes.InvalidName, error.Code);
        Assert.True(error.Message.English.Length < 400, error.Message.English);
        Assert.Contains("(10,000 characters)", error.Message.English, StringComparison.Ordinal);
    }
}
