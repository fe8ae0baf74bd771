using System.Text.Json;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

public sealed class EvaluationReportJsonTests
{
    private static readonly string[] IndicatorFields = { "id", "name", "grade", "label", "rule", "rate", "publishedGrade", "agreement" };

    [Fact]
    public void The_report_of_the_azumino_sample_parses_and_lists_all_29_indicators_with_their_fields()
    {
        using var doc = Parse(EvaluationReport.Create(SampleDocuments.Load(SampleDocuments.AzuminoFy2020), new FiscalYear(2020), GradingPolicies.Azumino));
        var root = doc.RootElement;

        Assert.Equal(1, root.GetProperty("reportFormatVersion").GetInt32());
        Assert.Equal("azumino", root.GetProperty("policy").GetString());
        Assert.Equal("FY2020", root.GetProperty("year").GetString());
        Assert.Equal("安曇野市", root.GetProperty("strategy").GetProperty("municipality").GetString());
        var indicators = root.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(29, indicators.Count);
        Assert.All(indicators, i => Assert.All(IndicatorFields, f => Assert.True(i.TryGetProperty(f, out _), "missing " + f)));
    }

    [Fact]
    public void Natural_change_is_written_with_its_exact_rate_473_over_508()
    {
        using var doc = Parse(EvaluationReport.Create(SampleDocuments.Load(SampleDocuments.AzuminoFy2020), new FiscalYear(2020), GradingPolicies.Azumino));

        var natural = Indicator(doc, "g3-ng1");

        Assert.Equal("B", natural.GetProperty("grade").GetString());
        Assert.Equal("B評価", natural.GetProperty("label").GetString());
        Assert.Equal("azumino.1", natural.GetProperty("rule").GetString());
        Assert.Equal(473m / 508m, natural.GetProperty("rate").GetDecimal());
        Assert.Equal(-508m, natural.GetProperty("actual").GetDecimal());
        Assert.Equal(-473m, natural.GetProperty("target").GetDecimal());
        Assert.Equal("B", natural.GetProperty("publishedGrade").GetString());
        Assert.Equal("agrees", natural.GetProperty("agreement").GetString());
    }

    [Fact]
    public void A_disagreement_is_written_with_both_grades()
    {
        using var doc = Parse(FixtureReport());

        var d = Indicator(doc, "k-d");

        Assert.Equal("D", d.GetProperty("grade").GetString());
        Assert.Equal("D評価", d.GetProperty("label").GetString());
        Assert.Equal(0.5m, d.GetProperty("rate").GetDecimal());
        Assert.Equal("B", d.GetProperty("publishedGrade").GetString());
        Assert.Equal("disagrees", d.GetProperty("agreement").GetString());
        Assert.Equal("D", d.GetProperty("countedGrade").GetString());
        Assert.Equal("computed", d.GetProperty("countedSource").GetString());
        Assert.True(d.GetProperty("graded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("reason").ValueKind);
    }

    [Fact]
    public void A_kept_published_grade_is_written_with_a_null_rate_and_the_reason()
    {
        using var doc = Parse(FixtureReport());

        var kept = Indicator(doc, "k-kept");

        Assert.Equal("NotGradable", kept.GetProperty("grade").GetString());
        Assert.Equal(JsonValueKind.Null, kept.GetProperty("rate").ValueKind);
        Assert.Equal("undefined", kept.GetProperty("rateKind").GetString());
        Assert.Equal("noTarget", kept.GetProperty("reason").GetString());
        Assert.Equal("no target for FY2020 in the document", kept.GetProperty("reasonText").GetString());
        Assert.Equal("A", kept.GetProperty("publishedGrade").GetString());
        Assert.Equal("notRecomputable", kept.GetProperty("agreement").GetString());
        Assert.Equal("A", kept.GetProperty("countedGrade").GetString());
        Assert.Equal("published", kept.GetProperty("countedSource").GetString());
        Assert.Equal(JsonValueKind.Null, Indicator(doc, "k-none").GetProperty("publishedGrade").ValueKind);
        Assert.Equal("noPublishedGrade", Indicator(doc, "k-none").GetProperty("agreement").GetString());
    }

    [Fact]
    public void Tallies_have_counts_and_percentages_for_kpis_goal_indicators_goals_and_measures()
    {
        using var doc = Parse(FixtureReport());
        var tallies = doc.RootElement.GetProperty("tallies");

        var kpis = tallies.GetProperty("kpis");
        Assert.Equal(5, kpis.GetProperty("total").GetInt32());
        Assert.Equal(
            new[] { ("A", 1, 20m), ("B", 0, 0m), ("C", 1, 20m), ("D", 1, 20m), ("Unmeasurable", 1, 20m), ("NotGradable", 1, 20m) },
            Rows(kpis));
        Assert.Equal(new[] { ("A", 1, 50m), ("B", 1, 50m) }, Rows(tallies.GetProperty("goalIndicators")).Where(r => r.Item2 > 0).ToArray());

        var goals = tallies.GetProperty("goals").EnumerateArray().ToList();
        Assert.Equal(new[] { "g1", "g2" }, goals.Select(g => g.GetProperty("id").GetString()).ToArray());
        Assert.Equal(4, goals[0].GetProperty("kpis").GetProperty("total").GetInt32());
        Assert.Equal(1, goals[0].GetProperty("goalIndicators").GetProperty("total").GetInt32());

        var measures = tallies.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(new[] { "m1-1", "m2-1" }, measures.Select(m => m.GetProperty("id").GetString()).ToArray());
        Assert.Equal("g2", measures[1].GetProperty("goal").GetString());
        Assert.Equal(1, measures[1].GetProperty("kpis").GetProperty("total").GetInt32());
        Assert.Equal("測定不能", Rows(kpis, "label")[4]);
    }

    [Fact]
    public void Japanese_text_is_written_unescaped()
    {
        var json = EvaluationReportJson.Write(FixtureReport());

        Assert.Contains("\"テスト市\"", json, StringComparison.Ordinal);
        Assert.Contains("測定不能", json, StringComparison.Ordinal);
    }

    private static EvaluationReport FixtureReport() => EvaluationReport.Create(ReportFixture.Strategy, ReportFixture.Fy2020, GradingPolicies.Azumino);

    private static JsonDocument Parse(EvaluationReport report) => JsonDocument.Parse(EvaluationReportJson.Write(report));

    private static JsonElement Indicator(JsonDocument doc, string id)
        => doc.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);

    private static (string, int, decimal)[] Rows(JsonElement tally)
        => tally.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("grade").GetString()!, r.GetProperty("count").GetInt32(), r.GetProperty("percent").GetDecimal()))
            .ToArray();

    private static string[] Rows(JsonElement tally, string field)
        => tally.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty(field).GetString()!).ToArray();

    [Fact]
    public void Written_to_a_stream_the_report_is_the_same_utf8_json()
    {
        var report = new StrategyGrader().Grade(global::LocalStrategy.Kpi.Samples.SampleDocuments.Load(global::LocalStrategy.Kpi.Samples.SampleDocuments.AzuminoFy2020), new global::LocalStrategy.Kpi.Periods.FiscalYear(2020));
        using var stream = new MemoryStream();

        EvaluationReportJson.Write(report, stream);

        Assert.Equal(EvaluationReportJson.Write(report), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
