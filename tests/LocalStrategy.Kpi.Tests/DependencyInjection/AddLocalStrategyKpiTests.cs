using System.Text.Json.Nodes;
using LocalStrategy.Kpi.DependencyInjection;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.DependencyInjection;

public sealed class AddLocalStrategyKpiTests
{
    /// <summary>What a municipal batch job looks like: it takes the grader by constructor.</summary>
    private sealed class YearEndJob
    {
        private readonly StrategyGrader grader;

        public YearEndJob(StrategyGrader grader) => this.grader = grader;

        public EvaluationReport Run(Kpi.Model.Strategy strategy) => grader.Grade(strategy, new FiscalYear(2020));
    }

    [Fact]
    public void A_job_takes_the_grader_by_constructor_and_grades_by_the_policy_the_strategy_names()
    {
        using var provider = new ServiceCollection()
            .AddLocalStrategyKpi()
            .AddTransient<YearEndJob>()
            .BuildServiceProvider();

        var report = provider.GetRequiredService<YearEndJob>().Run(SampleDocuments.Load(SampleDocuments.AzuminoFy2020));

        // The sample names azumino: seed 000's published tally, A 10 of 24 KPIs.
        Assert.Same(GradingPolicies.Azumino, report.Policy);
        Assert.Equal(10, report.Kpis.CountOf("A"));
        Assert.Equal(24, report.Kpis.Total);
    }

    [Fact]
    public void Policies_added_by_the_options_are_registered_beside_the_built_ins_and_the_default_is_the_grading_policy_service()
    {
        using var provider = new ServiceCollection()
            .AddLocalStrategyKpi(o =>
            {
                o.AddPolicyJson(Minimal);
                o.AddPolicyJson(With(d =>
                {
                    d["name"] = "dependent";
                    d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": "test-policy" } ]""");
                }));
                o.DefaultPolicy = "test-policy";
            })
            .BuildServiceProvider();

        var registry = provider.GetRequiredService<PolicyRegistry>();
        Assert.Equal(new[] { "azumino", "ina", "ina-straight-line", "ami", "test-policy", "dependent" }, registry.Names);
        Assert.Same(registry.Get("test-policy"), provider.GetRequiredService<IGradingPolicy>());
        Assert.Same(registry, provider.GetRequiredService<StrategyGrader>().Policies);
        Assert.Same(provider.GetRequiredService<StrategyGrader>(), provider.GetRequiredService<StrategyGrader>());
    }

    [Fact]
    public void A_strategy_that_names_no_policy_is_graded_by_the_default()
    {
        using var provider = new ServiceCollection().AddLocalStrategyKpi(o => o.DefaultPolicy = "ina").BuildServiceProvider();
        var strategy = SampleDocuments.Load(SampleDocuments.AzuminoFy2020) with { GradingPolicy = null };

        var report = provider.GetRequiredService<StrategyGrader>().Grade(strategy, new FiscalYear(2020));

        Assert.Same(GradingPolicies.Ina, report.Policy);
    }

    [Fact]
    public void Without_a_default_no_grading_policy_service_is_registered()
    {
        using var provider = new ServiceCollection().AddLocalStrategyKpi().BuildServiceProvider();

        Assert.Null(provider.GetService<IGradingPolicy>());
        var ex = Assert.Throws<KeyNotFoundException>(() => provider.GetRequiredService<StrategyGrader>().PolicyFor(SampleDocuments.Load(SampleDocuments.AzuminoFy2020) with { GradingPolicy = null }));
        Assert.Equal("Strategy 'azumino-2nd-strategy-fy2020' names no grading policy and the grader has no default. Known policies: azumino, ina, ina-straight-line, ami.", ex.Message);
    }

    [Fact]
    public void Bad_documents_stop_the_start_up_listing_every_problem_with_its_source()
    {
        var path = Path.Combine(Path.GetTempPath(), "bad-policy-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, With(d => d["name"] = "Bad Name"));
        try
        {
            var ex = Assert.Throws<DocumentException>(() => new ServiceCollection().AddLocalStrategyKpi(o =>
            {
                o.AddPolicyFile(path);
                o.AddPolicyJson(With(d => Bands(d)[0]!["grade"] = "S"));
            }));

            Assert.Equal(new[] { PolicyValidationCodes.InvalidName, PolicyValidationCodes.UnknownGrade }, ex.Errors.Select(e => e.Code).ToArray());
            Assert.StartsWith(path + ": ", ex.Errors[0].Message.English, StringComparison.Ordinal);
            Assert.StartsWith(path + ": ", ex.Errors[0].Message.Japanese, StringComparison.Ordinal);
            Assert.StartsWith("policy JSON: ", ex.Errors[1].Message.English, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unknown_default_or_a_name_taken_twice_stops_the_start_up()
    {
        Assert.Throws<KeyNotFoundException>(() => new ServiceCollection().AddLocalStrategyKpi(o => o.DefaultPolicy = "other-city"));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddLocalStrategyKpi(o => o.AddPolicy(GradingPolicies.Azumino)));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddLocalStrategyKpi());
    }

    [Fact]
    public void Policies_written_in_csharp_and_definitions_are_added_too()
    {
        var combined = GradingPolicies.FirstApplicable("combined", GradingPolicies.Azumino, GradingPolicies.Ami);
        using var provider = new ServiceCollection()
            .AddLocalStrategyKpi(o => o.AddPolicy(combined).AddPolicy(Valid(Minimal)).DefaultPolicy = "combined")
            .BuildServiceProvider();

        Assert.Same(combined, provider.GetRequiredService<IGradingPolicy>());
        Assert.True(provider.GetRequiredService<PolicyRegistry>().TryGet("test-policy", out _));
    }
}
