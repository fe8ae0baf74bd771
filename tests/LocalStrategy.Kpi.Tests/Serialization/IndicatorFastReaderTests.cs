using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>
/// The fast indicator reader never decides anything System.Text.Json would decide otherwise: whatever
/// it reads, the strict reader reads to an equal DTO; whatever the strict reader refuses, it declines.
/// It takes the plain indicators programs write (so the fast path is the usual one), and declines the
/// unusual ones the strict reader still reads (nulls, exponents, escaped names), which then go the
/// usual way.
/// </summary>
public sealed class IndicatorFastReaderTests
{
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<IndicatorDto> Strict = StrategyJson.IndicatorReading(DocumentReadOptions.Default);

    private static readonly Gen<string[]> GeneratedIndicators =
        ValidStrategies.Strategy.Select(s => IndicatorTexts(StrategyJson.Write(s)).ToArray());

    private static List<string> IndicatorTexts(string document)
    {
        using var json = JsonDocument.Parse(document);
        return Walk(json.RootElement).ToList();

        static IEnumerable<string> Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "indicators" && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var indicator in property.Value.EnumerateArray())
                        {
                            yield return indicator.GetRawText();
                        }
                    }
                    else
                    {
                        foreach (var text in Walk(property.Value))
                        {
                            yield return text;
                        }
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var text in element.EnumerateArray().SelectMany(Walk))
                {
                    yield return text;
                }
            }
        }
    }

    // What the strict reader makes of the bytes, written out: null when it refuses them.
    private static string? Strictly(byte[] bytes)
    {
        try
        {
            var dto = JsonSerializer.Deserialize(bytes, Strict);
            return dto is null ? "null" : JsonSerializer.Serialize(dto, Strict);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AssertAgrees(byte[] bytes)
    {
        if (IndicatorFastReader.TryRead(bytes, 64, out var fast))
        {
            var strict = Strictly(bytes);
            Assert.True(strict is not null, "read fast but refused strictly: " + Encoding.UTF8.GetString(bytes));
            Assert.Equal(strict, JsonSerializer.Serialize(fast!, Strict));
        }
    }

    [Fact]
    public void Generated_indicators_are_read_fast_to_what_the_strict_reader_gives()
    {
        var read = 0;
        var total = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(GeneratedIndicators.ToArbitrary(), indicators =>
        {
            foreach (var text in indicators)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                AssertAgrees(bytes);
                total++;
                read += IndicatorFastReader.TryRead(bytes, 64, out _) ? 1 : 0;
            }
        }));

        // The generator writes decimals of up to 29 digits, which the fast path leaves to the strict reader; the rest it reads.
        Assert.True(total > 200, "indicators: " + total);
        Assert.True(read > total * 9 / 10, "read fast: " + read + " of " + total);
    }

    // One edit of an indicator's text: a byte removed, doubled, or one of JSON's own characters put in.
    private static readonly Gen<(string Text, int Position, int Edit)> Edits =
        from indicators in GeneratedIndicators.Where(i => i.Length > 0)
        from index in Gen.Choose(0, 1000)
        let text = indicators[index % indicators.Length]
        from position in Gen.Choose(0, text.Length - 1)
        from edit in Gen.Choose(0, 21)
        select (text, position, edit);

    private static byte[] Apply(string text, int position, int edit)
    {
        const string inserted = "{}[],:\"\\ 0-.eEnt/\u00e9";
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        position = Math.Min(position, bytes.Count - 1);
        switch (edit)
        {
            case 0:
                bytes.RemoveAt(position);
                break;
            case 1:
                bytes.Insert(position, bytes[position]);
                break;
            default:
                bytes.InsertRange(position, Encoding.UTF8.GetBytes(inserted[(edit - 2) % inserted.Length].ToString()));
                break;
        }

        return bytes.ToArray();
    }

    [Fact]
    public void An_edited_indicator_is_read_fast_only_to_what_the_strict_reader_gives()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(Edits.ToArbitrary(), e => AssertAgrees(Apply(e.Text, e.Position, e.Edit))));

    [Theory]
    [InlineData("""{"id": null, "kind": "kpi"}""")]
    [InlineData("""{"id": "a", "id": "b"}""")]
    [InlineData("""{"\u0069d": "a"}""")]
    [InlineData("""{"id": "a", "colour": "red"}""")]
    [InlineData("""{"targets": [{"year": "FY2020", "value": 1e2}]}""")]
    [InlineData("""{"targets": [{"year": "FY2020", "value": 12345678901234567890123456789}]}""")]
    [InlineData("""{"targets": [{"year": "FY2020", "value": "12"}]}""")]
    [InlineData("""{"targets": [null]}""")]
    [InlineData("""{"targets": [{"year": "FY2020", "year": "FY2021"}]}""")]
    [InlineData("""{"observations": [{"manualGrade": {"grade": "A", "grade": "B"}}]}""")]
    [InlineData("""{"unit": {"label": "件"}, "unit": {"label": "人"}}""")]
    [InlineData("""{"id": "a" /* a comment */}""")]
    [InlineData("""{"id": "a"} x""")]
    [InlineData("""{"id": "a"}{"id": "b"}""")]
    [InlineData("""{"stages": ["a", 1]}""")]
    [InlineData("""{"targets": [{"eachYear": "true"}]}""")]
    [InlineData("""[]""")]
    [InlineData("""{"id": "a",}""")]
    public void What_is_not_plain_is_left_to_the_strict_reader(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.False(IndicatorFastReader.TryRead(bytes, 64, out var dto));
        Assert.Null(dto);
    }

    [Fact]
    public void Every_field_of_an_indicator_is_read()
    {
        const string json = """
            {"id": "k\u00e9", "kind": "kpi", "name": "名\"前", "unit": {"label": "%", "scale": 100, "per": "perYear"},
             "direction": "higherIsBetter", "valueKind": "level", "basis": "target", "stages": ["a", "b"],
             "source": "s", "note": "n", "baseline": {"period": "FY2019", "value": -1.50, "stage": "a", "note": "b"},
             "targets": [{"year": "FY2020", "value": 2, "comparison": "atLeast", "min": 1, "max": 3, "stage": "b", "eachYear": true, "note": "t"}],
             "observations": [{"year": "FY2020", "value": 0.000, "stage": "a", "status": "final", "asOf": "2020-04-01", "reason": "r",
               "source": "o", "note": "x", "manualGrade": {"grade": "A", "reason": "m"}, "publishedGrade": "B"}]}
            """;
        var bytes = Encoding.UTF8.GetBytes(json);

        Assert.True(IndicatorFastReader.TryRead(bytes, 64, out var dto));
        Assert.Equal(Strictly(bytes), JsonSerializer.Serialize(dto!, Strict));
        Assert.Equal("ké", dto!.id);
        Assert.Equal(-1.50m, dto.baseline!.value);
        Assert.Equal("-1.50", dto.baseline.value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(dto.targets![0].eachYear);
        Assert.Equal("m", dto.observations![0].manualGrade!.reason);
    }

    [Fact]
    public void Repeated_values_are_one_string_and_still_the_right_one()
    {
        var first = Encoding.UTF8.GetBytes("""{"kind": "kpi", "direction": "higherIsBetter", "unit": {"label": "件"}}""");
        var second = Encoding.UTF8.GetBytes("""{"kind": "kgi", "direction": "higherIsBetter", "unit": {"label": "人"}}""");

        Assert.True(IndicatorFastReader.TryRead(first, 64, out var a));
        Assert.True(IndicatorFastReader.TryRead(second, 64, out var b));
        Assert.True(IndicatorFastReader.TryRead(first, 64, out var c));

        Assert.Same(a!.direction, b!.direction);
        Assert.Equal(("kpi", "件"), (a.kind, a.unit!.label));
        Assert.Equal(("kgi", "人"), (b.kind, b.unit!.label));
        Assert.Equal(("kpi", "件"), (c!.kind, c.unit!.label));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Near_the_depth_limit_the_fast_reader_refuses_what_the_strict_reader_refuses(int maxDepth)
    {
        var bytes = Encoding.UTF8.GetBytes("""{"id": "k", "stages": ["a"], "observations": [{"year": "FY2020", "manualGrade": {"grade": "A", "reason": "r"}}]}""");
        var options = new JsonSerializerOptions(StrategyJsonContext.Default.Options) { AllowDuplicateProperties = false, MaxDepth = maxDepth };
        options.Converters.Add(new ExactDecimalConverter());
        var strict = new StrategyJsonContext(options).IndicatorDto;
        bool strictReads;
        try
        {
            JsonSerializer.Deserialize(bytes, strict);
            strictReads = true;
        }
        catch (JsonException)
        {
            strictReads = false;
        }

        // Four objects and arrays deep: the strict reader takes it from a limit of 4 on, and so does the fast one.
        Assert.Equal(maxDepth >= 4, strictReads);
        Assert.Equal(strictReads, IndicatorFastReader.TryRead(bytes, maxDepth, out _));
    }
}
