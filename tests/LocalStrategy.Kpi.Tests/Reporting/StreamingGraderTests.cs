using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Robustness;
using LocalStrategy.Kpi.Tests.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

/// <summary>
/// The streaming path gives what the in-memory path gives: for valid documents, one line per indicator
/// equal to the JSON report's indicator objects, in the same order, and the same tallies; for the
/// hostile corpus, the same verdict and the same problems (code and path).
/// </summary>
public sealed class StreamingGraderTests
{
    private static (StreamingGradeResult Result, List<string> Lines) Stream(byte[] document, FiscalYear year, string? policy = null)
    {
        using var output = new MemoryStream();
        var result = StreamingGrader.Grade(new MemoryStream(document), output, new StreamingGradeOptions(year) { Policy = policy });
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        return (result, lines);
    }

    private static void AssertSameAsInMemory(Strategy strategy, byte[] document, FiscalYear year, string? policy)
    {
        var (result, lines) = Stream(document, year, policy);
        var report = new StrategyGrader().Grade(strategy, year, policy);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        using var json = JsonDocument.Parse(EvaluationReportJson.Write(report));
        var expected = json.RootElement.GetProperty("indicators").EnumerateArray().Select(e => JsonSerializer.Serialize(e)).ToList();
        Assert.Equal(expected, lines.Select(l => JsonSerializer.Serialize(JsonDocument.Parse(l).RootElement)));
        Assert.Equal(report.Kpis.Rows, result.Kpis!.Rows);
        Assert.Equal(report.GoalIndicators.Rows, result.GoalIndicators!.Rows);
        Assert.Equal(report.Policy.Name, result.Policy);
        Assert.Equal(expected.Count, result.Indicators);
    }

    [Theory]
    [InlineData("azumino-fy2020", 2020)]
    [InlineData("ina-3rd-strategy", 2025)]
    [InlineData("ami-3rd-strategy", 2026)]
    public void A_sample_streams_to_the_report_s_indicators_and_tallies(string name, int year)
        => AssertSameAsInMemory(SampleDocuments.Load(name), Encoding.UTF8.GetBytes(SampleDocuments.ReadJson(name)), new FiscalYear(year), null);

    [Fact]
    public void Generated_strategies_stream_to_what_the_in_memory_path_gives()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), strategy =>
        {
            var document = Encoding.UTF8.GetBytes(StrategyJson.Write(strategy));
            AssertSameAsInMemory(strategy, document, strategy.PlanPeriod.First, "azumino");
        }));

    [Fact]
    public void Texts_full_of_quotes_and_braces_stream_to_what_the_in_memory_path_gives()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(DocumentSkeletonTests.TrickyStrategies.ToArbitrary(), strategy =>
        {
            var document = Encoding.UTF8.GetBytes(StrategyJson.Write(strategy));
            AssertSameAsInMemory(strategy, document, strategy.PlanPeriod.First, "azumino");
        }));

    [Fact]
    public void Near_the_depth_limit_the_stream_refuses_what_the_whole_reader_refuses()
    {
        // Measures nested five deep put the indicator's manual grade 18 objects and arrays deep.
        var measure = """{"id": "m5", "code": "5", "title": "t", "indicators": [{"id": "k", "kind": "kpi", "name": "n", "unit": {"label": "件"}, "direction": "higherIsBetter", "valueKind": "level", "basis": "target", "targets": [{"year": "FY2020", "value": 1}], "observations": [{"year": "FY2020", "value": 1, "manualGrade": {"grade": "A", "reason": "r"}}]}]}""";
        for (var level = 4; level >= 1; level--)
        {
            measure = "{\"id\": \"m" + level + "\", \"code\": \"" + level + "\", \"title\": \"t\", \"subMeasures\": [" + measure + "]}";
        }

        var json = "{\"formatVersion\": 1, \"id\": \"s\", \"municipality\": {\"name\": \"m\"}, \"title\": \"t\", \"planPeriod\": {\"first\": \"FY2020\", \"last\": \"FY2024\"}, \"gradingPolicy\": \"azumino\", \"goals\": [{\"id\": \"g\", \"code\": \"1\", \"title\": \"t\", \"measures\": [" + measure + "]}]}";
        var verdicts = new List<bool>();
        for (var maxDepth = 16; maxDepth <= 22; maxDepth++)
        {
            var limits = new DocumentReadOptions { MaxDepth = maxDepth };
            var whole = StrategyJson.Read(json, limits);
            using var output = new MemoryStream();

            var streamed = StreamingGrader.Grade(new MemoryStream(Encoding.UTF8.GetBytes(json)), output, new StreamingGradeOptions(new FiscalYear(2020)) { Limits = limits });

            Assert.Equal(whole.IsValid, streamed.IsValid);
            Assert.Equal(whole.Errors.Select(e => e.Code + " " + e.Path), streamed.Errors.Select(e => e.Code + " " + e.Path));
            Assert.Equal(whole.IsValid ? 1 : 0, streamed.Indicators);
            verdicts.Add(whole.IsValid);
        }

        // The limit is crossed inside the range: refused at 16, read from some depth on.
        Assert.False(verdicts[0]);
        Assert.True(verdicts[^1]);
    }

    [Fact]
    public void Comments_inside_an_indicator_stream_to_what_the_in_memory_path_gives()
    {
        var sample = SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020);
        var marker = "\"kind\": \"kpi\",";
        var at = sample.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at > 0);

        // A block comment with a quote and a brace, and a line comment with a closing brace, inside one indicator.
        var commented = sample.Insert(at + marker.Length, " /* TODO \"fix { */ // },{\"id\": \"x\"}\n");

        AssertSameAsInMemory(StrategyJson.Read(commented).Value!, Encoding.UTF8.GetBytes(commented), new FiscalYear(2020), null);
    }

    [Fact]
    public void A_field_name_with_a_lone_surrogate_is_a_problem_not_an_exception()
    {
        var (result, lines) = Stream(Encoding.UTF8.GetBytes("""{"formatVersion": 1, "goals": [{"\ud800": 1}]}"""), new FiscalYear(2020));

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Errors);
        Assert.Empty(lines);
    }

    [Fact]
    public void Problems_past_the_limit_are_counted_not_listed_as_the_whole_reader_counts_them()
    {
        var indicators = string.Join(", ", Enumerable.Range(0, 10).Select(i => "{\"id\": \"k" + i + "\", \"kind\": \"kpi\", \"name\": \"n\", \"unit\": {\"label\": \"件\"}, \"direction\": \"higherIsBetter\", \"valueKind\": \"level\", \"basis\": \"target\", \"targets\": [{\"year\": \"FY2031\", \"value\": 1}]}"));
        var json = "{\"formatVersion\": 1, \"id\": \"s\", \"municipality\": {\"name\": \"m\"}, \"title\": \"t\", \"planPeriod\": {\"first\": \"FY2020\", \"last\": \"FY2024\"}, \"gradingPolicy\": \"azumino\", \"goals\": [{\"id\": \"g\", \"code\": \"1\", \"title\": \"t\", \"indicators\": [" + indicators + "]}]}";
        var limits = new DocumentReadOptions { MaxProblems = 3 };
        var whole = StrategyJson.Read(json, limits);
        using var output = new MemoryStream();

        var streamed = StreamingGrader.Grade(new MemoryStream(Encoding.UTF8.GetBytes(json)), output, new StreamingGradeOptions(new FiscalYear(2020)) { Limits = limits, ChunkSize = 2 });

        // Ten indicators with a target after the plan: three listed, then one problem saying seven more.
        Assert.Equal(4, whole.Errors.Count);
        Assert.Equal(whole.Errors.Select(e => e.ToString()), streamed.Errors.Select(e => e.ToString()));
        Assert.Equal(Kpi.Validation.ValidationCodes.TooManyProblems, streamed.Errors[^1].Code);
    }

    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var c in HostileCorpus.All.Where(c => !c.IsPolicy && c.Bytes.Length < 1_000_000))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Fact]
    public void The_hostile_corpus_gets_the_same_verdict_and_problems_from_both_paths()
    {
        var checkedCases = 0;
        foreach (var c in HostileCorpus.All.Where(c => !c.IsPolicy && c.Bytes.Length < 1_000_000))
        {
            var whole = StrategyJson.ReadStream(new MemoryStream(c.Bytes));
            var year = whole.IsValid ? whole.Value.PlanPeriod.First : new FiscalYear(2020);
            var (streamed, _) = Stream(c.Bytes, year, "azumino");

            Assert.True(whole.IsValid == streamed.IsValid, c.Name + ": in memory " + whole.IsValid + ", streamed " + streamed.IsValid + " " + string.Join("; ", streamed.Errors.Take(3)));
            if (!whole.IsValid && whole.Errors.Count < DocumentReadOptions.Default.MaxProblems)
            {
                Assert.Equal(
                    whole.Errors.Select(e => e.Code + " " + e.Path).OrderBy(s => s, StringComparer.Ordinal),
                    streamed.Errors.Select(e => e.Code + " " + e.Path).OrderBy(s => s, StringComparer.Ordinal));
            }

            checkedCases++;
        }

        Assert.True(checkedCases > 300, "corpus cases: " + checkedCases);
    }

    [Fact]
    public void An_indicator_problem_found_while_streaming_is_named_as_the_whole_reader_names_it()
    {
        var sample = SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020);
        var broken = sample.Replace("\"year\": \"FY2020\",\n              \"value\": 22.2", "\"year\": \"FY2031\",\n              \"value\": 22.2", StringComparison.Ordinal);
        Assert.NotEqual(sample, broken);

        var (result, _) = Stream(Encoding.UTF8.GetBytes(broken), new FiscalYear(2020));

        var error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodesOf.OutsidePlanPeriod, error.Code);
        Assert.Equal(Assert.Single(StrategyJson.Read(broken).Errors).Path, error.Path);
    }

    [Fact]
    public void A_document_without_a_policy_and_none_given_is_named()
    {
        var sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020) with { GradingPolicy = null };

        var (result, lines) = Stream(Encoding.UTF8.GetBytes(StrategyJson.Write(sample)), new FiscalYear(2020));

        Assert.False(result.IsValid);
        Assert.Equal("UnknownPolicy", Assert.Single(result.Errors).Code);
        Assert.Empty(lines);
    }

    private static class ValidationCodesOf
    {
        internal const string OutsidePlanPeriod = global::LocalStrategy.Kpi.Validation.ValidationCodes.OutsidePlanPeriod;
    }

    [Theory]
    [InlineData("azumino-fy2020", 2020)]
    [InlineData("ina-3rd-strategy", 2025)]
    public void A_csv_row_holds_the_codes_and_numbers_of_the_same_json_line(string name, int year)
    {
        var document = Encoding.UTF8.GetBytes(SampleDocuments.ReadJson(name));
        var (_, lines) = Stream(document, new FiscalYear(year));
        using var csv = new MemoryStream();
        var result = StreamingGrader.Grade(new MemoryStream(document), csv, new StreamingGradeOptions(new FiscalYear(year)) { Format = StreamingFormat.Csv });

        Assert.True(result.IsValid);
        var rows = Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        Assert.Equal(lines.Count + 1, rows.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            using var line = JsonDocument.Parse(lines[i]);
            var fields = rows[i + 1].Split(',');
            Assert.Equal(header.Length, fields.Length);
            for (var f = 0; f < header.Length; f++)
            {
                var expected = line.RootElement.GetProperty(header[f]);
                var text = expected.ValueKind switch
                {
                    JsonValueKind.Null => string.Empty,
                    JsonValueKind.String => expected.GetString(),
                    _ => expected.GetRawText(),
                };
                Assert.Equal(text, fields[f]);
            }
        }
    }

    [Theory]
    [InlineData("=1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("-2+3")]
    [InlineData("＝１＋１")]
    public void A_csv_field_that_starts_like_a_formula_gets_an_apostrophe(string id)
    {
        var sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        var first = sample.AllIndicators().First().Indicator;
        var hostile = Kpi.Spreadsheets.StrategyRewriterAccess.Rename(sample, first.Id, id);
        using var csv = new MemoryStream();

        var result = StreamingGrader.Grade(new MemoryStream(Encoding.UTF8.GetBytes(StrategyJson.Write(hostile))), csv, new StreamingGradeOptions(new FiscalYear(2020)) { Format = StreamingFormat.Csv });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.StartsWith("'" + id + ",", Encoding.UTF8.GetString(csv.ToArray()).Split("\r\n")[1], StringComparison.Ordinal);
    }
}
