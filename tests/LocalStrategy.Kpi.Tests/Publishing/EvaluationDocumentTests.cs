using System.Globalization;
using System.Text.RegularExpressions;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Publishing;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Tests.Cli;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Publishing;

/// <summary>The report as text: its structure, encoding, languages and cultures. The browser tests (<see cref="BrowserReportTests"/>) check it as a reader sees it.</summary>
public sealed class EvaluationDocumentTests
{
    public static TheoryData<string> Samples() => new() { SampleDocuments.AzuminoFy2020, SampleDocuments.Ina3rdStrategy, SampleDocuments.Ami3rdStrategy };

    public static TheoryData<string, string> SamplesInCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in SampleDocuments.Names)
        {
            foreach (var culture in new[] { "ja-JP", "en-US", "de-DE", "tr-TR" })
            {
                data.Add(sample, culture);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_indicator_has_one_row_with_its_grade(string sample)
    {
        var report = ReportDocuments.Sample(sample);
        var html = EvaluationDocument.ToHtml(report);

        var rows = Regex.Matches(html, "<tr data-indicator=\"([^\"]*)\" data-grade=\"([^\"]*)\"").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(report.Evaluations.Select(e => (e.Indicator.Id, e.Result.Grade.Code)), rows);
    }

    [Theory]
    [MemberData(nameof(SamplesInCultures))]
    public void A_report_reads_the_same_in_every_culture(string sample, string culture)
    {
        var expected = CultureScope.In(CultureInfo.InvariantCulture, () => EvaluationDocument.ToHtml(ReportDocuments.Sample(sample)) + EvaluationDocument.ToMarkdown(ReportDocuments.Sample(sample), new ReportOptions { Language = ReportLanguage.English }));
        var actual = CultureScope.In(CultureInfo.GetCultureInfo(culture), () => EvaluationDocument.ToHtml(ReportDocuments.Sample(sample)) + EvaluationDocument.ToMarkdown(ReportDocuments.Sample(sample), new ReportOptions { Language = ReportLanguage.English }));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_page_has_no_script_and_may_load_nothing()
    {
        var html = EvaluationDocument.ToHtml(ReportDocuments.Sample(SampleDocuments.Ina3rdStrategy));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_document_is_encoded_in_html()
    {
        var html = EvaluationDocument.ToHtml(ReportDocuments.Hostile());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style>body", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_document_is_escaped_in_markdown()
    {
        var md = EvaluationDocument.ToMarkdown(ReportDocuments.Hostile());

        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("[link](", md, StringComparison.Ordinal);
        Assert.DoesNotContain("![i](", md, StringComparison.Ordinal);
        Assert.Contains("\\| \\[link\\]\\(http://example.com\\)", md, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;&amp;amp;", md, StringComparison.Ordinal);

        // Every table row keeps its ten cells: no | from a name splits one.
        foreach (var line in md.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("azumino", StringComparison.Ordinal)))
        {
            Assert.Equal(11, Regex.Count(line, @"(?<!\\)\|"));
        }
    }

    [Fact]
    public void Control_and_direction_characters_are_replaced()
    {
        var report = ReportDocuments.Sample(SampleDocuments.AzuminoFy2020);
        var strategy = report.Strategy with { Title = "evil\u001b[31m\u202Etxt.exe\u0000" };
        var html = EvaluationDocument.ToHtml(new StrategyGrader().Grade(strategy, report.Year));

        Assert.DoesNotContain("\u001b", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0000", html, StringComparison.Ordinal);
        Assert.Contains("evil\uFFFD[31m\uFFFDtxt.exe\uFFFD", html, StringComparison.Ordinal);
    }

    [Fact]
    public void English_is_written_on_request_and_names_stay_as_written()
    {
        var report = ReportDocuments.Sample(SampleDocuments.AzuminoFy2020);
        var en = EvaluationDocument.ToHtml(report, new ReportOptions { Language = ReportLanguage.English });
        var ja = EvaluationDocument.ToHtml(report);

        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
        Assert.Contains("Basic goal 1: ", en, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ja\">", ja, StringComparison.Ordinal);
        Assert.Contains("基本目標1　", ja, StringComparison.Ordinal);
        Assert.Contains("新規起業者数", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cover_tallies_are_the_reports()
    {
        var report = ReportDocuments.Sample(SampleDocuments.AzuminoFy2020);
        var html = EvaluationDocument.ToHtml(report);
        var kpis = Regex.Match(html, "<tr data-tally=\"kpis\">.*?</tr>").Value;

        foreach (var row in report.Kpis.Rows)
        {
            Assert.Contains("data-grade=\"" + row.Grade.Code + "\" data-count=\"" + row.Count.ToString(CultureInfo.InvariantCulture) + "\"", kpis, StringComparison.Ordinal);
        }

        Assert.Contains("data-total=\"" + report.Kpis.Total.ToString(CultureInfo.InvariantCulture) + "\"", kpis, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_beyond_what_a_chart_can_scale_do_not_stop_the_report()
    {
        var kpi = new Indicator("huge", IndicatorKind.Kpi, "極端な値", new Unit("件"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = decimal.MinValue, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2019)) },
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2020)) { Value = decimal.MaxValue }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2020)) { Value = decimal.MaxValue }, new Observation(new FiscalYear(2021)) { Value = decimal.MinValue }),
        };
        var strategy = new Strategy("s", new Municipality("テスト町"), "テスト", new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)))
        {
            GradingPolicy = "azumino",
            Goals = ValueList<BasicGoal>.Of(new BasicGoal("g", "1", "目標") { Measures = ValueList<Measure>.Of(new Measure("m", "1-1", "施策") { Indicators = ValueList<Indicator>.Of(kpi) }) }),
        };

        var html = EvaluationDocument.ToHtml(new StrategyGrader().Grade(strategy, new FiscalYear(2021)));

        Assert.Contains("data-trend=\"huge\"", html, StringComparison.Ordinal);
        Assert.Contains("data-indicator=\"huge\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_writes_html_and_markdown_to_standard_output_and_refuses_a_pdf_without_a_file()
    {
        var html = CliRunner.Run("report", "--sample", "ami-3rd-strategy");
        var md = CliRunner.Run("report", "--sample", "ami-3rd-strategy", "--format", "md", "--lang", "en");
        var pdf = CliRunner.Run("report", "--sample", "ami-3rd-strategy", "--format", "pdf");

        Assert.True(html.Code == 0, html.Error);
        Assert.StartsWith("<!DOCTYPE html>", html.Output, StringComparison.Ordinal);
        Assert.Equal((0, true), (md.Code, md.Output.Contains("## Summary", StringComparison.Ordinal)));
        Assert.Equal(2, pdf.Code);
        Assert.Contains("-o report.pdf", pdf.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_browser_the_cli_says_so_and_writes_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), "kpi-no-browser-" + Guid.NewGuid().ToString("N") + ".pdf");
        var run = CliRunner.Run("report", "--sample", "ami-3rd-strategy", "--format", "pdf", "-o", path, "--chromium", "/nonexistent/chromium");

        Assert.Equal(2, run.Code);
        Assert.Contains("No browser at /nonexistent/chromium", run.Error, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
