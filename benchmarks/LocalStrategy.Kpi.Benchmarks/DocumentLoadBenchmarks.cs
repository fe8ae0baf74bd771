using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>
/// Loading a strategy document against a raw System.Text.Json deserialisation of the same bytes into
/// the format's data-transfer objects (source-generated, default options: no duplicate-field check, no
/// exactness check of numbers, no validation, no model): the cost of what the library adds, step by
/// step. The document holds N higher- or lower-is-better KPIs with a target and an actual each.
/// </summary>
[MemoryDiagnoser]
public class DocumentLoadBenchmarks
{
    private static readonly StrategyJsonContext Raw = new(new JsonSerializerOptions(StrategyJsonContext.Default.Options));

    private byte[] document = [];
    private StrategyDto dto = null!;

    /// <summary>Gets or sets the number of indicators.</summary>
    [Params(20_000)]
    public int Indicators { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        document = Generated.FlatDocument(Indicators, 20201);
        dto = JsonSerializer.Deserialize(document, Raw.StrategyDto)!;
    }

    [Benchmark(Baseline = true)]
    public object? RawDtoDeserialize() => JsonSerializer.Deserialize(document, Raw.StrategyDto);

    [Benchmark]
    public int Validate() => StrategyJson.Validate(dto).Count;

    [Benchmark]
    public Model.Strategy ToModel() => DtoMapper.ToModel(dto);

    [Benchmark]
    public bool StrategyJsonReadStream() => StrategyJson.ReadStream(new MemoryStream(document, false)).IsValid;
}
