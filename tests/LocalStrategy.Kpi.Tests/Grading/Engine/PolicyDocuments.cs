using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// A small valid policy document and a way to change one part of it. Its one version has grades
/// A, B, C and N (no actual); rule 0 (<c>$.versions[0].rules[0]</c>) is manual, rule 1 grades the
/// achievement rate against the year's target: A ≥ 100 %, B ≥ 80 %, C otherwise.
/// </summary>
internal static class PolicyDocuments
{
    internal const string Minimal = """
        {
          "formatVersion": 1,
          "name": "test-policy",
          "title": { "ja": "テスト用の評価方法", "en": "A policy for tests" },
          "versions": [
            {
              "grades": [
                { "code": "A", "ja": "A評価", "en": "A" },
                { "code": "B", "ja": "B評価", "en": "B" },
                { "code": "C", "ja": "C評価", "en": "C" },
                { "code": "N", "ja": "実績なし", "en": "No actual" }
              ],
              "notGradable": [ { "reason": "noActual", "grade": "N" } ],
              "rules": [
                { "id": "t.manual", "en": "Manual.", "ja": "個別評価。", "basis": [ "manual" ], "measure": "manual" },
                {
                  "id": "t.rate", "en": "Rate against the year's target.", "ja": "当該年度の目標値に対する達成率。",
                  "basis": [ "target" ], "measure": "achievementRate", "target": "year",
                  "bands": [
                    { "grade": "A", "op": ">=", "value": 1 },
                    { "grade": "B", "op": ">=", "value": 0.8 },
                    { "grade": "C", "op": "otherwise" }
                  ]
                }
              ]
            }
          ]
        }
        """;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The minimal document changed by <paramref name="change"/>.</summary>
    internal static string With(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(Minimal)!.AsObject();
        change(document);
        return document.ToJsonString(Indented);
    }

    /// <summary>The first version of a document.</summary>
    internal static JsonObject Version(JsonObject document) => document["versions"]![0]!.AsObject();

    /// <summary>The rate rule (rule 1) of the first version.</summary>
    internal static JsonObject RateRule(JsonObject document) => Version(document)["rules"]![1]!.AsObject();

    /// <summary>The bands of the rate rule.</summary>
    internal static JsonArray Bands(JsonObject document) => RateRule(document)["bands"]!.AsArray();

    /// <summary>Reads a document that must be valid.</summary>
    internal static Kpi.Grading.PolicyDefinition Valid(string json)
    {
        var read = PolicyJson.Read(json);
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        return read.Value!;
    }

    /// <summary>Reads a document that must fail and returns its errors; no definition is given.</summary>
    internal static IReadOnlyList<ValidationError> Errors(string json)
    {
        var read = PolicyJson.Read(json);
        Assert.False(read.IsValid);
        Assert.Null(read.Value);
        Assert.NotEmpty(read.Errors);
        return read.Errors;
    }
}
