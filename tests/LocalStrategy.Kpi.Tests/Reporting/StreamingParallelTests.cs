using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Robustness;
using LocalStrategy.Kpi.Tests.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

/// <summary>
/// Grading on several cores gives, byte for byte, what grading on one gives: the same lines (or rows),
/// the same tallies, and for a document with problems the same problems in the same order and the same
/// lines written before the first. Chunks of one to three indicators cut even the samples into many
/// chunks, so that the in-order pass meets chunks finished out of order.
/// </summary>
public sealed class StreamingParallelTests
{
    private static (StreamingGradeResult Result, byte[] Output) Run(byte[] document, FiscalYear year, StreamingFormat format, int? degree, int chunkSize)
    {
        using var output = new MemoryStream();
        var options = new StreamingGradeOptions(year)
        {
            Policy = "azumino",
            Format = format,
            MaxDegreeOfParallelism = degree,
            ChunkSize = chunkSize,
        };
        var result = StreamingGrader.Grade(new MemoryStream(document), output, options);
        return (result, output.ToArray());
    }

    private static void AssertSame(byte[] document, FiscalYear year, StreamingFormat format, int degree, int chunkSize)
    {
        var (alone, aloneOutput) = Run(document, year, format, 1, 1024);
        var (together, togetherOutput) = Run(document, year, format, degree, chunkSize);

        Assert.Equal(alone.IsValid, together.IsValid);
        Assert.Equal(alone.Errors.Select(e => e.ToString()), together.Errors.Select(e => e.ToString()));
        Assert.Equal(alone.Indicators, together.Indicators);
        Assert.Equal(alone.Kpis?.Rows, together.Kpis?.Rows);
        Assert.Equal(alone.GoalIndicators?.Rows, together.GoalIndicators?.Rows);
        Assert.Equal(Encoding.UTF8.GetString(aloneOutput), Encoding.UTF8.GetString(togetherOutput));
    }

    [Theory]
    [InlineData("azumino-fy2020", 2020, 1)]
    [InlineData("azumino-fy2020", 2021, 2)]
    [InlineData("ina-3rd-strategy", 2025, 3)]
    [InlineData("ami-3rd-strategy", 2026, 1)]
    public void A_sample_cut_into_small_chunks_gives_what_one_core_gives(string name, int year, int chunkSize)
    {
        var document = Encoding.UTF8.GetBytes(SampleDocuments.ReadJson(name));
        foreach (var format in new[] { StreamingFormat.JsonLines, StreamingFormat.Csv })
        {
            var (result, output) = Run(document, new FiscalYear(year), format, 4, chunkSize);
            Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
            Assert.True(result.Indicators > 3 * chunkSize, "the sample is cut into several chunks: " + result.Indicators);
            Assert.NotEmpty(output);
            AssertSame(document, new FiscalYear(year), format, 4, chunkSize);
        }
    }

    [Fact]
    public void Generated_strategies_on_several_cores_give_what_one_core_gives()
        => Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(100),
            Prop.ForAll(
                ValidStrategies.Strategy.ToArbitrary(),
                Gen.Choose(1, 4).ToArbitrary(),
                Gen.Choose(2, 4).ToArbitrary(),
                (strategy, chunkSize, degree) =>
                {
                    var document = Encoding.UTF8.GetBytes(StrategyJson.Write(strategy));
                    AssertSame(document, strategy.PlanPeriod.First, chunkSize % 2 == 0 ? StreamingFormat.Csv : StreamingFormat.JsonLines, degree, chunkSize);
                }));

    [Fact]
    public void The_hostile_corpus_on_several_cores_gets_what_one_core_gets()
    {
        var checkedCases = 0;
        foreach (var c in HostileCorpus.All.Where(c => !c.IsPolicy && c.Bytes.Length < 1_000_000))
        {
            var whole = StrategyJson.ReadStream(new MemoryStream(c.Bytes));
            var year = whole.IsValid ? whole.Value.PlanPeriod.First : new FiscalYear(2020);
            AssertSame(c.Bytes, year, StreamingFormat.JsonLines, 3, 1 + (checkedCases % 3));
            checkedCases++;
        }

        Assert.True(checkedCases > 300, "corpus cases: " + checkedCases);
    }

    [Fact]
    public void Identifiers_used_twice_across_chunks_are_named_in_order_and_nothing_after_the_first_is_written()
    {
        var sample = SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020);
        var strategy = StrategyJson.Read(sample).Value!;
        var ids = strategy.AllIndicators().Select(p => p.Indicator.Id).ToList();
        Assert.True(ids.Count > 10);

        // The sixth and the last indicators take the second one's identifier; the tenth takes a goal's.
        var broken = strategy;
        broken = Kpi.Spreadsheets.StrategyRewriterAccess.Rename(broken, ids[5], ids[1]);
        broken = Kpi.Spreadsheets.StrategyRewriterAccess.Rename(broken, ids[^1], ids[1]);
        broken = Kpi.Spreadsheets.StrategyRewriterAccess.Rename(broken, ids[9], strategy.Goals[0].Id);
        var document = Encoding.UTF8.GetBytes(StrategyJson.Write(broken));

        var (result, output) = Run(document, new FiscalYear(2020), StreamingFormat.JsonLines, 4, 1);

        Assert.False(result.IsValid);
        Assert.Equal(3, result.Errors.Count(e => e.Code == Kpi.Validation.ValidationCodes.DuplicateId));
        Assert.Equal(5, Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        AssertSame(document, new FiscalYear(2020), StreamingFormat.JsonLines, 4, 1);
        AssertSame(document, new FiscalYear(2020), StreamingFormat.Csv, 2, 2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_degree_of_parallelism_below_one_is_refused(int degree)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new StreamingGradeOptions(new FiscalYear(2020)) { MaxDegreeOfParallelism = degree });
}
