using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Population;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

public sealed class EvaluationReportTests
{
    private static readonly Strategy Sample = ReportFixture.Strategy;
    private static readonly FiscalYear Fy2020 = ReportFixture.Fy2020;
    private static readonly EvaluationReport Report = EvaluationReport.Create(Sample, Fy2020, GradingPolicies.Azumino);

    [Fact]
    public void Every_indicator_is_evaluated_in_document_order()
    {
        Assert.Equal(
            new[] { "g1-ng1", "k-d", "k-kept", "k-none", "k-zero", "g2-kgi", "k-wait" },
            Report.Evaluations.Select(e => e.Indicator.Id).ToArray());
        Assert.Equal(Fy2020, Report.Year);
        Assert.Same(GradingPolicies.Azumino, Report.Policy);
    }

    [Fact]
    public void Goal_indicators_and_kpis_are_tallied_apart()
    {
        // KPIs: D (k-d), A (k-kept, published), 評価不能 (k-none), 測定不能 (k-zero), C (k-wait): 20 % each.
        Assert.Equal(5, Report.Kpis.Total);
        Assert.Equal(
            new[] { ("A", 1, 20m), ("B", 0, 0m), ("C", 1, 20m), ("D", 1, 20m), ("Unmeasurable", 1, 20m), ("NotGradable", 1, 20m) },
            Report.Kpis.Rows.Select(r => (r.Grade.Code, r.Count, r.Percent)).ToArray());

        // Goal indicators: the numeric goal (A) and the KGI (B).
        Assert.Equal(2, Report.GoalIndicators.Total);
        Assert.Equal((1, 1), (Report.GoalIndicators.CountOf("A"), Report.GoalIndicators.CountOf("B")));
    }

    [Fact]
    public void Each_basic_goal_tallies_its_goal_indicators_and_its_kpis_apart()
    {
        var g1 = Report.Goals.Single(g => g.Goal.Id == "g1");
        var g2 = Report.Goals.Single(g => g.Goal.Id == "g2");

        Assert.Equal((1, 1), (g1.GoalIndicators.Total, g1.GoalIndicators.CountOf("A")));
        Assert.Equal(4, g1.Kpis.Total);
        Assert.Equal((1, 1, 1, 1), (g1.Kpis.CountOf("A"), g1.Kpis.CountOf("D"), g1.Kpis.CountOf("Unmeasurable"), g1.Kpis.CountOf("NotGradable")));
        Assert.Equal((1, 1), (g2.GoalIndicators.Total, g2.GoalIndicators.CountOf("B")));
        Assert.Equal((1, 1), (g2.Kpis.Total, g2.Kpis.CountOf("C")));
    }

    [Fact]
    public void A_measures_tally_includes_the_kpis_of_its_sub_measures()
    {
        Assert.Equal(new[] { "m1-1", "m2-1" }, Report.Measures.Select(m => m.Measure.Id).ToArray());
        var m21 = Report.Measures.Single(m => m.Measure.Id == "m2-1");
        Assert.Equal("g2", m21.Goal.Id);
        Assert.Equal((1, 1), (m21.Kpis.Total, m21.Kpis.CountOf("C")));
        Assert.Equal(4, Report.Measures.Single(m => m.Measure.Id == "m1-1").Kpis.Total);
    }

    [Fact]
    public void A_published_grade_that_differs_from_the_computed_one_is_reported_with_both()
    {
        // k-d: 50 against 100 is 50 % → D; the municipality published B.
        var e = Evaluation("k-d");

        Assert.Equal(Agreement.Disagrees, e.Agreement);
        Assert.Equal(AzuminoPolicy.D, e.Result.Grade);
        Assert.Equal("B", e.PublishedCode);
        Assert.Equal(AzuminoPolicy.B, e.Published);
        Assert.Equal(AzuminoPolicy.D, e.CountedGrade);
        Assert.Equal(GradeSource.Computed, e.CountedSource);
    }

    [Fact]
    public void Unmeasurable_is_a_computed_grade_so_a_different_published_grade_disagrees()
    {
        var e = Evaluation("k-zero");

        Assert.Equal(Agreement.Disagrees, e.Agreement);
        Assert.Equal(AzuminoPolicy.Unmeasurable, e.CountedGrade);
        Assert.Equal(GradeSource.Computed, e.CountedSource);
    }

    [Fact]
    public void The_published_grade_is_counted_only_when_the_data_cannot_recompute_one()
    {
        var kept = Evaluation("k-kept");
        Assert.Equal(Agreement.NotRecomputable, kept.Agreement);
        Assert.Equal(NotGradableReason.NoTarget, kept.Result.Reason);
        Assert.Equal(AzuminoPolicy.A, kept.CountedGrade);
        Assert.Equal(GradeSource.Published, kept.CountedSource);

        var none = Evaluation("k-none");
        Assert.Equal(Agreement.NoPublishedGrade, none.Agreement);
        Assert.Equal(Grade.NotGradable, none.CountedGrade);
        Assert.Equal(GradeSource.Computed, none.CountedSource);

        Assert.All(
            Report.Evaluations.Where(e => e.Indicator.Id != "k-kept"),
            e => Assert.Equal(GradeSource.Computed, e.CountedSource));
    }

    [Fact]
    public void Agreeing_grades_are_marked_as_such()
    {
        Assert.Equal(Agreement.Agrees, Evaluation("g1-ng1").Agreement);
        Assert.Equal(Agreement.Agrees, Evaluation("g2-kgi").Agreement);
        Assert.Equal(Agreement.NoPublishedGrade, Evaluation("k-wait").Agreement);
        Assert.Equal(AzuminoPolicy.C, Evaluation("k-wait").CountedGrade);
    }

    [Fact]
    public void Placements_name_the_goal_and_the_measure()
    {
        Assert.Null(Evaluation("g1-ng1").Placement.Measure);
        Assert.Equal("m1-1", Evaluation("k-d").Placement.Measure!.Id);
        Assert.Equal("m2-1-1", Evaluation("k-wait").Placement.Measure!.Id);
        Assert.Equal("g2", Evaluation("k-wait").Placement.Goal.Id);
    }

    [Fact]
    public void One_decimal_percentages_are_available_and_other_precisions_rejected()
    {
        var report = EvaluationReport.Create(Sample, Fy2020, GradingPolicies.Azumino, percentDecimals: 1);

        Assert.Equal(1, report.PercentDecimals);
        Assert.Equal(new[] { 50.0m, 50.0m }, report.GoalIndicators.Rows.Where(r => r.Count > 0).Select(r => r.Percent).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationReport.Create(Sample, Fy2020, GradingPolicies.Azumino, percentDecimals: 2));
    }

    [Fact]
    public void A_published_grade_outside_the_scale_is_kept_as_a_code_but_not_counted()
    {
        var strategy = Sample with
        {
            Goals = ValueList<BasicGoal>.Of(Sample.Goals[0] with
            {
                Indicators = ValueList<Indicator>.Of(Sample.Goals[0].Indicators[0] with
                {
                    Targets = ValueList<Target>.Empty,
                    Observations = ValueList<Observation>.Of(new Observation(Fy2020) { Value = 1m, PublishedGrade = "S" }),
                }),
            }),
        };

        var e = EvaluationReport.Create(strategy, Fy2020, GradingPolicies.Azumino).Evaluations[0];

        Assert.Equal("S", e.PublishedCode);
        Assert.Null(e.Published);
        Assert.Equal(Agreement.NotRecomputable, e.Agreement);
        Assert.Equal(Grade.NotGradable, e.CountedGrade);
    }

    private static IndicatorEvaluation Evaluation(string id) => Report.Evaluations.Single(e => e.Indicator.Id == id);

    [Fact]
    public void Each_evaluation_carries_the_forecast_from_the_actuals_up_to_the_year_graded()
    {
        var strategy = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        var report = new StrategyGrader().Grade(strategy, new FiscalYear(2020));

        foreach (var e in report.Evaluations)
        {
            Assert.Equal(Forecasts.Project(e.Indicator, new FiscalYear(2020)), e.Forecast);
        }

        Assert.Contains(report.Evaluations, e => e.Forecast is not null);
    }
}
