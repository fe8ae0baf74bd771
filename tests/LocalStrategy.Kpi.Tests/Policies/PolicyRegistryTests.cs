using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Validation;
using LocalStrategy.Kpi.Tests.Grading;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Policies;

public sealed class PolicyRegistryTests
{
    [Fact]
    public void A_new_registry_holds_the_built_ins_by_name_case_insensitively()
    {
        var registry = new PolicyRegistry();

        Assert.Equal(new[] { "azumino", "ina", "ina-straight-line", "ami" }, registry.Names);
        Assert.Same(GradingPolicies.Azumino, registry.Get("AZUMINO"));
        Assert.True(registry.TryGet("Ina", out var ina));
        Assert.Same(GradingPolicies.Ina, ina);
        Assert.False(registry.TryGet(null, out _));
        Assert.Empty(PolicyRegistry.CreateEmpty().Names);
    }

    [Fact]
    public void Get_names_the_known_policies_when_a_name_is_unknown()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => new PolicyRegistry().Get("other-city"));

        Assert.Equal("No grading policy is named 'other-city'. Known policies: azumino, ina, ina-straight-line, ami.", ex.Message);
    }

    [Fact]
    public void A_policy_document_is_added_and_then_grades_by_its_name()
    {
        var registry = new PolicyRegistry();

        var read = registry.AddJson(Minimal);

        Assert.True(read.IsValid);
        var policy = registry.Get("test-policy");
        Assert.Equal("test-policy", policy.Name);
        Assert.True(registry.TryGetDefinition("TEST-POLICY", out var definition));
        Assert.Equal(read.Definition, definition);
        Assert.Equal(new[] { "azumino", "ina", "ina-straight-line", "ami", "test-policy" }, registry.Names);
    }

    [Fact]
    public void An_invalid_document_adds_nothing_and_reports_every_problem()
    {
        var registry = new PolicyRegistry();

        var read = registry.AddJson(With(d =>
        {
            Bands(d)[0]!["grade"] = "S";
            d["name"] = "Bad";
        }));

        Assert.False(read.IsValid);
        Assert.Equal(2, read.Errors.Count);
        Assert.Equal(4, registry.Names.Count);
    }

    [Fact]
    public void A_taken_name_is_not_replaced()
    {
        var registry = new PolicyRegistry();
        registry.AddJson(Minimal);
        var first = registry.Get("test-policy");

        var again = registry.AddJson(With(d => Bands(d)[1]!["value"] = 0.5));
        var builtInName = registry.AddJson(With(d => d["name"] = "azumino"));

        var error = Assert.Single(again.Errors);
        Assert.Equal(ValidationCodes.DuplicateId, error.Code);
        Assert.Equal("$.name", error.Path);
        Assert.Equal("A policy named 'test-policy' is already registered; choose another name (policies are never replaced).", error.Message.English);
        Assert.Same(first, registry.Get("test-policy"));
        Assert.False(builtInName.IsValid);
        Assert.Same(GradingPolicies.Azumino, registry.Get("azumino"));
        Assert.False(registry.TryAdd(GradingPolicies.Ami));
    }

    [Fact]
    public void An_override_may_name_a_policy_only_once_it_is_registered()
    {
        var registry = new PolicyRegistry();
        var dependent = With(d =>
        {
            d["name"] = "dependent";
            d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": "test-policy" } ]""");
        });

        var tooEarly = registry.AddJson(dependent);
        registry.AddJson(Minimal);
        var afterwards = registry.AddJson(dependent);

        var error = Assert.Single(tooEarly.Errors);
        Assert.Equal(PolicyValidationCodes.UnknownPolicy, error.Code);
        Assert.Equal("$.overrides[0].policy", error.Path);
        Assert.Equal("test-policy", error.AttemptedValue);
        Assert.Contains("「test-policy」という評価方法は登録されていません", error.Message.Japanese, StringComparison.Ordinal);
        Assert.True(afterwards.IsValid);
    }

    [Fact]
    public void An_override_whose_policy_gives_a_code_other_labels_is_a_conflict()
    {
        var registry = new PolicyRegistry();
        var json = With(d =>
        {
            Version(d)["grades"]![0]!["ja"] = "A 達成";
            d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": "azumino" } ]""");
        });

        var read = registry.AddJson(json);

        var error = Assert.Single(read.Errors);
        Assert.Equal(PolicyValidationCodes.GradeConflict, error.Code);
        Assert.Equal("$.overrides[0].policy", error.Path);
        Assert.StartsWith("The policy 'azumino' has a grade 'A' (A評価 / A) that this policy labels A 達成 / A;", error.Message.English, StringComparison.Ordinal);
        Assert.False(registry.TryGet("test-policy", out _));

        // The same labels are the same grade: Azumino's A, B and C are the minimal document's too.
        Assert.True(registry.AddJson(With(d => d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": "azumino" } ]"""))).IsValid);
    }

    [Fact]
    public void A_definition_built_in_code_is_validated_before_it_is_added()
    {
        var registry = new PolicyRegistry();
        var definition = Valid(Minimal);

        Assert.False(registry.TryAdd(definition with { Name = "x y" }, out var errors));
        Assert.Equal(PolicyValidationCodes.InvalidName, Assert.Single(errors).Code);
        Assert.True(registry.TryAdd(definition, out var none));
        Assert.Empty(none);
    }

    [Fact]
    public void A_policy_written_in_csharp_has_no_definition()
    {
        var registry = PolicyRegistry.CreateEmpty();
        var combined = GradingPolicies.FirstApplicable("combined", GradingPolicies.Ina, GradingPolicies.Ami);

        Assert.True(registry.TryAdd(combined));
        Assert.Same(combined, registry.Get("combined"));
        Assert.False(registry.TryGetDefinition("combined", out _));
    }

    [Fact]
    public void A_document_is_read_from_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "policy-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, Minimal, System.Text.Encoding.UTF8);
        try
        {
            var registry = new PolicyRegistry();

            Assert.True(registry.AddFile(path).IsValid);
            Assert.True(registry.TryGet("test-policy", out _));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Policies_added_from_several_threads_are_all_registered_once()
    {
        var registry = new PolicyRegistry();
        var results = new bool[64];

        Parallel.For(0, results.Length, i => results[i] = registry.AddJson(With(d => d["name"] = "p" + (i % 16))).IsValid);

        Assert.Equal(16, results.Count(r => r));
        Assert.Equal(4 + 16, registry.Names.Count);
        Assert.Equal(registry.Names.Count, registry.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
