using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Cli;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>A rate threshold written as a percentage (100 where 1 = 100 %) is valid but warned about (issue 11).</summary>
public sealed class PolicyWarningsTests
{
    [Fact]
    public void A_percentage_written_as_a_rate_threshold_is_valid_with_a_warning_naming_the_likely_intent()
    {
        var read = PolicyJson.Read(With(d => Bands(d)[0]!["value"] = 100));

        Assert.True(read.IsValid);
        var warning = Assert.Single(read.Warnings);
        Assert.Equal(
            new ValidationError(
                PolicyValidationCodes.ImplausibleRateThreshold,
                "$.versions[0].rules[1].bands[0].value",
                "100",
                new LocalizedText(
                    "率のしきい値 100 は 10,000% を意味します。率は割合で書きます（1 = 100%）。100% のつもりなら 1 と書いてください。",
                    "A rate threshold of 100 means 10,000 %: rates are fractions (1 = 100 %). If 100 % was meant, write 1.")),
            warning);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1.2)]
    [InlineData(2.5)]
    public void A_threshold_within_ten_is_plausible(double value)
    {
        var read = PolicyJson.Read(With(d => Bands(d)[0]!["value"] = (decimal)value));

        Assert.True(read.IsValid);
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public void No_built_in_policy_draws_a_warning()
    {
        foreach (var name in BuiltInPolicies.Names)
        {
            var read = PolicyJson.Read(BuiltInPolicies.ReadJson(name));
            Assert.True(read.IsValid, name);
            Assert.Empty(read.Warnings);
        }
    }

    [Fact]
    public void An_invalid_document_has_errors_and_no_warnings()
    {
        var read = PolicyJson.Read(With(d =>
        {
            Bands(d)[0]!["value"] = 100;
            d["name"] = "Bad Name";
        }));

        Assert.False(read.IsValid);
        Assert.Empty(read.Warnings);
    }

    [Fact]
    public void Kpi_policy_validate_prints_the_warning_and_exits_0()
    {
        var path = Path.Combine(Path.GetTempPath(), "kpi-warning-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, With(d => Bands(d)[0]!["value"] = 100));
        try
        {
            var (code, output, error) = Cli.CliRunner.Run("policy", "validate", path);

            Assert.Equal(KpiCommand.Success, code);
            Assert.Contains(": valid.", output, StringComparison.Ordinal);
            Assert.Contains("warning ImplausibleRateThreshold at $.versions[0].rules[1].bands[0].value (value: 100)", error, StringComparison.Ordinal);
            Assert.Contains("If 100 % was meant, write 1.", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
