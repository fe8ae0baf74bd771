using System.Text;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Validation;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>Reading documents that are not JSON, not objects, or hold fields the format lacks.</summary>
public sealed class StrategyJsonReadTests
{
    [Fact]
    public void A_missing_comma_is_JsonSyntax_at_the_line_and_position_of_the_unexpected_character()
    {
        const string json = "{\"formatVersion\": 1 \"id\": \"x\"}";
        //                   position 21 is the quote that opens "id" ----^

        var error = DocumentErrors.Single(json);

        Assert.Equal(ValidationCodes.JsonSyntax, error.Code);
        Assert.StartsWith("Line 1, position 21: ", error.Message.English, StringComparison.Ordinal);
        Assert.StartsWith("1行目 21文字目: ", error.Message.Japanese, StringComparison.Ordinal);
        Assert.Null(error.AttemptedValue);
    }

    [Fact]
    public void Positions_count_characters_not_utf8_bytes_when_japanese_text_precedes_the_error()
    {
        var json = string.Join(
            "\n",
            "{",
            "  \"formatVersion\": 1,",
            "  \"id\": \"安曇野\" \"title\": \"x\"",
            "}");
        var line = json.Split('\n')[2];
        var expected = line.IndexOf("\"title\"", StringComparison.Ordinal) + 1;
        Assert.Equal(15, expected);

        var error = DocumentErrors.Single(json);

        Assert.Equal(ValidationCodes.JsonSyntax, error.Code);
        Assert.StartsWith("Line 3, position 15: ", error.Message.English, StringComparison.Ordinal);
        Assert.StartsWith("3行目 15文字目: ", error.Message.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_are_counted_the_same_with_windows_line_ends()
    {
        var json = "{\r\n  \"formatVersion\": 1,\r\n  \"title\": \"総合戦略\",\r\n  \"id\": \"x\" \"generation\": 2\r\n}";

        var error = DocumentErrors.Single(json);

        Assert.StartsWith("Line 4, position 13: ", error.Message.English, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"formatVersion\": 1,}")]
    [InlineData("{\"id\": \"x\" /* unterminated")]
    [InlineData("{\"id\": 'x'}")]
    [InlineData("安曇野市")]
    public void Text_that_is_not_a_json_object_is_one_JsonSyntax_error(string json)
    {
        var error = DocumentErrors.Single(json);

        Assert.Equal(ValidationCodes.JsonSyntax, error.Code);
        Assert.Matches("^Line [1-9][0-9]*, position [1-9][0-9]*: .+", error.Message.English);
        Assert.Matches("^[1-9][0-9]*行目 [1-9][0-9]*文字目: JSON として読み取れないか、値の型が違います（.+）。$", error.Message.Japanese);
    }

    [Theory]
    [InlineData("formatVersion", "\"1\"", "a whole number")]
    [InlineData("generation", "1.5", "a whole number")]
    [InlineData("title", "5", "a string")]
    [InlineData("municipality", "\"安曇野市\"", "this field's type")]
    [InlineData("goals", "{}", "this field's type")]
    public void A_field_of_the_wrong_json_type_is_JsonSyntax_naming_the_expected_type_in_plain_words(string field, string value, string expected)
    {
        var json = With(d => d[field] = JsonNode.Parse(value));

        var error = DocumentErrors.Single(json);

        Assert.Equal(ValidationCodes.JsonSyntax, error.Code);
        Assert.Equal("$." + field, error.Path);
        Assert.EndsWith(": The JSON value could not be converted to " + expected + ".", error.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("Dto", error.Message.English, StringComparison.Ordinal);
        Assert.EndsWith("（$." + field + "）。", error.Message.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_field_of_the_wrong_type_has_its_full_path()
    {
        var error = DocumentErrors.Single(With(d => First(FirstKpi(d), "observations")["value"] = "7"));

        Assert.Equal(ValidationCodes.JsonSyntax, error.Code);
        Assert.Equal(KpiPath + ".observations[0].value", error.Path);
        Assert.EndsWith("could not be converted to a number.", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_UnknownField_with_its_path_and_line()
    {
        var json = With(d =>
        {
            var kpi = FirstKpi(d);
            kpi["directon"] = kpi["direction"]!.DeepClone();
            kpi.Remove("direction");
        });
        const string path = "$.goals[0].measures[0].indicators[0].directon";
        var lines = json.Split('\n');
        var lineIndex = Array.FindIndex(lines, l => l.Contains("\"directon\"", StringComparison.Ordinal));
        var nameColumn = lines[lineIndex].IndexOf("\"directon\"", StringComparison.Ordinal) + 1;
        var lineEnd = lines[lineIndex].TrimEnd().Length;

        var error = DocumentErrors.Single(json);

        Assert.Equal(ValidationCodes.UnknownField, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Null(error.AttemptedValue);
        var match = System.Text.RegularExpressions.Regex.Match(error.Message.English, "^Line ([0-9]+), position ([0-9]+): ");
        Assert.True(match.Success, error.Message.English);
        Assert.Equal(lineIndex + 1, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), nameColumn, lineEnd);
        Assert.EndsWith(
            $": the field {path} is not part of the format (check its spelling; docs/format.md lists the fields).",
            error.Message.English,
            StringComparison.Ordinal);
        Assert.EndsWith(
            $": 項目 {path} はこの形式にありません（綴りを確認してください。項目の一覧は docs/format.md にあります）。",
            error.Message.Japanese,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_null_document_is_one_JsonSyntax_error_and_no_strategy()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.JsonSyntax,
                "$",
                "null",
                new LocalizedText("文書が JSON の null です。オブジェクトにしてください。", "The document is JSON null, not an object.")),
            DocumentErrors.Single(" null "));

    [Fact]
    public void Comments_are_skipped()
    {
        var json = "// 安曇野市の総合戦略\n" + Minimal.Replace("\"formatVersion\": 1,", "\"formatVersion\": 1, /* 形式 */", StringComparison.Ordinal);

        Assert.True(StrategyJson.Read(json).IsValid);
    }

    [Fact]
    public void A_document_with_errors_gives_no_strategy_and_GetStrategyOrThrow_lists_every_error()
    {
        var json = With(d =>
        {
            FirstKpi(d).Remove("direction");
            d["generation"] = 0;
        });

        var result = StrategyJson.Read(json);

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(2, result.Errors.Count);
        var ex = Assert.Throws<DocumentException>(() => result.GetValueOrThrow());
        Assert.Equal(result.Errors, ex.Errors);
        Assert.StartsWith("The strategy document is not valid:", ex.Message, StringComparison.Ordinal);
        Assert.All(result.Errors, e => Assert.Contains("  " + e, ex.Message, StringComparison.Ordinal));
        Assert.IsAssignableFrom<FormatException>(ex);
        var parseEx = Assert.Throws<DocumentException>(() => StrategyJson.Read(json).GetValueOrThrow());
        Assert.Equal(result.Errors, parseEx.Errors);
    }

    [Fact]
    public void A_document_that_is_not_json_also_throws_from_GetValueOrThrow()
    {
        var result = StrategyJson.Read("{");

        var ex = Assert.Throws<DocumentException>(() => result.GetValueOrThrow());

        Assert.Equal(ValidationCodes.JsonSyntax, Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void Reading_null_text_is_an_argument_error()
        => Assert.Throws<ArgumentNullException>(() => StrategyJson.Read(null!));

    [Fact]
    public void ReadFile_reads_utf8_with_a_byte_order_mark()
    {
        var path = Path.Combine(Path.GetTempPath(), "localstrategy-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            File.WriteAllText(path, Minimal, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            var result = StrategyJson.ReadFile(path);

            Assert.True(result.IsValid);
            Assert.Equal("安曇野市", result.Value.Municipality.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
