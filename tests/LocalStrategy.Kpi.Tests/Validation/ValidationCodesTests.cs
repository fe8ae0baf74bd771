using System.Reflection;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>Every code in <see cref="ValidationCodes"/> is reachable from a document, and each example yields only it.</summary>
public sealed class ValidationCodesTests
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        [ValidationCodes.JsonSyntax] = "{ \"formatVersion\": 1 \"id\": \"x\" }",
        [ValidationCodes.UnknownField] = With(d => d["titel"] = "typo"),
        [ValidationCodes.FormatVersionUnsupported] = With(d => d["formatVersion"] = 0),
        [ValidationCodes.Required] = With(d => d.Remove("id")),
        [ValidationCodes.DirectionMissing] = With(d => Percent(d).Remove("direction")),
        [ValidationCodes.UnknownValue] = With(d => Percent(d)["valueKind"] = "ratio"),
        [ValidationCodes.DuplicateId] = With(d => d["projects"]![0]!["id"] = "g1"),
        [ValidationCodes.UnknownReference] = With(d => Goal(d)["viewpointIds"] = new JsonArray("v2")),
        [ValidationCodes.InvalidPeriod] = With(d => d["planPeriod"]!["last"] = "令和"),
        [ValidationCodes.PlanPeriodInvalid] = With(d => d["planPeriod"]!["first"] = "FY2025"),
        [ValidationCodes.OutsidePlanPeriod] = With(d => First(Milestone(d), "observations")["year"] = "H31"),
        [ValidationCodes.PercentageOutOfRange] = With(d => First(Percent(d), "observations")["value"] = 250),
        [ValidationCodes.RangeMinGreaterThanMax] = With(d => First(FirstKpi(d), "targets").ReplaceWith(
            new JsonObject { ["year"] = "FY2020", ["comparison"] = "between", ["min"] = 2, ["max"] = 1 })),
        [ValidationCodes.TargetIncomplete] = With(d => First(FirstKpi(d), "targets").Remove("value")),
        [ValidationCodes.DuplicateTarget] = With(d => FirstKpi(d)["targets"]!.AsArray().Add(new JsonObject { ["year"] = "R2", ["value"] = 3 })),
        [ValidationCodes.UnknownStage] = With(d => First(Milestone(d), "targets")["stage"] = "策定済"),
        [ValidationCodes.MunicipalityCodeInvalid] = With(d => d["municipality"]!["code"] = "20220７"),
        [ValidationCodes.OutOfRange] = With(d => Measure(d)["priorityLevel"] = -1),
        [ValidationCodes.NegativePopulation] = With(d => d["population"] = JsonNode.Parse("""
            { "actuals": [ { "asOf": "2020-10-01", "value": -1 } ] }
            """)),
        [ValidationCodes.PeriodsNotIncreasing] = With(d => d["population"] = JsonNode.Parse("""
            { "targets": [ { "period": "2040", "versions": [ { "value": 86000 } ] }, { "period": "2030", "versions": [ { "value": 90000 } ] } ] }
            """)),
        [ValidationCodes.OverlappingRanges] = With(d => d["population"] = JsonNode.Parse("""
            { "componentTargets": [
              { "component": "naturalChange", "first": "FY2023", "last": "FY2025", "perYear": -582 },
              { "component": "naturalChange", "first": "FY2025", "last": "FY2030", "perYear": -681 }
            ] }
            """)),
        [ValidationCodes.DuplicateProperty] = With(d => d["title"] = "DUP").Replace("\"title\": \"DUP\"", "\"title\": \"a\", \"title\": \"b\"", StringComparison.Ordinal),
        [ValidationCodes.NumberNotExact] = With(d => First(FirstKpi(d), "targets")["value"] = 1).Replace("\"value\": 1\n", "\"value\": 1e-30\n", StringComparison.Ordinal),
        [ValidationCodes.YearRangeInvalid] = With(d => d["population"] = JsonNode.Parse("""
            { "componentTargets": [ { "component": "socialChange", "first": "FY2030", "last": "FY2026", "perYear": 263 } ] }
            """)),
    };

    // Codes reached only through the bytes of a document or a limit of the options: read with ReadStream.
    private static readonly Dictionary<string, (byte[] Bytes, DocumentReadOptions Options)> ByteExamples = new(StringComparer.Ordinal)
    {
        [ValidationCodes.NotUtf8] = (new byte[] { 0x7B, 0x22, 0x69, 0x64, 0x22, 0x3A, 0x22, 0x88, 0xC0, 0x96, 0xEC, 0x22, 0x7D }, DocumentReadOptions.Default), // {"id":"安曇" in Shift_JIS}
        [ValidationCodes.DocumentTooLarge] = (System.Text.Encoding.UTF8.GetBytes(Minimal), new DocumentReadOptions { MaxBytes = 100 }),
        [ValidationCodes.TooManyProblems] = (System.Text.Encoding.UTF8.GetBytes(With(d => FirstKpi(d)["observations"] = JsonNode.Parse("""[ { "year": "FY2040" }, { "year": "FY2041" }, { "year": "FY2042" } ]"""))), new DocumentReadOptions { MaxProblems = 1 }),
        [ValidationCodes.NestingTooDeep] = (System.Text.Encoding.UTF8.GetBytes(With(d => Measure(d)["subMeasures"] = NestedSubMeasures(10))), new DocumentReadOptions { MaxDepth = 16 }),
    };

    /// <summary>Sub-measures nested <paramref name="depth"/> deep, each with a code and title of its own.</summary>
    internal static JsonArray NestedSubMeasures(int depth)
    {
        JsonArray? inner = null;
        for (var i = depth; i >= 1; i--)
        {
            var measure = new JsonObject { ["id"] = "deep-" + i, ["code"] = "1-1-" + i, ["title"] = "深さ" + i };
            if (inner is not null)
            {
                measure["subMeasures"] = inner;
            }

            inner = new JsonArray(measure);
        }

        return inner!;
    }

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_document_that_produces_it_and_nothing_else(string code)
    {
        ValidationError error;
        if (ByteExamples.TryGetValue(code, out var bytes))
        {
            using var stream = new MemoryStream(bytes.Bytes);
            var read = StrategyJson.ReadStream(stream, bytes.Options);
            Assert.Null(read.Value);

            // Over the problem limit: the one listed, then the count of the rest.
            error = code == ValidationCodes.TooManyProblems ? read.Errors[1] : Assert.Single(read.Errors);
            Assert.Equal(code == ValidationCodes.TooManyProblems ? 2 : 1, read.Errors.Count);
        }
        else
        {
            Assert.True(Examples.TryGetValue(code, out var json), $"No example document for {code}: add one.");
            error = DocumentErrors.Single(json!);
        }

        Assert.Equal(code, error.Code);
        Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.Message.English));
        Assert.False(string.IsNullOrWhiteSpace(error.Message.Japanese));
        Assert.NotEqual(error.Message.English, error.Message.Japanese);
    }

    [Fact]
    public void Codes_are_their_own_names_so_they_read_the_same_in_every_language()
    {
        foreach (var field in typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            Assert.Equal(field.Name, field.GetRawConstantValue());
        }

        Assert.True(Codes().Cast<object[]>().Count() >= 22);
    }

    [Fact]
    public void An_error_prints_on_one_line_with_code_path_and_both_messages()
    {
        var error = DocumentErrors.Single(Examples[ValidationCodes.DirectionMissing]);

        Assert.Equal($"DirectionMissing {PercentPath}.direction: {error.Message.English} / {error.Message.Japanese}", error.ToString());
    }
}
