using System.Text.Json;
using System.Text.RegularExpressions;
using LocalStrategy.Kpi.Publishing;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Tests.Cli;
using Microsoft.Playwright;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Publishing;

/// <summary>
/// The reports as a reader's browser shows them: Debian's Chromium, headless. Each sample's page is
/// opened from a file; its DOM is checked against <c>kpi grade --format json</c>, no script may run and
/// no request may leave the page; a screenshot is taken and the CLI's PDF has a sane number of pages.
/// </summary>
public sealed class BrowserReportTests : IClassFixture<BrowserFixture>
{
    private static readonly string Artifacts = Path.Combine(RepositoryPaths.Root, "artifacts", "reports");

    private readonly BrowserFixture fixture;

    public BrowserReportTests(BrowserFixture fixture) => this.fixture = fixture;

    public static TheoryData<string> Samples() => new() { SampleDocuments.AzuminoFy2020, SampleDocuments.Ina3rdStrategy, SampleDocuments.Ami3rdStrategy };

    [BrowserTheory]
    [MemberData(nameof(Samples))]
    public async Task The_page_shows_every_indicator_with_the_grades_and_tallies_of_the_json_report(string sample)
    {
        var html = CliRunner.Run("report", "--sample", sample);
        var json = CliRunner.Run("grade", "--sample", sample, "--format", "json");
        Assert.Equal((0, 0), (html.Code, json.Code));
        using var expected = JsonDocument.Parse(json.Output);

        await using var opened = await Open(html.Output, sample);
        var page = opened.Page;
        var rows = await page.EvalOnSelectorAllAsync<string[]>("table.indicators tbody tr", "rows => rows.map(r => r.dataset.indicator + '|' + r.dataset.grade + '|' + r.dataset.counted)");
        var fromJson = expected.RootElement.GetProperty("indicators").EnumerateArray()
            .Select(i => i.GetProperty("id").GetString() + "|" + i.GetProperty("grade").GetString() + "|" + i.GetProperty("countedGrade").GetString()).ToArray();
        Assert.Equal(fromJson, rows);

        foreach (var (tally, property) in new[] { ("kpis", "kpis"), ("goal-indicators", "goalIndicators") })
        {
            var shown = await page.EvalOnSelectorAllAsync<string[]>("tr[data-tally='" + tally + "'] span[data-grade]", "s => s.map(x => x.dataset.grade + '=' + x.dataset.count)");
            var counts = expected.RootElement.GetProperty("tallies").GetProperty(property).GetProperty("rows").EnumerateArray()
                .Select(r => r.GetProperty("grade").GetString() + "=" + r.GetProperty("count").GetInt32()).ToArray();
            Assert.Equal(counts, shown);
        }

        // Every basic goal has its section, and the charts are there with their accessible names.
        Assert.Equal(expected.RootElement.GetProperty("tallies").GetProperty("goals").GetArrayLength(), await page.Locator("section.goal").CountAsync());
        var chartNames = await page.EvalOnSelectorAllAsync<string[]>("svg[role='img']", "charts => charts.map(c => c.getAttribute('aria-labelledby').split(' ').map(id => document.getElementById(id).textContent).join(' / '))");
        Assert.NotEmpty(chartNames);
        Assert.All(chartNames, name => Assert.Matches(@"\S.* / \S", name));
        Assert.True(await page.Locator("svg.grade-chart").CountAsync() >= 1);
        Assert.Equal(0, await page.Locator("script").CountAsync());
        opened.AssertNothingRanOrLoaded();

        Directory.CreateDirectory(Artifacts);
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, sample + ".png"), FullPage = true });
        Assert.True(png.Length > 20_000, "The screenshot is " + png.Length + " bytes: nothing was drawn.");
    }

    [BrowserFact]
    public async Task Hostile_names_show_as_text_and_run_nothing()
    {
        var html = EvaluationDocument.ToHtml(ReportDocuments.Hostile());

        await using var opened = await Open(html, "hostile");
        var page = opened.Page;
        var names = await page.EvalOnSelectorAllAsync<string[]>("table.indicators tbody td.name", "cells => cells.map(c => c.textContent)");

        Assert.Contains(ReportDocuments.ScriptName, names);
        Assert.Contains(ReportDocuments.ImageName, names);
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("body style").CountAsync());
        Assert.True(await page.Locator("table.indicators").IsVisibleAsync());
        Assert.Equal(1, await page.Locator("section.goal h2").CountAsync());
        opened.AssertNothingRanOrLoaded();
    }

    [BrowserFact]
    public void The_cli_prints_a_pdf_whose_page_count_is_sane()
    {
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, "azumino-fy2020.pdf");

        var run = CliRunner.Run("report", "--sample", SampleDocuments.AzuminoFy2020, "--format", "pdf", "-o", path, "--chromium", fixture.Executable!);

        Assert.Equal(0, run.Code);
        var bytes = File.ReadAllBytes(path);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
        var pages = Regex.Count(System.Text.Encoding.Latin1.GetString(bytes), @"/Type\s*/Page(?!s)");

        // A cover, five basic goals with their tables and charts, the population vision and the notes: more than a few pages, far fewer than a book.
        Assert.InRange(pages, 5, 30);
    }

    private async Task<OpenedPage> Open(string html, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpi-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".html");
        await File.WriteAllTextAsync(file, html);
        var page = await fixture.Browser!.NewPageAsync();
        var opened = new OpenedPage(page, new Uri(file).AbsoluteUri, folder);
        await page.GotoAsync(opened.Url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return opened;
    }

    /// <summary>A page with what it did recorded: requests besides its own file, dialogs (a script's alert), console errors.</summary>
    private sealed class OpenedPage : IAsyncDisposable
    {
        private readonly List<string> requests = [];
        private readonly List<string> dialogs = [];
        private readonly string folder;

        internal OpenedPage(IPage page, string url, string folder)
        {
            Page = page;
            Url = url;
            this.folder = folder;
            page.Request += (_, request) =>
            {
                if (request.Url != url)
                {
                    lock (requests)
                    {
                        requests.Add(request.Url);
                    }
                }
            };
            page.Dialog += (_, dialog) =>
            {
                lock (dialogs)
                {
                    dialogs.Add(dialog.Message);
                }

                _ = dialog.DismissAsync();
            };
        }

        internal IPage Page { get; }

        internal string Url { get; }

        internal void AssertNothingRanOrLoaded()
        {
            lock (requests)
            {
                Assert.Empty(requests);
            }

            lock (dialogs)
            {
                Assert.Empty(dialogs);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Page.CloseAsync();
            Directory.Delete(folder, recursive: true);
        }
    }
}
