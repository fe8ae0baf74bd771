using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>The engine's features, each on a small document: every number worked out by hand.</summary>
public sealed class DeclarativePolicyTests
{
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2025), new FiscalYear(2029));

    private static IGradingPolicy Policy(string json) => GradingPolicies.Create(Valid(json));

    private static GradeResult Grade(IGradingPolicy policy, Indicator indicator, int year)
        => policy.Evaluate(indicator, new GradingContext(new FiscalYear(year), Plan));

    private static Indicator Kpi(Direction direction = Direction.HigherIsBetter, GradingBasis basis = GradingBasis.Target, decimal? baseline = null)
        => new("k1", IndicatorKind.Kpi, "テスト指標", new Unit("人"), direction, ValueKind.Level, basis)
        {
            Baseline = baseline is null ? null : new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2024)) },
        };

    private static Indicator Having(Indicator indicator, (int Year, decimal Value)[] targets, params (int Year, decimal Value)[] actuals)
        => indicator with
        {
            Targets = ValueList<Target>.From(targets.Select(t => new Target(new FiscalYear(t.Year)) { Value = t.Value })),
            Observations = ValueList<Observation>.From(actuals.Select(a => new Observation(new FiscalYear(a.Year)) { Value = a.Value })),
        };

    [Theory]
    [InlineData(2025, "100", "A")]
    [InlineData(2025, "80", "B")]
    [InlineData(2025, "79.9", "C")]
    public void The_minimal_document_grades_by_its_bands(int year, string actual, string grade)
    {
        var result = Grade(Policy(Minimal), Having(Kpi(), new[] { (year, 100m) }, (year, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture))), year);

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal("t.rate", result.Rule.Id);
        Assert.True(result.IsGraded);
    }

    [Fact]
    public void A_later_version_grades_from_its_first_year_and_earlier_years_keep_the_first()
    {
        // From FY2027 B needs 90 %: 85 % is B in FY2026 and C in FY2027.
        var policy = Policy(With(d =>
        {
            var later = Version(d).DeepClone().AsObject();
            later["effectiveFrom"] = "令和9年度";
            later["rules"]![1]!["bands"]![1]!["value"] = 0.9;
            d["versions"]!.AsArray().Add(later);
        }));
        var kpi = Having(Kpi(), new[] { (2026, 100m), (2027, 100m) }, (2026, 85m), (2027, 85m));

        Assert.Equal("B", Grade(policy, kpi, 2026).Grade.Code);
        Assert.Equal("C", Grade(policy, kpi, 2027).Grade.Code);
    }

    [Fact]
    public void Before_the_first_version_the_policy_is_not_in_force()
    {
        var policy = Policy(With(d => Version(d)["effectiveFrom"] = "FY2026"));
        var kpi = Having(Kpi(), new[] { (2025, 100m), (2026, 100m) }, (2025, 100m), (2026, 100m));

        var before = Grade(policy, kpi, 2025);

        Assert.Equal(NotGradableReason.NotApplicable, before.Reason);
        Assert.Equal("test-policy.notInForce", before.Rule.Id);
        Assert.Equal("The policy is not in force before FY2026, when its first version starts.", before.Rule.Description.English);
        Assert.Equal("A", Grade(policy, kpi, 2026).Grade.Code);
    }

    [Fact]
    public void The_versions_order_of_reasons_decides_which_is_reported()
    {
        // No target and no actual: listed first, noActual wins; listed after noTarget, noTarget wins.
        var kpi = Kpi();
        var actualFirst = Grade(Policy(Minimal), kpi, 2025);
        var targetFirst = Grade(Policy(With(d => Version(d)["notGradable"] = JsonNode.Parse("""[ { "reason": "noTarget" }, { "reason": "noActual", "grade": "N" } ]"""))), kpi, 2025);

        Assert.Equal(NotGradableReason.NoActual, actualFirst.Reason);
        Assert.Equal("N", actualFirst.Grade.Code);
        Assert.Equal(NotGradableReason.NoTarget, targetFirst.Reason);
        Assert.Equal("NotGradable", targetFirst.Grade.Code);
        Assert.Equal("t.rate", targetFirst.Rule.Id);
    }

    [Fact]
    public void An_outcome_can_name_its_own_rule()
    {
        var policy = Policy(With(d => Version(d)["notGradable"]![0]!["rule"] = JsonNode.Parse("""{ "id": "t.noActual", "en": "No actual.", "ja": "実績なし。" }""")));

        var result = Grade(policy, Having(Kpi(), new[] { (2025, 100m) }), 2025);

        Assert.Equal("t.noActual", result.Rule.Id);
        Assert.Equal(100m, result.Numbers.Target);
        Assert.Null(result.Numbers.Actual);
    }

    [Theory]
    [InlineData(2025, "200", "A")] // year 1 of 5: 1,000 × 1/5 = 200; 200 / 200 = 100 %
    [InlineData(2026, "350", "B")] // year 2 of 5: 400; 87.5 %
    [InlineData(2027, "470", "C")] // year 3 of 5: 600; 78.3 %
    public void A_pro_rated_target_is_the_final_one_times_the_share_of_the_plan_elapsed(int year, string actual, string grade)
    {
        var policy = Policy(With(d => RateRule(d)["target"] = "proRated"));
        var kpi = Having(Kpi(), new[] { (2029, 1000m) }, (year, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

        var result = Grade(policy, kpi, year);

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal(1000m * (year - 2024) / 5, result.Numbers.Target);
        Assert.Equal(new FiscalYear(2029), result.Numbers.TargetYear);
        Assert.Null(result.Numbers.Baseline);
    }

    [Fact]
    public void A_pro_rated_target_does_not_apply_after_the_final_year_or_before_the_plan()
    {
        var policy = Policy(With(d => RateRule(d)["target"] = "proRated"));
        var kpi = Having(Kpi(), new[] { (2027, 600m) }, (2028, 600m), (2024, 100m));

        Assert.Equal(NotGradableReason.NoTarget, Grade(policy, kpi, 2028).Reason);
        Assert.Equal(NotGradableReason.NoTarget, Grade(policy, kpi, 2024).Reason);
    }

    [Theory]
    [InlineData("130", "A")] // (130 − 100) / (130 − 100) = 100 %
    [InlineData("124", "B")] // 24 / 30 = 80 %
    [InlineData("110", "C")] // 10 / 30 = 33 %
    public void The_progress_rate_is_the_share_of_the_way_from_the_baseline_to_the_target(string actual, string grade)
    {
        var policy = Policy(With(d => RateRule(d)["measure"] = "progressRate"));
        var kpi = Having(Kpi(baseline: 100m), new[] { (2025, 130m) }, (2025, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

        var result = Grade(policy, kpi, 2025);

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal(100m, result.Numbers.Baseline);
        Assert.Equal((result.Numbers.Actual!.Value - 100m) / 30m, result.Numbers.Rate.Value);
    }

    [Fact]
    public void The_progress_rate_needs_a_baseline()
    {
        var policy = Policy(With(d => RateRule(d)["measure"] = "progressRate"));

        var result = Grade(policy, Having(Kpi(), new[] { (2025, 130m) }, (2025, 120m)), 2025);

        Assert.Equal(NotGradableReason.NoBaseline, result.Reason);
    }

    private const string ChangeRules = """
        [
          {
            "id": "c.prev", "en": "Against the previous year.", "ja": "前年度と比べて。", "basis": [ "trend" ], "measure": "changeFromPrevious",
            "bands": [
              { "grade": "A", "op": ">", "value": 0 },
              { "grade": "B", "op": "=", "value": 0 },
              { "grade": "C", "op": "<", "value": 0 }
            ]
          }
        ]
        """;

    [Theory]
    [InlineData(2025, "A")] // the first year's previous is the baseline: 105 > 100
    [InlineData(2026, "B")] // 105 = 105
    [InlineData(2027, "C")] // 104 < 105, lower is worse
    public void The_change_from_the_previous_year_uses_the_baseline_in_the_first_year(int year, string grade)
    {
        var policy = Policy(With(d => Version(d)["rules"] = JsonNode.Parse(ChangeRules)));
        var kpi = Having(Kpi(basis: GradingBasis.Trend, baseline: 100m), Array.Empty<(int, decimal)>(), (2025, 105m), (2026, 105m), (2027, 104m));

        var result = Grade(policy, kpi, year);

        Assert.Equal(grade, result.Grade.Code);
        Assert.Equal(year == 2025 ? 100m : year == 2026 ? 105m : 105m, result.Numbers.PreviousActual);
    }

    [Fact]
    public void The_change_from_the_previous_year_needs_that_years_actual()
    {
        var policy = Policy(With(d => Version(d)["rules"] = JsonNode.Parse(ChangeRules)));
        var kpi = Having(Kpi(basis: GradingBasis.Trend, baseline: 100m), Array.Empty<(int, decimal)>(), (2027, 104m));

        Assert.Equal(NotGradableReason.NoPreviousActual, Grade(policy, kpi, 2027).Reason);
    }

    [Theory]
    [InlineData("94", "B")]   // −6: within ±10 % of 100, the edge inside
    [InlineData("90", "B")]   // −10: on the edge
    [InlineData("89.99", "C")]
    [InlineData("111", "A")]
    public void A_tolerance_band_around_the_baseline_is_the_same_level(string actual, string grade)
    {
        var policy = Policy(With(d => Version(d)["rules"] = JsonNode.Parse("""
            [ {
              "id": "c.base", "en": "Against the baseline.", "ja": "基準値と比べて。", "basis": [ "trend" ], "measure": "changeFromBaseline",
              "bands": [
                { "grade": "B", "op": "within", "tolerance": 0.1, "toleranceOf": "baseline", "inclusive": true },
                { "grade": "A", "op": ">", "value": 0 },
                { "grade": "C", "op": "otherwise" }
              ]
            } ]
            """)));
        var kpi = Having(Kpi(basis: GradingBasis.Trend, baseline: 100m), Array.Empty<(int, decimal)>(), (2025, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(grade, Grade(policy, kpi, 2025).Grade.Code);
    }

    [Theory]
    [InlineData("0.85", "B")]
    [InlineData("0.8", "B")]
    [InlineData("1", "A")]
    [InlineData("0.7999", "C")]
    public void Between_states_each_end(string rate, string grade)
    {
        var policy = Policy(With(d => Bands(d)[1]!.ReplaceWith(JsonNode.Parse("""{ "grade": "B", "op": "between", "min": 0.8, "minInclusive": true, "max": 1, "maxInclusive": false }"""))));

        Assert.Equal(grade, Grade(policy, Having(Kpi(), new[] { (2025, 1m) }, (2025, decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture))), 2025).Grade.Code);
    }

    [Fact]
    public void A_band_can_pass_to_the_next_rule_and_a_result_no_rule_keeps_is_not_applicable()
    {
        // Rule 1 grades only A and passes the rest on; rule 2 gives B from 50 %, passes the rest on too.
        var policy = Policy(With(d =>
        {
            Bands(d)[1]!.ReplaceWith(JsonNode.Parse("""{ "next": true, "op": "otherwise" }"""));
            Bands(d).RemoveAt(2);
            var second = RateRule(d).DeepClone().AsObject();
            second["id"] = "t.second";
            second["en"] = "Second.";
            second["ja"] = "第二。";
            second["bands"] = JsonNode.Parse("""[ { "grade": "B", "op": ">=", "value": 0.5 }, { "next": true, "op": "otherwise" } ]""");
            Version(d)["rules"]!.AsArray().Add(second);

            // A last rule for trend indicators only: the rate rules above pass target indicators on to nothing.
            var trend = second.DeepClone().AsObject();
            trend["id"] = "t.trend";
            trend["basis"] = JsonNode.Parse("""[ "trend" ]""");
            trend["bands"] = JsonNode.Parse("""[ { "grade": "C", "op": "otherwise" } ]""");
            Version(d)["rules"]!.AsArray().Add(trend);
        }));

        Assert.Equal(("A", "t.rate"), Code(Grade(policy, Having(Kpi(), new[] { (2025, 100m) }, (2025, 100m)), 2025)));
        Assert.Equal(("B", "t.second"), Code(Grade(policy, Having(Kpi(), new[] { (2025, 100m) }, (2025, 60m)), 2025)));
        var none = Grade(policy, Having(Kpi(), new[] { (2025, 100m) }, (2025, 10m)), 2025);
        Assert.Equal(NotGradableReason.NotApplicable, none.Reason);
        Assert.Equal("t.second", none.Rule.Id);
    }

    private static (string, string) Code(GradeResult result) => (result.Grade.Code, result.Rule.Id);

    [Fact]
    public void An_indicator_no_rule_is_for_is_not_applicable_under_the_first_rule_that_grades()
    {
        var result = Grade(Policy(Minimal), Kpi(basis: GradingBasis.Trend), 2025);

        Assert.Equal(NotGradableReason.NotApplicable, result.Reason);
        Assert.Equal("t.rate", result.Rule.Id);
    }

    [Fact]
    public void A_manual_rule_gives_the_recorded_grade()
    {
        var kpi = Kpi(basis: GradingBasis.Manual) with
        {
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2025)) { ManualGrade = new ManualGrade("B", "審議会の判断") }),
        };

        var result = Grade(Policy(Minimal), kpi, 2025);

        Assert.Equal(("B", "t.manual"), Code(result));
        Assert.Equal(NotGradableReason.NoManualGrade, Grade(Policy(Minimal), kpi, 2026).Reason);
    }

    [Fact]
    public void An_override_grades_one_indicator_by_another_policy_and_its_grades_join_the_scale()
    {
        var policy = Policy(With(d => d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": "ina" } ]""")));
        var kpi = Having(Kpi(), new[] { (2025, 100m) }, (2025, 85m));
        var other = kpi with { Id = "k2" };

        var overridden = Grade(policy, kpi, 2025);

        Assert.Equal(("MostlyOnTrack", "ina.year"), Code(overridden));
        Assert.Equal(("B", "t.rate"), Code(Grade(policy, other, 2025)));
        Assert.Equal(new[] { "A", "B", "C", "N", "OnTrack", "MostlyOnTrack", "NeedsEffort", "NoActual", "NotGradable" }, policy.Scale.Select(g => g.Code).ToArray());
        Assert.Equal("おおむね順調", policy.FindGrade("MostlyOnTrack")!.Label.Japanese);
    }

    [Fact]
    public void A_manual_override_for_one_year_gives_its_grade_and_reason_and_other_years_are_graded()
    {
        var policy = Policy(With(d => d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "year": "R8", "grade": "A", "reason": "台風で中止。審議会が A と判断。" } ]""")));
        var kpi = Having(Kpi(), new[] { (2026, 100m), (2027, 100m) }, (2026, 10m), (2027, 10m));

        var overridden = Grade(policy, kpi, 2026);

        Assert.Equal(("A", "test-policy.override"), Code(overridden));
        Assert.Equal("Graded individually by the policy document: 台風で中止。審議会が A と判断。", overridden.Rule.Description.English);
        Assert.Equal(10m, overridden.Numbers.Actual);
        Assert.Equal(("C", "t.rate"), Code(Grade(policy, kpi, 2027)));
    }

    [Fact]
    public void A_year_override_comes_before_an_every_year_override()
    {
        var policy = Policy(With(d => d["overrides"] = JsonNode.Parse("""
            [ { "indicator": "k1", "policy": "ami" }, { "indicator": "k1", "year": "FY2026", "grade": "C", "reason": "理由" } ]
            """)));
        var kpi = Having(Kpi(baseline: 50m), new[] { (2026, 100m), (2027, 100m) }, (2026, 100m), (2027, 100m));

        Assert.Equal("C", Grade(policy, kpi, 2026).Grade.Code);
        Assert.Equal("Achieved", Grade(policy, kpi, 2027).Grade.Code);
    }

    [Fact]
    public void First_applicable_keeps_the_first_graded_result()
    {
        var targetOnly = Policy(Minimal);
        var combined = GradingPolicies.FirstApplicable("target-then-ami", targetOnly, GradingPolicies.Ami);
        var trend = Having(Kpi(basis: GradingBasis.Trend, baseline: 50m), Array.Empty<(int, decimal)>(), (2025, 60m));
        var noActual = Kpi();

        Assert.Equal(("Improved", "ami.baseline"), Code(combined.Evaluate(trend, new GradingContext(new FiscalYear(2025), Plan))));
        Assert.Equal(("N", "t.rate"), Code(combined.Evaluate(noActual, new GradingContext(new FiscalYear(2025), Plan))));
        Assert.Equal("target-then-ami", combined.Name);
        Assert.Equal("NotGradable", combined.Scale[combined.Scale.Count - 1].Code);
        Assert.Contains(combined.Scale, g => g.Code == "Improved");
        Assert.Throws<ArgumentException>(() => GradingPolicies.FirstApplicable("none"));
    }

    [Fact]
    public void A_baseline_from_january_to_march_1900_cannot_anchor_a_straight_line_and_is_no_baseline()
    {
        // 1900-03 belongs to FY1899, before the fiscal years the library holds.
        var kpi = Kpi() with
        {
            Baseline = new Baseline { Value = 100m, Period = ReportingPeriod.OfMonth(1900, 3) },
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2029)) { Value = 160m }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2026)) { Value = 118m }),
        };

        var result = Grade(new PolicyRegistry().Get("ina-straight-line"), kpi, 2026);

        Assert.Equal(NotGradableReason.NoBaseline, result.Reason);
        Assert.Equal("ina.path", result.Rule.Id);
    }

    [Fact]
    public void A_tolerance_measured_in_the_baseline_needs_a_baseline()
    {
        var policy = Policy(With(d => Version(d)["rules"] = JsonNode.Parse("""
            [ {
              "id": "c.prev", "en": "Against the previous year.", "ja": "前年度と比べて。", "basis": [ "trend" ], "measure": "changeFromPrevious",
              "bands": [
                { "grade": "B", "op": "within", "tolerance": 0.1, "toleranceOf": "baseline", "inclusive": true },
                { "grade": "A", "op": ">", "value": 0 },
                { "grade": "C", "op": "otherwise" }
              ]
            } ]
            """)));
        var withBaseline = Having(Kpi(basis: GradingBasis.Trend, baseline: 100m), Array.Empty<(int, decimal)>(), (2025, 100m), (2026, 101m));
        var without = withBaseline with { Baseline = null };

        Assert.Equal("B", Grade(policy, withBaseline, 2026).Grade.Code); // +1 within 10 % of 100
        Assert.Equal(NotGradableReason.NoBaseline, Grade(policy, without, 2026).Reason);
    }

    [Fact]
    public void The_scale_cannot_be_changed_through_the_list_it_is_given_as()
    {
        var scale = Policy(Minimal).Scale;

        Assert.Throws<NotSupportedException>(() => ((IList<LocalStrategy.Kpi.Grading.Grade>)scale)[0] = LocalStrategy.Kpi.Grading.Grade.NotGradable);
    }

    [Fact]
    public void A_manual_grade_must_be_a_grade_of_the_version_in_force()
    {
        // From FY2026 the scale is S/A/B: a recorded C is not a grade people can give there.
        var policy = Policy(With(d =>
        {
            var later = Version(d).DeepClone().AsObject();
            later["effectiveFrom"] = "FY2026";
            later["grades"] = JsonNode.Parse("""[ { "code": "S", "ja": "S評価", "en": "S" }, { "code": "A", "ja": "A評価", "en": "A" }, { "code": "B", "ja": "B評価", "en": "B" }, { "code": "N", "ja": "実績なし", "en": "No actual" } ]""");
            later["rules"]![1]!["bands"] = JsonNode.Parse("""[ { "grade": "S", "op": ">=", "value": 1.2 }, { "grade": "A", "op": ">=", "value": 1 }, { "grade": "B", "op": "otherwise" } ]""");
            d["versions"]!.AsArray().Add(later);
        }));
        var kpi = Kpi(basis: GradingBasis.Manual) with
        {
            Observations = ValueList<Observation>.Of(
                new Observation(new FiscalYear(2025)) { ManualGrade = new ManualGrade("C", "理由") },
                new Observation(new FiscalYear(2026)) { ManualGrade = new ManualGrade("C", "理由") }),
        };

        Assert.Equal("C", Grade(policy, kpi, 2025).Grade.Code);
        Assert.Equal(NotGradableReason.NoManualGrade, Grade(policy, kpi, 2026).Reason);
    }

    [Fact]
    public void Create_rejects_an_invalid_definition_listing_every_problem()
    {
        var definition = Valid(Minimal) with { Name = "Bad Name" };

        var ex = Assert.Throws<DocumentException>(() => GradingPolicies.Create(definition));

        Assert.Equal(PolicyValidationCodes.InvalidName, Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void Create_rejects_an_override_naming_an_unknown_policy()
    {
        var definition = Valid(With(d => d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": "nowhere" } ]""")));

        var ex = Assert.Throws<DocumentException>(() => GradingPolicies.Create(definition));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(PolicyValidationCodes.UnknownPolicy, error.Code);
        Assert.Equal("$.overrides[0].policy", error.Path);
    }
}
