using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>
/// A small valid strategy document and a way to change one part of it. Paths of its parts:
/// goal <c>$.goals[0]</c>; its percentage goal indicator <c>$.goals[0].indicators[0]</c> (g1-ng1);
/// measure <c>$.goals[0].measures[0]</c> (code 1-1) with the KPI <c>…indicators[0]</c> (k1-1-1), the
/// milestone KPI <c>…indicators[1]</c> (k1-1-2) and the sub-measure <c>…subMeasures[0]</c> (code 1-1-①).
/// The plan period is FY2020–FY2024.
/// </summary>
internal static class TestDocument
{
    internal const string Minimal = """
        {
          "formatVersion": 1,
          "id": "test-strategy",
          "municipality": { "name": "安曇野市", "prefecture": "長野県", "code": "202207" },
          "title": "安曇野市まち・ひと・しごと創生総合戦略",
          "generation": 2,
          "planPeriod": { "first": "FY2020", "last": "FY2024" },
          "revisionDate": "2021-03-31",
          "viewpoints": [ { "id": "v1", "title": "人口減少への対応" } ],
          "goals": [
            {
              "id": "g1",
              "code": "1",
              "title": "新たな雇用を生み出す",
              "viewpointIds": [ "v1" ],
              "indicators": [
                {
                  "id": "g1-ng1",
                  "kind": "numericGoal",
                  "name": "生産年齢人口に占める就労者数の割合",
                  "unit": { "label": "%" },
                  "direction": "higherIsBetter",
                  "valueKind": "percentage",
                  "basis": "target",
                  "baseline": { "period": "FY2019", "value": 20.6 },
                  "targets": [ { "year": "FY2020", "value": 21.1 } ],
                  "observations": [ { "year": "FY2020", "value": 22.2 } ]
                }
              ],
              "measures": [
                {
                  "id": "m1-1",
                  "code": "1-1",
                  "title": "商工業の振興",
                  "priorityLevel": 2,
                  "indicators": [
                    {
                      "id": "k1-1-1",
                      "kind": "kpi",
                      "name": "新規起業者数",
                      "unit": { "label": "人", "per": "perYear" },
                      "direction": "higherIsBetter",
                      "valueKind": "annualFlow",
                      "basis": "target",
                      "baseline": { "period": "R元", "value": 0 },
                      "targets": [ { "year": "FY2020", "value": 10 } ],
                      "observations": [ { "year": "FY2020", "value": 7 } ]
                    },
                    {
                      "id": "k1-1-2",
                      "kind": "kpi",
                      "name": "自転車活用推進計画の策定",
                      "unit": { "label": "" },
                      "direction": "milestone",
                      "valueKind": "milestoneStage",
                      "basis": "target",
                      "stages": [ "未着手", "着手", "策定" ],
                      "baseline": { "stage": "未着手" },
                      "targets": [ { "year": "FY2020", "stage": "着手" } ],
                      "observations": [ { "year": "FY2020", "stage": "着手", "publishedGrade": "A" } ]
                    }
                  ],
                  "subMeasures": [ { "id": "m1-1-1", "code": "1-1-①", "title": "創業支援" } ]
                }
              ]
            }
          ],
          "projects": [ { "id": "p1", "title": "価値創出プロジェクト", "measureCodes": [ "1-1", "1-1-①" ] } ]
        }
        """;

    internal const string GoalPath = "$.goals[0]";
    internal const string PercentPath = "$.goals[0].indicators[0]";
    internal const string MeasurePath = "$.goals[0].measures[0]";
    internal const string KpiPath = "$.goals[0].measures[0].indicators[0]";
    internal const string MilestonePath = "$.goals[0].measures[0].indicators[1]";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        MaxDepth = 1024,
    };

    /// <summary>Gets the minimal document with one change applied.</summary>
    internal static string With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Minimal)!.AsObject();
        change(root);
        return root.ToJsonString(Options);
    }

    internal static JsonObject Goal(JsonObject root) => root["goals"]![0]!.AsObject();

    internal static JsonObject Percent(JsonObject root) => Goal(root)["indicators"]![0]!.AsObject();

    internal static JsonObject Measure(JsonObject root) => Goal(root)["measures"]![0]!.AsObject();

    internal static JsonObject FirstKpi(JsonObject root) => Measure(root)["indicators"]![0]!.AsObject();

    internal static JsonObject Milestone(JsonObject root) => Measure(root)["indicators"]![1]!.AsObject();

    internal static JsonObject First(JsonObject indicator, string list) => indicator[list]![0]!.AsObject();
}
