using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Robustness;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>
/// Reading a document split into skeleton and indicators gives the DTO System.Text.Json gives for the
/// whole document, or nothing (then the whole document is deserialized as before): over generated
/// strategies (texts full of quotes and braces included), one-byte edits of them, the hostile corpus,
/// and documents nested up to the depth limit.
/// </summary>
public sealed class SplitDeserializerTests
{
    private static JsonTypeInfo<StrategyDto> Contract(int maxDepth)
    {
        var options = new JsonSerializerOptions(StrategyJsonContext.Default.Options) { AllowDuplicateProperties = false, MaxDepth = maxDepth };
        options.Converters.Add(new ExactDecimalConverter());
        return new StrategyJsonContext(options).StrategyDto;
    }

    private static readonly JsonTypeInfo<StrategyDto> Default = Contract(DocumentReadOptions.Default.MaxDepth);

    // What System.Text.Json makes of the whole document, written out; null when it refuses it.
    private static string? Whole(byte[] bytes, int start, JsonTypeInfo<StrategyDto> contract)
    {
        try
        {
            var dto = JsonSerializer.Deserialize(new ReadOnlySpan<byte>(bytes, start, bytes.Length - start), contract);
            return dto is null ? "null" : JsonSerializer.Serialize(dto, contract);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool AssertAgrees(byte[] bytes, int start = 0, JsonTypeInfo<StrategyDto>? contract = null, int maxDepth = 64)
    {
        contract ??= Default;
        var split = SplitDeserializer.TryRead(bytes, start, maxDepth, contract);
        if (split is null)
        {
            return false;
        }

        var whole = Whole(bytes, start, contract);
        Assert.True(whole is not null, "read split but refused whole: " + Encoding.UTF8.GetString(bytes, start, Math.Min(400, bytes.Length - start)));
        Assert.Equal(whole, JsonSerializer.Serialize(split, contract));
        return true;
    }

    [Fact]
    public void Generated_strategies_read_split_to_what_the_whole_reader_gives()
    {
        var split = 0;
        var total = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(DocumentSkeletonTests.TrickyStrategies.ToArbitrary(), strategy =>
        {
            total++;
            split += AssertAgrees(Encoding.UTF8.GetBytes(StrategyJson.Write(strategy))) ? 1 : 0;
        }));

        // Decimals of 29 digits leave a document to the whole reader; most are read split.
        Assert.True(split > total / 2, "read split: " + split + " of " + total);
    }

    private static readonly Gen<(byte[] Bytes, int Position, int Edit)> Edits =
        from strategy in ValidStrategies.Strategy
        let bytes = Encoding.UTF8.GetBytes(StrategyJson.Write(strategy))
        from position in Gen.Choose(0, bytes.Length - 1)
        from edit in Gen.Choose(0, 12)
        select (bytes, position, edit);

    [Fact]
    public void An_edited_document_is_read_split_only_to_what_the_whole_reader_gives()
    {
        var split = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1500), Prop.ForAll(Edits.ToArbitrary(), e =>
        {
            const string inserted = "{}[],:\"\\ 0n/";
            var bytes = e.Bytes.ToList();
            switch (e.Edit)
            {
                case 0:
                    bytes.RemoveAt(e.Position);
                    break;
                default:
                    bytes.Insert(e.Position, (byte)inserted[e.Edit - 1]);
                    break;
            }

            split += AssertAgrees(bytes.ToArray()) ? 1 : 0;
        }));

        // An edit in white space or in a text leaves a document that is still read split.
        Assert.True(split > 100, "read split: " + split);
    }

    [Fact]
    public void The_hostile_corpus_is_read_split_only_to_what_the_whole_reader_gives()
    {
        var checkedCases = 0;
        var split = 0;
        foreach (var c in HostileCorpus.All.Where(c => !c.IsPolicy && c.Bytes.Length < 1_000_000))
        {
            if (DocumentText.IsUtf8(c.Bytes, out var start, out _))
            {
                split += AssertAgrees(c.Bytes, start) ? 1 : 0;
                checkedCases++;
            }
        }

        Assert.True(checkedCases > 300, "corpus cases: " + checkedCases);

        // Documents whose only fault is in their content (a rule, a reference) are read split before they are checked.
        Assert.True(split > 50, "read split: " + split);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(19)]
    [InlineData(20)]
    public void Near_the_depth_limit_the_split_read_refuses_what_the_whole_reader_refuses(int maxDepth)
    {
        // Measures nested five deep put the indicators' manual grades at depth 17.
        var measure = """{"id": "m5", "code": "5", "title": "t", "indicators": [{"id": "k", "observations": [{"year": "FY2020", "manualGrade": {"grade": "A", "reason": "r"}}]}]}""";
        for (var level = 4; level >= 1; level--)
        {
            measure = "{\"id\": \"m" + level + "\", \"code\": \"" + level + "\", \"title\": \"t\", \"subMeasures\": [" + measure + "]}";
        }

        var json = "{\"formatVersion\": 1, \"goals\": [{\"id\": \"g\", \"code\": \"1\", \"title\": \"t\", \"measures\": [" + measure + "]}]}";
        var bytes = Encoding.UTF8.GetBytes(json);
        var contract = Contract(maxDepth);

        var read = AssertAgrees(bytes, 0, contract, maxDepth);

        // Refused whole below 19 (the manual grade's object would be the 19th container), read whole and split from 19 on.
        Assert.Equal(maxDepth >= 19, Whole(bytes, 0, contract) is not null);
        Assert.Equal(maxDepth >= 19, read);
    }
}
