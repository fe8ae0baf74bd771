using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

public sealed class StrategyGraderTests
{
    [Fact]
    public void A_new_grader_grades_by_the_built_in_policy_the_strategy_names()
    {
        var report = new StrategyGrader().Grade(ReportFixture.Strategy, ReportFixture.Fy2020);

        Assert.Same(GradingPolicies.Azumino, report.Policy);
        Assert.Equal("D", report.Evaluations.Single(e => e.Indicator.Id == "k-d").Result.Grade.Code);
    }

    [Fact]
    public void A_policy_named_in_the_call_is_looked_up_in_the_registry()
    {
        var registry = new PolicyRegistry();
        var strict = GradingPolicies.CreateAzumino("azumino-strict", new AzuminoOptions { ExactlySixtyPercentIsC = false });
        registry.TryAdd(strict);

        var report = new StrategyGrader(registry).Grade(ReportFixture.Strategy, ReportFixture.Fy2020, "azumino-strict");

        Assert.Same(strict, report.Policy);
    }

    [Fact]
    public void A_strategy_without_a_policy_and_a_grader_without_a_default_is_an_error_naming_the_known_policies()
    {
        var strategy = ReportFixture.Strategy with { GradingPolicy = null };

        var ex = Assert.Throws<KeyNotFoundException>(() => new StrategyGrader().Grade(strategy, ReportFixture.Fy2020));

        Assert.Equal("Strategy 'test-strategy' names no grading policy and the grader has no default. Known policies: azumino, ina, ina-straight-line, ami.", ex.Message);
    }
}
