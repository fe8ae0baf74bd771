using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Json.Schema;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>
/// The published JSON Schemas (docs/strategy.schema.json, docs/policy.schema.json) accept every
/// document the project ships and everything the writers write, and reject what the reader rejects
/// for structure. Checked with a JSON Schema 2020-12 validator (JsonSchema.Net), not by reading.
/// </summary>
public sealed class SchemaConformanceTests
{
    private static readonly JsonSchema StrategySchema = Load("strategy.schema.json");
    private static readonly JsonSchema PolicySchema = Load("policy.schema.json");

    private static JsonSchema Load(string file) => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", file)));

    private static string Problems(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? string.Empty
            : string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(8)
                .Select(d => d.InstanceLocation + ": " + string.Join("; ", d.Errors!.Values)));
    }

    public static TheoryData<string> PolicyFiles()
    {
        var files = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "LocalStrategy.Kpi", "Policies"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "cookbook"), "*.json")).OrderBy(f => f, StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(RepositoryPaths.Root, f));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(PolicyFiles))]
    public void The_policy_schema_accepts_every_shipped_policy_document_and_its_written_form(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));

        Assert.Equal(string.Empty, Problems(PolicySchema, json));
        Assert.Equal(string.Empty, Problems(PolicySchema, PolicyJson.Write(PolicyJson.Read(json).GetValueOrThrow())));
    }

    [Theory]
    [InlineData(SampleDocuments.AzuminoFy2020)]
    [InlineData(SampleDocuments.Ina3rdStrategy)]
    [InlineData(SampleDocuments.Ami3rdStrategy)]
    public void The_strategy_schema_accepts_every_sample_and_its_written_form(string name)
    {
        var json = SampleDocuments.ReadJson(name);

        Assert.Equal(string.Empty, Problems(StrategySchema, json));
        Assert.Equal(string.Empty, Problems(StrategySchema, StrategyJson.Write(SampleDocuments.Load(name))));
    }

    [Fact]
    public void The_strategy_schema_accepts_whatever_the_writer_writes()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), strategy =>
            Assert.Equal(string.Empty, Problems(StrategySchema, StrategyJson.Write(strategy)))));

    [Fact]
    public void A_target_that_holds_each_year_is_in_the_strategy_schema()
    {
        var valid = Validation.TestDocument.With(d => Validation.TestDocument.FirstKpi(d)["targets"] = JsonNode.Parse("""[ { "year": "FY2020", "value": 5, "eachYear": true } ]"""));
        var wrongType = valid.Replace("\"eachYear\": true", "\"eachYear\": \"yes\"", StringComparison.Ordinal);

        Assert.Equal(string.Empty, Problems(StrategySchema, valid));
        Assert.NotEqual(string.Empty, Problems(StrategySchema, wrongType));
        Assert.False(StrategyJson.Read(wrongType).IsValid);
    }

    [Theory]
    [InlineData("\"achievementRate\"", "\"toleranceOf\": \"target\"")] // a tolerance in the target on a rate
    [InlineData("\"changeFromBaseline\"", "\"toleranceOf\": \"target\"")]
    [InlineData("\"changeFromTarget\"", "\"toleranceOf\": \"baseline\"")]
    [InlineData("\"changeFromTarget\"", "\"toleranceOf\": \"percent\"")]
    public void The_policy_schema_rejects_a_tolerance_basis_that_does_not_fit_the_measure_as_the_reader_does(string measure, string toleranceOf)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "cookbook", "same-as-target.json"))
            .Replace("\"changeFromTarget\"", measure, StringComparison.Ordinal)
            .Replace("\"toleranceOf\": \"target\"", toleranceOf, StringComparison.Ordinal);

        Assert.NotEqual(string.Empty, Problems(PolicySchema, json));
        Assert.False(PolicyJson.Read(json).IsValid);
    }

    [Fact]
    public void The_built_in_policies_as_written_by_the_registry_are_accepted()
    {
        foreach (var name in new[] { "azumino", "ina", "ina-straight-line", "ami" })
        {
            Assert.True(new PolicyRegistry().TryGetDefinition(name, out var definition));
            Assert.Equal(string.Empty, Problems(PolicySchema, PolicyJson.Write(definition!)));
        }
    }
}
