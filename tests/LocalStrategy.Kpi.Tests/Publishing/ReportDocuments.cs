using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Validation;

namespace LocalStrategy.Kpi.Tests.Publishing;

/// <summary>Reports of the three samples, and documents written to attack a report.</summary>
internal static class ReportDocuments
{
    internal const string ScriptName = "<script>alert(1)</script>";
    internal const string ImageName = "\"><img src=x onerror=alert(1)>";
    internal const string MarkdownName = "| [link](http://example.com) ![i](http://example.com/i.png) **b** `c` <b>&amp;";

    internal static EvaluationReport Sample(string name)
    {
        var strategy = SampleDocuments.Load(name);
        return new StrategyGrader().Grade(strategy, LatestYear(strategy));
    }

    /// <summary>The test document with its indicators renamed to hostile texts and a goal title that tries to close the page.</summary>
    internal static EvaluationReport Hostile()
    {
        var json = TestDocument.With(d =>
        {
            TestDocument.Goal(d)["title"] = "</h2></section><script>alert(2)</script>";
            TestDocument.FirstKpi(d)["name"] = ScriptName;
            TestDocument.Percent(d)["name"] = ImageName;
            TestDocument.Milestone(d)["name"] = MarkdownName;
            TestDocument.FirstKpi(d)["unit"] = JsonNode.Parse("""{ "label": "<style>body{display:none}</style>" }""");
        });
        var strategy = StrategyJson.Read(json).GetValueOrThrow();
        return new StrategyGrader().Grade(strategy, new FiscalYear(2020), "azumino");
    }

    internal static FiscalYear LatestYear(Strategy strategy)
        => strategy.AllIndicators().SelectMany(p => p.Indicator.Observations).Select(o => o.Year).DefaultIfEmpty(strategy.PlanPeriod.First).Max();
}
