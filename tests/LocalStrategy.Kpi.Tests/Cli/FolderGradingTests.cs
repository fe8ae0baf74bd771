using System.Text.Json;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Cli;

/// <summary>
/// kpi grade over a folder: every document graded, rolled up per prefecture and for the country per
/// policy, the roll-ups equal to the sums of the documents' own tallies, every invalid document named
/// and the exit code 1 then; progress on standard error.
/// </summary>
public sealed class FolderGradingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kpi-folder-").FullName;

    public FolderGradingTests()
    {
        // The Azumino sample as 25 municipalities of two prefectures (ids and names changed), and Ina as it is.
        var azumino = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        for (var i = 0; i < 25; i++)
        {
            var prefecture = i % 2 == 0 ? "長野県" : "山梨県";
            var copy = azumino with { Id = "city-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), Municipality = azumino.Municipality with { Name = "市" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Prefecture = prefecture, Code = null } };
            File.WriteAllText(Path.Combine(folder, copy.Id + ".json"), StrategyJson.Write(copy));
        }

        File.WriteAllText(Path.Combine(folder, "ina.json"), SampleDocuments.ReadJson(SampleDocuments.Ina3rdStrategy));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_folder_is_graded_and_rolled_up_per_prefecture_and_for_the_country()
    {
        var run = CliRunner.Run("grade", folder, "--year", "FY2020", "--format", "json");

        Assert.True(run.Code == 0, run.Error);
        using var report = JsonDocument.Parse(run.Output);
        var documents = report.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(26, documents.Count);
        var rollUps = report.RootElement.GetProperty("rollUps").EnumerateArray().ToList();
        var azumino = rollUps.Where(r => r.GetProperty("policy").GetString() == "azumino").ToList();
        Assert.Equal(["prefecture:山梨県", "prefecture:長野県", "country:"], azumino.Select(r => r.GetProperty("scope").GetString() + ":" + (r.TryGetProperty("prefecture", out var p) ? p.GetString() : string.Empty)));

        // Each roll-up is the sum of its documents' tallies, grade by grade.
        foreach (var rollUp in rollUps)
        {
            var policy = rollUp.GetProperty("policy").GetString();
            var scope = rollUp.TryGetProperty("prefecture", out var pref) ? pref.GetString() : null;
            var members = documents.Where(d => d.GetProperty("policy").GetString() == policy && (scope is null || d.GetProperty("prefecture").GetString() == scope)).ToList();
            Assert.Equal(members.Count, rollUp.GetProperty("documents").GetInt32());
            foreach (var tally in new[] { "kpis", "goalIndicators" })
            {
                Assert.Equal(members.Sum(m => m.GetProperty(tally).GetProperty("total").GetInt32()), rollUp.GetProperty(tally).GetProperty("total").GetInt32());
                foreach (var grade in rollUp.GetProperty(tally).GetProperty("grades").EnumerateArray())
                {
                    var code = grade.GetProperty("grade").GetString();
                    var expected = members.Sum(m => m.GetProperty(tally).GetProperty("grades").EnumerateArray().Where(g => g.GetProperty("grade").GetString() == code).Sum(g => g.GetProperty("count").GetInt32()));
                    Assert.Equal(expected, grade.GetProperty("count").GetInt32());
                }
            }
        }

        // The Azumino sample has 10 A KPIs in FY2020: 25 copies make 250 for the country.
        var country = azumino.Single(r => r.GetProperty("scope").GetString() == "country");
        Assert.Equal(250, country.GetProperty("kpis").GetProperty("grades").EnumerateArray().Single(g => g.GetProperty("grade").GetString() == "A").GetProperty("count").GetInt32());
        Assert.Contains("graded 26 of 26 documents (100%)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_document_is_named_none_is_counted_and_the_exit_code_says_so()
    {
        File.WriteAllText(Path.Combine(folder, "broken.json"), "{ \"formatVersion\": 1, ");
        File.WriteAllText(Path.Combine(folder, "no-policy.json"), StrategyJson.Write(SampleDocuments.Load(SampleDocuments.AzuminoFy2020) with { Id = "np", GradingPolicy = null }));

        var run = CliRunner.Run("grade", folder, "--year", "FY2020");

        Assert.Equal(1, run.Code);
        Assert.Contains("broken.json: 1 problem(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("no-policy.json: 1 problem(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("UnknownPolicy at $.gradingPolicy", run.Error, StringComparison.Ordinal);
        Assert.Contains("2 of 28 documents are not valid and are not counted", run.Error, StringComparison.Ordinal);
        Assert.Contains("26 documents graded, 2 not valid.", run.Output, StringComparison.Ordinal);
        Assert.Contains("全国 (country): 25 documents, 600 KPIs", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_needs_a_year_and_a_table_or_json()
    {
        var noYear = CliRunner.Run("grade", folder);
        var xlsx = CliRunner.Run("grade", folder, "--year", "FY2020", "--format", "xlsx", "-o", Path.Combine(folder, "x.xlsx"));
        var empty = Directory.CreateTempSubdirectory("kpi-empty-").FullName;
        var none = CliRunner.Run("grade", empty, "--year", "FY2020");
        Directory.Delete(empty);

        Assert.Equal((2, 2, 2), (noYear.Code, xlsx.Code, none.Code));
        Assert.Contains("A folder needs --year", noYear.Error, StringComparison.Ordinal);
        Assert.Contains("A folder is graded to a table or JSON", xlsx.Error, StringComparison.Ordinal);
        Assert.Contains("holds no strategy documents", none.Error, StringComparison.Ordinal);
    }
}
