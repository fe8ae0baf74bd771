using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Serialization;

public sealed class PolicyJsonTests
{
    public static TheoryData<string> BuiltIns() => new() { "azumino", "ina", "ina-straight-line", "ami" };

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Each_built_in_is_a_document_that_reads_back_equal_after_writing(string name)
    {
        var definition = BuiltInPolicies.Definition(name);

        var written = PolicyJson.Write(definition);
        var again = PolicyJson.Read(written).GetValueOrThrow();

        Assert.Equal(definition, again);
        Assert.Equal(written, PolicyJson.Write(again));
        Assert.Empty(PolicyJson.Validate(definition));
        Assert.Equal(name, definition.Name);
    }

    [Fact]
    public void The_built_in_policies_run_their_documents()
    {
        Assert.Equal(BuiltInPolicies.Definition("azumino"), AzuminoPolicy.Default.Definition);
        Assert.Equal(BuiltInPolicies.Definition("ina"), InaPolicy.Default.Definition);
        Assert.Equal(BuiltInPolicies.Definition("ina-straight-line"), InaPolicy.StraightLine.Definition);
        Assert.Equal(BuiltInPolicies.Definition("ami"), AmiPolicy.Default.Definition);
        Assert.Throws<KeyNotFoundException>(() => BuiltInPolicies.Definition("other-city"));
    }

    [Fact]
    public void Options_edit_the_document_they_run()
    {
        var strict = AzuminoPolicy.Create("azumino-variant", new AzuminoOptions { ExactlySixtyPercentIsC = false }).Definition;
        var tolerant = AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = 0.1m }).Definition;

        var c = strict.Versions[0].Rules.Single(r => r.Rule.Id == "azumino.1").Bands.Single(b => b.Grade == "C");
        Assert.Equal(BandComparison.Above, c.Condition.Comparison);
        Assert.Equal(0.60m, c.Condition.Value);
        Assert.All(
            tolerant.Versions[0].Rules.Where(r => r.Measure == RuleMeasure.ChangeFromBaseline),
            r => Assert.Equal(0.1m, r.Bands[0].Condition.Tolerance));
        Assert.Empty(PolicyJson.Validate(strict));
        Assert.Empty(PolicyJson.Validate(tolerant));
    }

    [Fact]
    public void Decimals_and_Japanese_are_written_exactly_as_given()
    {
        var json = PolicyJson.Write(Valid(With(d => Bands(d)[1]!["value"] = JsonNode.Parse("0.80"))));

        Assert.Contains("\"value\": 0.80", json, StringComparison.Ordinal);
        Assert.Contains("テスト用の評価方法", json, StringComparison.Ordinal);
        Assert.Contains("\"op\": \">=\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_gives_line_and_character_position()
    {
        var error = Assert.Single(Errors("{\n  \"formatVersion\": 1,\n  \"name\": \"安曇野\" \"x\"\n}"));

        Assert.Equal(ValidationCodes.JsonSyntax, error.Code);
        Assert.StartsWith("Line 3, position 17:", error.Message.English, StringComparison.Ordinal);
        Assert.StartsWith("3行目 17文字目:", error.Message.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_names_the_policy_docs()
    {
        var error = Assert.Single(Errors(With(d => RateRule(d)["treshold"] = 1)));

        Assert.Equal(ValidationCodes.UnknownField, error.Code);
        Assert.Contains("docs/policies.md lists the fields", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_document_is_reported_by_its_version_before_its_new_fields()
    {
        var error = Assert.Single(Errors(With(d =>
        {
            d["formatVersion"] = 2;
            d["somethingNew"] = true;
        })));

        Assert.Equal(ValidationCodes.FormatVersionUnsupported, error.Code);
        Assert.Equal("formatVersion 2 is not supported; this library reads formatVersion 1.", error.Message.English);
    }

    [Fact]
    public void Json_null_is_not_a_document()
    {
        Assert.Equal(ValidationCodes.JsonSyntax, Assert.Single(Errors("null")).Code);
        Assert.Throws<ArgumentNullException>(() => PolicyJson.Read(null!));
    }
}
