using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Samples;

public sealed class AzuminoSampleTests
{
    private static readonly Strategy Sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
    private static readonly EvaluationReport Report = EvaluationReport.Create(Sample, new FiscalYear(2020), GradingPolicies.Azumino);

    [Fact]
    public void Sample_has_the_5_numeric_goals_and_24_kpis_of_seed_000()
    {
        var all = Sample.AllIndicators().ToList();
        Assert.Equal(5, all.Count(p => p.Indicator.Kind == IndicatorKind.NumericGoal));
        Assert.Equal(24, all.Count(p => p.Indicator.Kind == IndicatorKind.Kpi));
    }

    [Fact]
    public void Overall_kpi_tally_is_the_published_one()
    {
        // Seed 000: A 10 (42 %), B 5 (21 %), D 6 (25 %), 測定不能 3 (12 %) of 24.
        var rows = Report.Kpis.Rows.ToDictionary(r => r.Grade.Code, r => (r.Count, r.Percent));
        Assert.Equal(24, Report.Kpis.Total);
        Assert.Equal((10, 42m), rows["A"]);
        Assert.Equal((5, 21m), rows["B"]);
        Assert.Equal((0, 0m), rows["C"]);
        Assert.Equal((6, 25m), rows["D"]);
        Assert.Equal((3, 12m), rows["Unmeasurable"]);
    }

    [Theory]
    [InlineData("g1", 3, 1, 0, 2, 0)]
    [InlineData("g2", 2, 2, 0, 1, 1)]
    [InlineData("g3", 1, 0, 0, 2, 2)]
    [InlineData("g4", 4, 2, 0, 1, 0)]
    public void Kpi_tally_per_basic_goal_is_the_published_one(string goal, int a, int b, int c, int d, int unmeasurable)
    {
        var tally = Report.Goals.Single(g => g.Goal.Id == goal).Kpis;
        Assert.Equal(
            new[] { a, b, c, d, unmeasurable },
            new[] { tally.CountOf("A"), tally.CountOf("B"), tally.CountOf("C"), tally.CountOf("D"), tally.CountOf("Unmeasurable") });
    }

    [Fact]
    public void Every_recomputable_grade_agrees_with_the_published_one()
    {
        Assert.DoesNotContain(Report.Evaluations, e => e.Agreement == Agreement.Disagrees);
        Assert.All(Report.Evaluations, e => Assert.NotEqual(Agreement.NoPublishedGrade, e.Agreement));
    }

    [Theory]
    [InlineData("g1-ng1", "A")]
    [InlineData("g1-ng2", "B")]
    [InlineData("g3-ng1", "B")]
    [InlineData("g4-ng1", "A")]
    [InlineData("k3-1-1", "D")]
    [InlineData("k3-1-2", "D")]
    [InlineData("k2-2-2", "Unmeasurable")]
    [InlineData("k3-1-3", "Unmeasurable")]
    [InlineData("k3-2-1", "Unmeasurable")]
    [InlineData("k4-2-1", "A")]
    [InlineData("k4-3-1", "A")]
    [InlineData("k4-4-1", "A")]
    [InlineData("k4-4-2", "A")]
    public void Recomputed_grade_matches_seed_000(string id, string published)
    {
        var evaluation = Report.Evaluations.Single(e => e.Indicator.Id == id);
        Assert.Equal(GradeSource.Computed, evaluation.CountedSource);
        Assert.Equal(published, evaluation.Result.Grade.Code);
        Assert.Equal(Agreement.Agrees, evaluation.Agreement);
    }

    [Fact]
    public void Kpis_without_a_target_in_the_source_keep_the_published_grade_and_say_why()
    {
        var kept = Report.Evaluations.Where(e => e.CountedSource == GradeSource.Published).ToList();
        Assert.Equal(16, kept.Count);
        Assert.All(kept, e =>
        {
            Assert.Equal(Agreement.NotRecomputable, e.Agreement);
            Assert.Equal(NotGradableReason.NoTarget, e.Result.Reason);
            Assert.Equal(e.PublishedCode, e.CountedGrade.Code);
        });
    }
}
