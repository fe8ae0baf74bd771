using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Spreadsheets;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>
/// Splitting a document by scanning its indicator lists for braces gives what reading them token by
/// token gives: the same skeleton and the same indicator slices, for texts full of quotes, backslashes,
/// braces and brackets, written compact or indented. A list the scan cannot take (a comment, a null, a
/// trailing comma) is read token by token.
/// </summary>
public sealed class DocumentSkeletonTests
{
    // Texts a brace counter must not be fooled by.
    private static readonly string[] Tricky =
    [
        "}", "{", "\"", "\\", "\\\"}", "a\"b{c}d\\", "[", "]", "},{", "\"}]},{\"id\":\"x\"", "/* not a comment */", "\\\\", "\u3000{「」}", "\t\n", "\u0001",
    ];

    internal static Gen<Strategy> TrickyStrategies { get; } =
        from strategy in ValidStrategies.Strategy
        from name in Gen.Elements(Tricky)
        from note in Gen.Elements(Tricky)
        select StrategyRewriterAccess.Map(strategy, i => i with { Name = "名" + name, Note = note + "注" });

    private static DocumentSkeleton? AssertSameSplit(byte[] bytes)
    {
        var scanned = DocumentSkeleton.TrySplit(bytes, 0, 64, scan: true);
        var read = DocumentSkeleton.TrySplit(bytes, 0, 64, scan: false);
        Assert.Equal(0, read?.ScannedLists ?? 0);

        Assert.Equal(read is null, scanned is null);
        if (read is not null)
        {
            Assert.Equal(Encoding.UTF8.GetString(read.Skeleton), Encoding.UTF8.GetString(scanned!.Skeleton));
            Assert.Equal(read.Lists.Keys.OrderBy(k => k, StringComparer.Ordinal), scanned.Lists.Keys.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var (owner, list) in read.Lists)
            {
                Assert.Equal(list, scanned.Lists[owner]);
            }
        }

        return scanned;
    }

    [Fact]
    public void Texts_full_of_quotes_and_braces_split_as_when_read_token_by_token()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(TrickyStrategies.ToArbitrary(), strategy =>
        {
            var indented = StrategyJson.Write(strategy);
            using var compact = System.Text.Json.JsonDocument.Parse(indented);
            foreach (var bytes in new[] { Encoding.UTF8.GetBytes(indented), System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(compact.RootElement) })
            {
                // Plain lists are all scanned (the fast way is the one taken), and split as when read token by token.
                var split = AssertSameSplit(bytes)!;
                Assert.Equal(split.Lists.Count, split.ScannedLists);
            }
        }));

    [Theory]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a"} /* c */, {"id": "b"}]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a"}, null, {"id": "b"}]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a"}, {"id": "b"},]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [ ]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a"}   ,{"id": "b"}  ], "measures": [{"id": "m", "indicators": [{"id": "c}"}]}]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a\"}"}]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a"}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a\""}]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [1, {"id": "a"}]}]}""")]
    [InlineData("{\"goals\": [{\"id\": \"g\", \"indicators\": [{\"id\":\"a\"/*{*/} // },{\"id\":\"b\"}\n]}]}")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a" /* TODO "fix */}, {"id": "b"}]}]}""")]
    [InlineData("""{"goals": [{"id": "g", "indicators": [{"id": "a", "note": "//"}, {"id": "b"}]}]}""")]
    public void Lists_the_scan_cannot_take_are_read_token_by_token(string json)
        => AssertSameSplit(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_list_with_a_comment_is_read_token_by_token_and_the_plain_one_beside_it_is_scanned()
    {
        var split = AssertSameSplit(Encoding.UTF8.GetBytes("""{"goals": [{"id": "g", "indicators": [{"id": "a"} /* c */], "measures": [{"id": "m", "indicators": [{"id": "b", "targets": [{"year": "FY2020"}, {"year": "FY2021"}]}]}]}]}"""))!;

        Assert.Equal(2, split.Lists.Count);
        Assert.Equal(1, split.ScannedLists);
    }

    [Fact]
    public void A_field_name_the_reader_cannot_turn_into_text_leaves_the_document_to_the_whole_reader()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"goals": [{"\ud800": 1, "indicators": [{"id": "a"}]}]}""");

        Assert.Null(DocumentSkeleton.TrySplit(bytes, 0, 64));
        var read = StrategyJson.ReadStream(new MemoryStream(bytes));
        Assert.False(read.IsValid);
    }
}
