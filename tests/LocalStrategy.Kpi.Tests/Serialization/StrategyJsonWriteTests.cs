using System.Text.Json;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

public sealed class StrategyJsonWriteTests
{
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2020), new FiscalYear(2024));

    [Fact]
    public void Japanese_text_is_written_as_is_not_as_unicode_escapes()
    {
        var json = StrategyJson.Write(SampleDocuments.Load(SampleDocuments.AzuminoFy2020));

        Assert.Contains("\"name\": \"安曇野市\"", json, StringComparison.Ordinal);
        Assert.Contains("新たな雇用を生み出す", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Symbols_common_in_plans_are_written_as_is()
    {
        var strategy = new Strategy("s", new Municipality("伊那市"), "CO2 461,000 → 287,182 t-CO2/年 ㎥/年 ▲508 △472 ①② 全6校 <&>'", Plan);

        var json = StrategyJson.Write(strategy);

        Assert.Contains("\"title\": \"CO2 461,000 → 287,182 t-CO2/年 ㎥/年 ▲508 △472 ①② 全6校 <&>'\"", json, StringComparison.Ordinal);
        Assert.Equal(strategy, StrategyJson.Read(json).GetValueOrThrow());
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("1563429")]
    [InlineData("1.50")]
    [InlineData("-473")]
    [InlineData("0.00")]
    [InlineData("265.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void Decimals_are_written_exactly_as_they_are(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var strategy = StrategyWithValue(value);

        var json = StrategyJson.Write(strategy);

        Assert.Equal(text, RawValue(json));
        var back = StrategyJson.Read(json).GetValueOrThrow();
        var read = back.Goals[0].Indicators[0].Observations[0].Value;
        Assert.Equal(value, read);
        Assert.Equal(text, read!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("1563429")]
    [InlineData("1.50")]
    [InlineData("-473")]
    [InlineData("-0.0010")]
    public void Decimals_read_from_a_document_are_written_back_unchanged(string text)
    {
        var document = StrategyJson.Write(StrategyWithValue(1m)).Replace("\"value\": 1", "\"value\": " + text, StringComparison.Ordinal);

        var json = StrategyJson.Write(StrategyJson.Read(document).GetValueOrThrow());

        Assert.Equal(text, RawValue(json));
        Assert.Equal(document, json);
    }

    [Fact]
    public void The_embedded_Azumino_sample_reads_writes_and_reads_back_equal()
    {
        var original = SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020);

        var first = StrategyJson.Read(original);
        Assert.Empty(first.Errors);
        var written = StrategyJson.Write(first.Value!);
        var second = StrategyJson.Read(written);

        Assert.Empty(second.Errors);
        Assert.Equal(first.Value, second.Value);
        Assert.Equal(written, StrategyJson.Write(second.Value!));
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)),
            "Writing the sample lost or changed a field.");
    }

    [Fact]
    public void Defaults_are_left_out_and_read_back_as_defaults()
    {
        var indicator = new Indicator("k1", IndicatorKind.Kpi, "新規起業者数", new Unit("人"), Direction.HigherIsBetter, ValueKind.AnnualFlow, GradingBasis.Target)
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2020)) { Value = 10m }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2020)) { Value = 7m }),
        };
        var strategy = new Strategy("s", new Municipality("安曇野市"), "戦略", Plan)
        {
            Goals = ValueList<BasicGoal>.Of(new BasicGoal("g1", "1", "目標") { Indicators = ValueList<Indicator>.Of(indicator) }),
        };

        var json = StrategyJson.Write(strategy);

        Assert.DoesNotContain("\"scale\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"per\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"comparison\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Contains("\"formatVersion\": 1", json, StringComparison.Ordinal);
        var back = StrategyJson.Read(json).GetValueOrThrow();
        Assert.Equal(strategy, back);
        Assert.Equal(ObservationStatus.Final, back.Goals[0].Indicators[0].Observations[0].Status);
        Assert.Equal(1m, back.Goals[0].Indicators[0].Unit.Scale);
    }

    [Fact]
    public void Write_refuses_null()
        => Assert.Throws<ArgumentNullException>(() => StrategyJson.Write(null!));

    private static Strategy StrategyWithValue(decimal value)
    {
        var indicator = new Indicator("ng1", IndicatorKind.NumericGoal, "自然増減数", new Unit("人"), Direction.HigherIsBetter, ValueKind.AnnualFlow, GradingBasis.Target)
        {
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2020)) { Value = value }),
        };
        return new Strategy("s", new Municipality("安曇野市"), "戦略", Plan)
        {
            Goals = ValueList<BasicGoal>.Of(new BasicGoal("g1", "1", "目標") { Indicators = ValueList<Indicator>.Of(indicator) }),
        };
    }

    private static string RawValue(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("goals")[0].GetProperty("indicators")[0]
            .GetProperty("observations")[0].GetProperty("value").GetRawText();
    }
}
