using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Grading;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Policies;

public sealed class GradingPoliciesTests
{
    [Fact]
    public void The_built_ins_are_the_values_a_new_registry_holds_under_their_names()
    {
        var registry = new PolicyRegistry();

        Assert.Same(GradingPolicies.Azumino, registry.Get("azumino"));
        Assert.Same(GradingPolicies.Ina, registry.Get("ina"));
        Assert.Same(GradingPolicies.InaStraightLine, registry.Get("ina-straight-line"));
        Assert.Same(GradingPolicies.Ami, registry.Get("ami"));
        Assert.Equal(new[] { "azumino", "ina", "ina-straight-line", "ami" }, registry.Names);
    }

    [Fact]
    public void A_variant_has_its_own_name_so_a_registry_holds_it_beside_the_built_in()
    {
        var strict = GradingPolicies.CreateAzumino("azumino-strict", new AzuminoOptions { ExactlySixtyPercentIsC = false });
        var registry = new PolicyRegistry();

        Assert.Equal("azumino-strict", strict.Name);
        Assert.True(registry.TryAdd(strict));
        Assert.Same(strict, registry.Get("azumino-strict"));
        Assert.Same(GradingPolicies.Azumino, registry.Get("azumino"));
        Assert.True(registry.TryGetDefinition("azumino-strict", out var definition));
        Assert.Equal("azumino-strict", definition.Name);
    }

    [Fact]
    public void A_variant_grades_by_its_options_and_the_built_in_is_unchanged()
    {
        // Exactly 60 %: C by the default reading, D when C is "above 60 %".
        var kpi = Indicators.WithTarget(Direction.HigherIsBetter, 100m, 60m);
        var context = new GradingContext(Indicators.Fy2020, Indicators.Plan);
        var strict = GradingPolicies.CreateAzumino("azumino-strict", new AzuminoOptions { ExactlySixtyPercentIsC = false });

        Assert.Equal("C", GradingPolicies.Azumino.Evaluate(kpi, context).Grade.Code);
        Assert.Equal("D", strict.Evaluate(kpi, context).Grade.Code);
    }

    [Fact]
    public void An_ami_variant_with_a_tolerance_has_its_own_name()
    {
        var within = GradingPolicies.CreateAmi("ami-within-10", new AmiOptions { UnchangedTolerance = 0.1m });

        Assert.Equal("ami-within-10", within.Name);
        Assert.Equal(GradingPolicies.Ami.Scale, within.Scale);
        Assert.Throws<ArgumentOutOfRangeException>(() => GradingPolicies.CreateAmi("ami-negative", new AmiOptions { UnchangedTolerance = -0.1m }));
    }

    [Theory]
    [InlineData("azumino")]
    [InlineData("ami")]
    [InlineData("ina-straight-line")]
    public void A_variant_may_not_take_a_built_in_name(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => GradingPolicies.CreateAzumino(name, AzuminoOptions.Default));

        Assert.Equal("name", ex.ParamName);
        Assert.StartsWith("'" + name + "' is the name of a built-in policy; a variant needs a name of its own", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("My City")]
    [InlineData("-lead")]
    public void A_variant_name_follows_the_rule_of_policy_documents(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => GradingPolicies.CreateAmi(name, AmiOptions.Default));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("is not a policy name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_for_the_librarys_tests_rejects_a_definition_with_problems_and_lists_every_one()
    {
        var definition = BuiltInPolicies.Definition("azumino") with { Name = "Bad Name" };

        var ex = Assert.Throws<DocumentException>(() => GradingPolicies.Create(definition));

        Assert.Contains(ex.Errors, e => e.Path == "$.name");
        Assert.StartsWith("The policy document is not valid:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_embedded_policy_document_is_a_built_in_value_and_every_built_in_is_a_document()
    {
        Assert.Equal(
            BuiltInPolicies.Names.OrderBy(n => n, StringComparer.Ordinal),
            GradingPolicies.BuiltIn.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
    }
}
