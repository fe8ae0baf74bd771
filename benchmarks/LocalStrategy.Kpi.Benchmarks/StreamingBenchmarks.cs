using System.Text;
using BenchmarkDotNet.Attributes;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>
/// The user's whole job on one large document, in one run: the ordinary path (read the document whole,
/// grade, write the JSON report) as the baseline, against the streaming path writing JSON Lines and CSV.
/// The document holds N higher- or lower-is-better KPIs with a target and an actual each (the spreadsheet
/// peer's kind of rows); output goes to a stream that counts the bytes.
/// </summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private byte[] document = [];

    /// <summary>Gets or sets the number of indicators.</summary>
    [Params(100_000)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        document = Generated.FlatDocument(Indicators, 42, zeroTargetOneIn: 21);
    }

    [Benchmark(Baseline = true)]
    public long WholeDocumentJsonReport()
    {
        var strategy = StrategyJson.ReadStream(new MemoryStream(document, false)).GetValueOrThrow();
        var report = new StrategyGrader().Grade(strategy, new FiscalYear(2020));
        using var output = new CountingStream();
        EvaluationReportJson.Write(report, output);
        return output.Length;
    }

    [Benchmark]
    public long StreamJsonLines() => Stream(StreamingFormat.JsonLines);

    [Benchmark]
    public long StreamCsv() => Stream(StreamingFormat.Csv);

    private long Stream(StreamingFormat format)
    {
        using var output = new CountingStream();
        var result = StreamingGrader.Grade(new MemoryStream(document, false), output, new StreamingGradeOptions(new FiscalYear(2020)) { Format = format });
        return result.IsValid ? output.Length : -1;
    }
}
