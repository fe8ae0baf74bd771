using LocalStrategy.Kpi.Samples;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Cli;

/// <summary>kpi grade --stream: JSON Lines to a file or standard output, the tallies on standard error, no partial file for an invalid document.</summary>
public sealed class StreamingCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kpi-stream-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_document_streams_one_line_per_indicator_with_the_tallies_on_standard_error()
    {
        var document = Path.Combine(folder, "azumino.json");
        File.WriteAllText(document, SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020));

        var toFile = CliRunner.Run("grade", document, "--year", "FY2020", "--stream", "-o", Path.Combine(folder, "out.jsonl"));
        var toOutput = CliRunner.Run("grade", document, "--year", "FY2020", "--stream");

        Assert.True(toFile.Code == 0, toFile.Error);
        Assert.Equal(29, File.ReadAllLines(Path.Combine(folder, "out.jsonl")).Length);
        Assert.Contains("29 indicators graded for FY2020 by azumino", toFile.Error, StringComparison.Ordinal);
        Assert.Contains("KPIs: A評価 10 (42%)", toFile.Error, StringComparison.Ordinal);
        Assert.Equal(0, toOutput.Code);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "out.jsonl")), toOutput.Output);
    }

    [Fact]
    public void An_invalid_document_leaves_no_file_and_exits_1()
    {
        var document = Path.Combine(folder, "bad.json");
        File.WriteAllText(document, SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020).Replace("\"id\": \"k1-1-1\"", "\"id\": \"g1\"", StringComparison.Ordinal));

        var run = CliRunner.Run("grade", document, "--year", "FY2020", "--stream", "-o", Path.Combine(folder, "out.jsonl"));

        Assert.Equal(1, run.Code);
        Assert.Contains("DuplicateId", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "out.jsonl")));
        Assert.Empty(Directory.GetFiles(folder, "*.partial"));
    }

    [Fact]
    public void Streaming_needs_a_file_and_a_year()
    {
        var sample = CliRunner.Run("grade", "--sample", "azumino-fy2020", "--year", "FY2020", "--stream");
        Assert.Equal(2, sample.Code);
        Assert.Contains("--stream grades a document file", sample.Error, StringComparison.Ordinal);
        var document = Path.Combine(folder, "azumino.json");
        File.WriteAllText(document, SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020));
        var noYear = CliRunner.Run("grade", document, "--stream");
        Assert.Equal(2, noYear.Code);
        Assert.Contains("--stream needs --year", noYear.Error, StringComparison.Ordinal);
    }
}
