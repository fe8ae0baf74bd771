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
        var random = new Random(20201);
        var json = new StringBuilder();
        json.Append("{\"formatVersion\":1,\"id\":\"bench\",\"municipality\":{\"name\":\"比較用\"},\"title\":\"bench\",\"planPeriod\":{\"first\":\"FY2020\",\"last\":\"FY2024\"},\"gradingPolicy\":\"azumino\",");
        json.Append("\"goals\":[{\"id\":\"g1\",\"code\":\"1\",\"title\":\"比較\",\"measures\":[{\"id\":\"m1\",\"code\":\"1-1\",\"title\":\"比較\",\"indicators\":[");
        for (var i = 0; i < Indicators; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append("{\"id\":\"k").Append(i).Append("\",\"kind\":\"kpi\",\"name\":\"KPI ").Append(i).Append("\",\"unit\":{\"label\":\"件\"},\"direction\":\"")
                .Append(random.Next(5) == 0 ? "lowerIsBetter" : "higherIsBetter").Append("\",\"valueKind\":\"level\",\"basis\":\"target\",")
                .Append("\"targets\":[{\"year\":\"FY2020\",\"value\":").Append(random.Next(1, 100000)).Append("}],")
                .Append("\"observations\":[{\"year\":\"FY2020\",\"value\":").Append(random.Next(0, 150000)).Append("}]}");
        }

        json.Append("]}]}]}");
        document = Encoding.UTF8.GetBytes(json.ToString());
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
