using System.Reflection;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>Each rule of the policy document format, pinned by a document that breaks it alone.</summary>
public sealed class PolicyValidationTests
{
    // Every code a policy document can report, with the smallest change to the minimal document
    // that produces it, and the path it is reported at. UnknownPolicy needs a registry (below).
    private static readonly Dictionary<string, (string Json, string Path)> Examples = new(StringComparer.Ordinal)
    {
        [ValidationCodes.JsonSyntax] = ("{ \"formatVersion\": 1 \"name\": \"x\" }", "$"),
        [ValidationCodes.UnknownField] = (With(d => d["titel"] = "typo"), "$.titel"),
        [ValidationCodes.FormatVersionUnsupported] = (With(d => d["formatVersion"] = 2), "$.formatVersion"),
        [ValidationCodes.Required] = (With(d => d.Remove("name")), "$.name"),
        [ValidationCodes.UnknownValue] = (With(d => RateRule(d)["measure"] = "ratio"), "$.versions[0].rules[1].measure"),
        [ValidationCodes.DuplicateId] = (With(d => Version(d)["grades"]!.AsArray().Add(JsonNode.Parse("""{ "code": "N", "ja": "なし", "en": "None" }"""))), "$.versions[0].grades[4].code"),
        [ValidationCodes.InvalidPeriod] = (With(d => Version(d)["effectiveFrom"] = "令和"), "$.versions[0].effectiveFrom"),
        [ValidationCodes.PeriodsNotIncreasing] = (With(d =>
        {
            Version(d)["effectiveFrom"] = "FY2025";
            var later = Version(d).DeepClone().AsObject();
            later["effectiveFrom"] = "FY2024";
            d["versions"]!.AsArray().Add(later);
        }), "$.versions[1].effectiveFrom"),
        [ValidationCodes.OutOfRange] = (With(d => Bands(d)[1]!.ReplaceWith(JsonNode.Parse("""{ "grade": "B", "op": "between", "min": 0.9, "minInclusive": true, "max": 0.8, "maxInclusive": false }"""))), "$.versions[0].rules[1].bands[1].min"),
        [PolicyValidationCodes.InvalidName] = (With(d => d["name"] = "Matsumoto City"), "$.name"),
        [PolicyValidationCodes.ReservedCode] = (With(d => Version(d)["grades"]!.AsArray().Add(JsonNode.Parse("""{ "code": "NotGradable", "ja": "評価不能", "en": "Not gradable" }"""))), "$.versions[0].grades[4].code"),
        [PolicyValidationCodes.UnknownGrade] = (With(d => Bands(d)[0]!["grade"] = "S"), "$.versions[0].rules[1].bands[0].grade"),
        [PolicyValidationCodes.ConditionIncomplete] = (With(d => Bands(d)[1]!.AsObject().Remove("value")), "$.versions[0].rules[1].bands[1].value"),
        [PolicyValidationCodes.MeasureMismatch] = (With(d => RateRule(d).Remove("target")), "$.versions[0].rules[1].target"),
        [PolicyValidationCodes.BandGap] = (With(d => Bands(d)[2]!.ReplaceWith(JsonNode.Parse("""{ "grade": "C", "op": ">=", "value": 0.6 }"""))), "$.versions[0].rules[1].bands"),
        [PolicyValidationCodes.BandUnreachable] = (With(d => Bands(d)[1]!["value"] = 1.2), "$.versions[0].rules[1].bands[1]"),
        [PolicyValidationCodes.OverrideInvalid] = (With(d => d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "grade": "A" } ]""")), "$.overrides[0].reason"),
        [PolicyValidationCodes.TooManyBands] = (With(d => RateRule(d)["bands"] = JsonNode.Parse("[ " + string.Join(", ", Enumerable.Range(0, 65).Select(i => "{ \"grade\": \"A\", \"op\": \">=\", \"value\": " + (100 - i) + " }")) + ", { \"grade\": \"C\", \"op\": \"otherwise\" } ]")), "$.versions[0].rules[1].bands"),
    };

    public static TheoryData<string> DocumentCodes()
    {
        var data = new TheoryData<string>();
        foreach (var code in Examples.Keys)
        {
            data.Add(code);
        }

        return data;
    }

    [Fact]
    public void The_minimal_document_is_valid()
    {
        var definition = Valid(Minimal);

        Assert.Equal("test-policy", definition.Name);
        Assert.Equal("テスト用の評価方法", definition.Title.Japanese);
        Assert.Equal(2, definition.Versions[0].Rules.Count);
    }

    [Theory]
    [MemberData(nameof(DocumentCodes))]
    public void Each_code_has_a_document_that_produces_it_and_nothing_else(string code)
    {
        var (json, path) = Examples[code];

        var error = Assert.Single(Errors(json));

        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
        Assert.False(string.IsNullOrWhiteSpace(error.Message.English));
        Assert.False(string.IsNullOrWhiteSpace(error.Message.Japanese));
        Assert.NotEqual(error.Message.English, error.Message.Japanese);
    }

    [Fact]
    public void Every_policy_validation_code_has_an_example()
    {
        var codes = typeof(PolicyValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        // UnknownPolicy and GradeConflict are reported by a registry, which knows the other policies (PolicyRegistryTests);
        // ImplausibleRateThreshold is a warning on a valid document (PolicyWarningsTests).
        Assert.All(
            codes.Where(c => c is not (PolicyValidationCodes.UnknownPolicy or PolicyValidationCodes.GradeConflict or PolicyValidationCodes.ImplausibleRateThreshold)),
            c => Assert.True(Examples.ContainsKey(c), "No example for " + c));
    }

    [Fact]
    public void A_gap_names_the_value_that_gets_no_band_in_both_languages()
    {
        // A ≥ 100 %, B ≥ 80 %, C ≥ 60 %: every rate below 60 % gets no band; the lowest point tried is reported.
        var error = Assert.Single(Errors(Examples[PolicyValidationCodes.BandGap].Json));

        Assert.Equal("-0.4 (-40.0%)", error.AttemptedValue);
        Assert.Equal("The bands leave a gap: an achievement rate of -0.4 (-40.0%) gets no band. Add a band for it, or end with {\"op\": \"otherwise\"}.", error.Message.English);
        Assert.Equal("区分に隙間があります。達成率が -0.4 (-40.0%) のとき、どの区分にも当てはまりません。区分を追加するか、最後を {\"op\": \"otherwise\"} にしてください。", error.Message.Japanese);
    }

    [Fact]
    public void An_unreachable_band_is_named_with_its_grade()
    {
        var error = Assert.Single(Errors(Examples[PolicyValidationCodes.BandUnreachable].Json));

        Assert.Equal("Band 1 ('B') never applies: the bands above it take every value it covers. Reorder or remove it.", error.Message.English);
        Assert.Equal("B", error.AttemptedValue);
    }

    [Fact]
    public void Every_problem_is_reported_together()
    {
        var errors = Errors(With(d =>
        {
            d["name"] = "Bad Name";
            Bands(d)[0]!["grade"] = "S";
            Bands(d)[1]!.AsObject().Remove("value");
            RateRule(d)["target"] = "someday";
        }));

        Assert.Equal(
            new[] { PolicyValidationCodes.ConditionIncomplete, PolicyValidationCodes.InvalidName, PolicyValidationCodes.UnknownGrade, ValidationCodes.UnknownValue },
            errors.Select(e => e.Code).OrderBy(c => c, StringComparer.Ordinal).ToArray());
        Assert.Contains(errors, e => e.Path == "$.versions[0].rules[1].target" && e.AttemptedValue == "someday");
    }

    [Theory]
    [InlineData("""{ "grade": "B", "op": "between", "min": 0.8, "max": 1, "maxInclusive": false }""", "$.versions[0].rules[1].bands[1].minInclusive")]
    [InlineData("""{ "grade": "B", "op": "within", "tolerance": 0.1 }""", "$.versions[0].rules[1].bands[1].inclusive")]
    [InlineData("""{ "grade": "B", "op": ">=", "value": 0.8, "inclusive": true }""", "$.versions[0].rules[1].bands[1].inclusive")]
    [InlineData("""{ "grade": "B", "op": ">=", "value": 0.8, "min": 0.1 }""", "$.versions[0].rules[1].bands[1].min")]
    public void Inclusivity_is_always_stated_and_fields_a_comparison_does_not_use_are_rejected(string band, string path)
    {
        var errors = Errors(With(d => Bands(d)[1]!.ReplaceWith(JsonNode.Parse(band))));

        Assert.Contains(errors, e => e.Code == PolicyValidationCodes.ConditionIncomplete && e.Path == path);
    }

    [Fact]
    public void A_band_with_a_grade_and_next_is_rejected()
    {
        var errors = Errors(With(d => Bands(d)[2]!["next"] = true));

        Assert.Contains(errors, e => e.Code == PolicyValidationCodes.ConditionIncomplete && e.Path == "$.versions[0].rules[1].bands[2].next"
            && e.Message.English == "A band either gives a grade or passes to the next rule ('next': true), not both.");
    }

    [Fact]
    public void A_band_of_the_last_rule_cannot_pass_to_a_next_rule()
    {
        var error = Assert.Single(Errors(With(d => Bands(d)[2]!.ReplaceWith(JsonNode.Parse("""{ "next": true, "op": "otherwise" }""")))));

        Assert.Equal(PolicyValidationCodes.ConditionIncomplete, error.Code);
        Assert.Equal("$.versions[0].rules[1].bands[2].next", error.Path);
    }

    [Theory]
    [InlineData("test-policy.override")]
    [InlineData("test-policy.notInForce")]
    public void The_rule_ids_the_library_reports_itself_are_reserved(string id)
    {
        var error = Assert.Single(Errors(With(d => RateRule(d)["id"] = id)));

        Assert.Equal(PolicyValidationCodes.ReservedCode, error.Code);
        Assert.Equal("$.versions[0].rules[1].id", error.Path);
    }

    [Fact]
    public void Text_that_is_not_valid_unicode_is_a_syntax_error_not_an_exception()
    {
        var error = Assert.Single(Errors("{ \"name\": \"\uD800\" }"));

        Assert.Equal(ValidationCodes.JsonSyntax, error.Code);
        Assert.Contains("unpaired surrogate", error.Message.English, StringComparison.Ordinal);
        Assert.False(StrategyJson.Read("{ \"id\": \"\uD800\" }").IsValid);
    }

    [Fact]
    public void A_definition_built_in_code_with_a_null_element_is_reported_not_thrown()
    {
        var definition = Valid(Minimal);
        var withNullRule = definition with
        {
            Versions = Kpi.Model.ValueList<PolicyVersion>.Of(definition.Versions[0] with { Rules = Kpi.Model.ValueList<PolicyRule>.Of(definition.Versions[0].Rules[1], null!) }),
        };

        var error = Assert.Single(PolicyJson.Validate(withNullRule));

        Assert.Equal(ValidationCodes.Required, error.Code);
        Assert.Equal("$.versions[0].rules[1]", error.Path);
    }

    [Fact]
    public void A_rule_id_with_two_descriptions_is_rejected()
    {
        var error = Assert.Single(Errors(With(d => Version(d)["rules"]![0]!["id"] = "t.rate")));

        Assert.Equal(ValidationCodes.DuplicateId, error.Code);
        Assert.Equal("$.versions[0].rules[1].id", error.Path);
    }

    [Fact]
    public void A_later_version_needs_its_first_year()
    {
        var error = Assert.Single(Errors(With(d => d["versions"]!.AsArray().Add(Version(d).DeepClone()))));

        Assert.Equal(ValidationCodes.Required, error.Code);
        Assert.Equal("$.versions[1].effectiveFrom", error.Path);
    }

    [Theory]
    [InlineData("""[ { "indicator": "k1", "policy": "ina", "grade": "A", "reason": "r" } ]""", "$.overrides[0]")]
    [InlineData("""[ { "indicator": "k1" } ]""", "$.overrides[0]")]
    [InlineData("""[ { "indicator": "k1", "policy": "ina", "reason": "r" } ]""", "$.overrides[0].reason")]
    public void An_override_names_a_policy_or_a_grade_with_a_reason(string overrides, string path)
    {
        var error = Assert.Single(Errors(With(d => d["overrides"] = JsonNode.Parse(overrides))));

        Assert.Equal(PolicyValidationCodes.OverrideInvalid, error.Code);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Two_overrides_of_an_indicator_for_the_same_years_are_rejected()
    {
        var error = Assert.Single(Errors(With(d => d["overrides"] = JsonNode.Parse("""
            [ { "indicator": "k1", "year": "R2", "policy": "ina" }, { "indicator": "k1", "year": "FY2020", "grade": "A", "reason": "r" } ]
            """))));

        Assert.Equal(ValidationCodes.DuplicateId, error.Code);
        Assert.Equal("$.overrides[1].indicator", error.Path);
    }

    [Theory]
    [InlineData("noManualGrade")]
    [InlineData("notApplicable")]
    [InlineData("none")]
    public void Only_the_reasons_a_version_can_check_may_be_listed(string reason)
    {
        var error = Assert.Single(Errors(With(d => Version(d)["notGradable"]![0]!["reason"] = reason)));

        Assert.Equal(ValidationCodes.UnknownValue, error.Code);
        Assert.Contains("noActual", error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tolerance_in_the_baseline_fits_only_a_change_measure()
    {
        var errors = Errors(With(d => Bands(d)[1]!.ReplaceWith(JsonNode.Parse("""{ "grade": "B", "op": "within", "reference": 0.9, "tolerance": 0.1, "toleranceOf": "baseline", "inclusive": true }"""))));

        Assert.Contains(errors, e => e.Code == PolicyValidationCodes.MeasureMismatch && e.Path == "$.versions[0].rules[1].bands[1].toleranceOf");
    }

    [Fact]
    public void A_manual_rule_has_no_bands()
    {
        var error = Assert.Single(Errors(With(d => Version(d)["rules"]![0]!["bands"] = JsonNode.Parse("""[ { "grade": "A", "op": "otherwise" } ]"""))));

        Assert.Equal(PolicyValidationCodes.MeasureMismatch, error.Code);
        Assert.Equal("$.versions[0].rules[0].measure", error.Path);
    }

    [Fact]
    public void A_manual_rule_with_an_empty_list_of_bands_is_rejected_too()
    {
        var error = Assert.Single(Errors(With(d => Version(d)["rules"]![0]!["bands"] = new JsonArray())));

        Assert.Equal(PolicyValidationCodes.MeasureMismatch, error.Code);
    }

    [Fact]
    public void Stages_belong_to_rate_rules_only()
    {
        var error = Assert.Single(Errors(With(d =>
        {
            RateRule(d)["measure"] = "targetMet";
            RateRule(d)["stages"] = JsonNode.Parse("""{ "reached": "A" }""");
            RateRule(d)["bands"] = JsonNode.Parse("""[ { "grade": "A", "op": "=", "value": 1 }, { "grade": "C", "op": "otherwise" } ]""");
        })));

        Assert.Equal(PolicyValidationCodes.MeasureMismatch, error.Code);
        Assert.Equal("$.versions[0].rules[1].stages", error.Path);
    }

    [Fact]
    public void A_blank_override_policy_is_required_to_have_a_name()
    {
        var error = Assert.Single(Errors(With(d => d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": " " } ]"""))));

        Assert.Equal(ValidationCodes.Required, error.Code);
        Assert.Equal("$.overrides[0].policy", error.Path);
    }

    [Theory]
    [InlineData("changeFromBaseline")]
    [InlineData("no-such-measure")]
    public void A_band_names_no_measure_of_its_own(string measure)
    {
        var error = Assert.Single(Errors(With(d => Bands(d)[1]!["measure"] = measure)));

        Assert.Equal(PolicyValidationCodes.MeasureMismatch, error.Code);
        Assert.Equal("$.versions[0].rules[1].bands[1].measure", error.Path);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void Bands_at_the_limits_of_decimal_are_checked_without_overflow(string limit)
    {
        var value = JsonNode.Parse(limit);
        var json = With(d =>
        {
            Bands(d)[0]!["value"] = value!.DeepClone();
            Bands(d)[1]!.ReplaceWith(JsonNode.Parse("""{ "grade": "B", "op": "within", "reference": 0, "tolerance": 79228162514264337593543950335, "inclusive": true }"""));
        });

        var read = PolicyJson.Read(json);

        Assert.True(read.IsValid || read.Errors.All(e => e.Code is PolicyValidationCodes.BandUnreachable or PolicyValidationCodes.BandGap), string.Join("; ", read.Errors));
    }

    [Fact]
    public void A_code_means_one_grade_in_every_version()
    {
        var error = Assert.Single(Errors(With(d =>
        {
            var later = Version(d).DeepClone().AsObject();
            later["effectiveFrom"] = "FY2026";
            later["grades"]![1]!["ja"] = "B 概ね達成";
            d["versions"]!.AsArray().Add(later);
        })));

        Assert.Equal(ValidationCodes.DuplicateId, error.Code);
        Assert.Equal("$.versions[1].grades[1].code", error.Path);
    }

    [Fact]
    public void A_gap_a_change_can_fall_into_between_two_29_digit_neighbours_is_found()
    {
        // A change is exact where decimal would round it: 5e28 + 0.5 lies between the two bands.
        var error = Assert.Single(Errors(With(d => Version(d)["rules"]![1]!.ReplaceWith(JsonNode.Parse("""
            {
              "id": "t.change", "en": "Change.", "ja": "変化。", "basis": [ "trend" ], "measure": "changeFromBaseline",
              "bands": [
                { "grade": "A", "op": ">=", "value": 50000000000000000000000000001 },
                { "grade": "B", "op": "<=", "value": 50000000000000000000000000000 }
              ]
            }
            """)))));

        Assert.Equal(PolicyValidationCodes.BandGap, error.Code);
        Assert.Equal("50000000000000000000000000000.5", error.AttemptedValue);
    }

    [Fact]
    public void A_gap_beyond_the_largest_decimal_is_found_for_a_change()
    {
        var error = Assert.Single(Errors(With(d => Version(d)["rules"]![1]!.ReplaceWith(JsonNode.Parse("""
            {
              "id": "t.change", "en": "Change.", "ja": "変化。", "basis": [ "trend" ], "measure": "changeFromBaseline",
              "bands": [ { "grade": "A", "op": "<=", "value": 79228162514264337593543950335 } ]
            }
            """)))));

        Assert.Equal(PolicyValidationCodes.BandGap, error.Code);
        Assert.Equal("79228162514264337593543950335.0000000000000000000000000001", error.AttemptedValue);
    }

    [Fact]
    public void A_condition_that_needs_a_target_its_rule_does_not_have_is_rejected()
    {
        var error = Assert.Single(Errors(With(d => Version(d)["rules"]![1]!.ReplaceWith(JsonNode.Parse("""
            {
              "id": "t.change", "en": "Change.", "ja": "変化。", "basis": [ "trend" ], "measure": "changeFromBaseline",
              "bands": [
                { "grade": "A", "op": ">", "value": 0, "and": [ { "measure": "targetMet", "op": "=", "value": 1 } ] },
                { "grade": "B", "op": "otherwise" }
              ]
            }
            """)))));

        Assert.Equal(PolicyValidationCodes.MeasureMismatch, error.Code);
        Assert.Equal("$.versions[0].rules[1].bands[0].and[0].measure", error.Path);
    }

    [Fact]
    public void A_document_with_problems_gives_no_definition_and_parse_throws_listing_them()
    {
        var json = With(d => Bands(d)[0]!["grade"] = "S");

        var ex = Assert.Throws<DocumentException>(() => PolicyJson.Read(json).GetValueOrThrow());

        Assert.Single(ex.Errors);
        Assert.Contains("UnknownGrade $.versions[0].rules[1].bands[0].grade", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_built_in_code_is_checked_by_the_same_rules()
    {
        var definition = Valid(Minimal);
        var broken = definition with { Name = "Not A Name" };

        var error = Assert.Single(PolicyJson.Validate(broken));

        Assert.Equal(PolicyValidationCodes.InvalidName, error.Code);
        Assert.Empty(PolicyJson.Validate(definition));
    }

    [Theory]
    [InlineData("{}", "Required", "$.versions[0].rules[1].planYears")]
    [InlineData("{ \"first\": 0 }", "OutOfRange", "$.versions[0].rules[1].planYears.first")]
    [InlineData("{ \"first\": 3, \"last\": 2 }", "YearRangeInvalid", "$.versions[0].rules[1].planYears.last")]
    public void Plan_years_count_from_one_and_run_forward(string planYears, string code, string path)
    {
        var error = Assert.Single(Errors(With(d => RateRule(d)["planYears"] = JsonNode.Parse(planYears))));

        Assert.Equal((code, path), (error.Code, error.Path));
    }

    [Fact]
    public void Plan_years_round_trip()
    {
        var json = With(d => RateRule(d)["planYears"] = JsonNode.Parse("{ \"first\": 3 }"));
        var definition = PolicyJson.Read(json).GetValueOrThrow();

        Assert.Equal(3, definition.Versions[0].Rules[1].FirstPlanYear);
        Assert.Null(definition.Versions[0].Rules[1].LastPlanYear);
        Assert.Equal(definition, PolicyJson.Read(PolicyJson.Write(definition)).GetValueOrThrow());
    }
}
