using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>
/// The streaming grade of 1,000,000 KPIs (a 256 MB document of the spreadsheet peer's kind of rows) in
/// one process, against the floor of any reader: System.Text.Json deserializing the same bytes into
/// plain DTOs and nothing else (no checks, no grading, no output). Read the ratios: the streaming path
/// reads, checks, grades and writes every row; on one core and on all of them.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MillionRowBenchmarks
{
    private byte[] document = [];

    /// <summary>Gets or sets the number of KPIs.</summary>
    [Params(1_000_000)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup() => document = Generated.FlatDocument(Indicators, 42, zeroTargetOneIn: 21);

    /// <summary>The floor: the bytes deserialized into DTOs by System.Text.Json's source-generated reader, nothing more.</summary>
    /// <returns>The number of indicators read.</returns>
    [Benchmark(Baseline = true)]
    public int RawDeserialize()
        => JsonSerializer.Deserialize(document, StrategyJsonContext.Default.StrategyDto)!.goals![0].measures![0].indicators!.Count;

    [Benchmark]
    public long StreamCsv() => Stream(StreamingFormat.Csv, null);

    [Benchmark]
    public long StreamCsvOneCore() => Stream(StreamingFormat.Csv, 1);

    [Benchmark]
    public long StreamJsonLines() => Stream(StreamingFormat.JsonLines, null);

    private long Stream(StreamingFormat format, int? cores)
    {
        using var output = new CountingStream();
        var options = new StreamingGradeOptions(new FiscalYear(2020)) { Format = format, MaxDegreeOfParallelism = cores };
        var result = StreamingGrader.Grade(new MemoryStream(document, false), output, options);
        return result.IsValid ? output.Length : -1;
    }
}
