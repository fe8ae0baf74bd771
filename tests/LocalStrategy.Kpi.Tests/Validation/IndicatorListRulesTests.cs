using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>
/// The rules over indicator lists (one loop per list, not a rule per element) name a null element and
/// every problem of a doubtful indicator under the indicator's full path, in the lists' order, at every
/// level: a goal's, a measure's and a sub-measure's indicators; read whole and read split alike.
/// </summary>
public sealed class IndicatorListRulesTests
{
    private static string Broken() => With(d =>
    {
        // A null indicator on the goal, a KPI with two problems on the measure, and on the sub-measure a null then a broken one.
        Goal(d)["indicators"]!.AsArray().Add(null);
        First(FirstKpi(d), "targets")["year"] = "2020年";
        FirstKpi(d)["direction"] = "up";
        var sub = JsonNode.Parse(FirstKpi(d).ToJsonString())!.AsObject();
        sub["id"] = "k-sub";
        sub["direction"] = "higherIsBetter";
        sub["name"] = null;
        Measure(d)["subMeasures"]![0]!["indicators"] = new JsonArray(null, sub);
    });

    [Fact]
    public void Null_and_doubtful_indicators_are_named_under_their_paths_at_every_level()
    {
        var errors = DocumentErrors.All(Broken()).Select(e => e.Code + " " + e.Path).ToList();

        Assert.Equal(
            new[]
            {
                ValidationCodes.Required + " $.goals[0].indicators[1]",
                ValidationCodes.UnknownValue + " $.goals[0].measures[0].indicators[0].direction",
                ValidationCodes.InvalidPeriod + " $.goals[0].measures[0].indicators[0].targets[0].year",
                ValidationCodes.Required + " $.goals[0].measures[0].subMeasures[0].indicators[0]",
                ValidationCodes.Required + " $.goals[0].measures[0].subMeasures[0].indicators[1].name",
                ValidationCodes.InvalidPeriod + " $.goals[0].measures[0].subMeasures[0].indicators[1].targets[0].year",
            },
            errors.Where(e => !e.StartsWith(ValidationCodes.DuplicateId, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_file_read_split_names_the_same_problems_in_the_same_order()
    {
        var json = Broken();
        var whole = StrategyJson.Read(json);

        var split = StrategyJson.ReadStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));

        Assert.False(split.IsValid);
        Assert.Equal(whole.Errors, split.Errors);
    }

    [Fact]
    public void Doubtful_indicators_read_split_are_named_as_when_read_whole()
    {
        // No null element: the document is read split (checked below), then checked.
        var json = With(d =>
        {
            First(FirstKpi(d), "targets")["year"] = "2020年";
            FirstKpi(d)["direction"] = "up";
        });
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var contract = new System.Text.Json.JsonSerializerOptions(StrategyJsonContext.Default.Options) { AllowDuplicateProperties = false };
        contract.Converters.Add(new ExactDecimalConverter());
        Assert.NotNull(SplitDeserializer.TryRead(bytes, 0, 64, new StrategyJsonContext(contract).StrategyDto));

        var split = StrategyJson.ReadStream(new MemoryStream(bytes));

        Assert.Equal(StrategyJson.Read(json).Errors, split.Errors);
        Assert.Equal(
            new[] { ValidationCodes.UnknownValue + " $.goals[0].measures[0].indicators[0].direction", ValidationCodes.InvalidPeriod + " $.goals[0].measures[0].indicators[0].targets[0].year" },
            split.Errors.Select(e => e.Code + " " + e.Path));
    }
}
