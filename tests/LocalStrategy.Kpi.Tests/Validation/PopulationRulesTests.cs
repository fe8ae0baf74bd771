using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>The rules of a population vision: its targets and versions, paths, component targets and actuals.</summary>
public sealed class PopulationRulesTests
{
    private const string Components = "naturalChange, socialChange";

    [Fact]
    public void A_vision_with_every_part_is_valid()
    {
        var strategy = StrategyJson.Read(Vision("""
            {
              "targets": [
                { "period": "2020", "versions": [ { "value": 0 } ] },
                { "period": "2025-10-01", "versions": [ { "value": 93000, "adoptedIn": "第2期", "date": "2020-03-31" } ] },
                { "period": "FY2025", "versions": [ { "value": 92000 } ] },
                { "period": "2033", "versions": [ { "min": 50000, "max": 51000 } ] },
                { "period": "2040", "versions": [ { "value": 83000 }, { "value": 85000 }, { "min": 86000, "max": 86000 } ] }
              ],
              "fertilityPath": [ { "period": "2010", "value": 1.44, "isActual": true }, { "period": "2050", "value": 0 } ],
              "socialChangePath": [ { "period": "R2", "value": -300 }, { "period": "R12", "value": 100 } ],
              "componentTargets": [
                { "component": "naturalChange", "first": "R5", "last": "R7", "perYear": -582 },
                { "component": "naturalChange", "first": "FY2026", "last": "FY2030", "perYear": -681 },
                { "component": "socialChange", "first": "FY2023", "last": "FY2023", "perYear": 233 },
                { "component": "socialChange", "first": "FY2024", "last": "FY2030", "perYear": -263 }
              ],
              "actuals": [ { "asOf": "2015-10-01", "value": 97000 }, { "asOf": "2020-10-01", "value": 0 } ]
            }
            """)).GetValueOrThrow();

        var vision = strategy.Population!;
        Assert.Equal(5, vision.Targets.Count);
        Assert.Equal(86_000m, vision.Targets[4].Current.PathValue);
        Assert.Equal(new FiscalYearRange(new FiscalYear(2023), new FiscalYear(2025)), vision.ComponentTargets[0].Years);
        Assert.Equal(-263m, vision.ComponentTargets[3].PerYear);
        Assert.True(vision.FertilityPath[0].IsActual);
    }

    [Fact]
    public void Target_populations_out_of_order_are_PeriodsNotIncreasing_at_the_later_listed()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PeriodsNotIncreasing,
                "$.population.targets[1].period",
                "2030",
                new LocalizedText("目標人口は時点の順に並べてください。2030 が 2040 の後になっていません。", "The target populations must be in increasing order of period: 2030 does not come after 2040.")),
            DocumentErrors.Single(Vision("""{ "targets": [ { "period": "2040", "versions": [ { "value": 1 } ] }, { "period": "2030", "versions": [ { "value": 1 } ] } ] }""")));

    [Fact]
    public void The_same_period_twice_is_PeriodsNotIncreasing_and_keeps_the_text_as_written()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PeriodsNotIncreasing,
                "$.population.targets[1].period",
                "令和12年度",
                new LocalizedText("目標人口は時点の順に並べてください。FY2030 が FY2030 の後になっていません。", "The target populations must be in increasing order of period: FY2030 does not come after FY2030.")),
            DocumentErrors.Single(Vision("""{ "targets": [ { "period": "FY2030", "versions": [ { "value": 1 } ] }, { "period": "令和12年度", "versions": [ { "value": 1 } ] } ] }""")));

    [Fact]
    public void Periods_are_ordered_by_their_last_day_so_a_date_in_a_fiscal_year_comes_before_it()
    {
        // FY2030 ends on 31 March 2031, after 1 October 2030.
        Assert.Equal(
            new ValidationError(
                ValidationCodes.PeriodsNotIncreasing,
                "$.population.targets[1].period",
                "2030-10-01",
                new LocalizedText("目標人口は時点の順に並べてください。2030-10-01 が FY2030 の後になっていません。", "The target populations must be in increasing order of period: 2030-10-01 does not come after FY2030.")),
            DocumentErrors.Single(Vision("""{ "targets": [ { "period": "FY2030", "versions": [ { "value": 1 } ] }, { "period": "2030-10-01", "versions": [ { "value": 1 } ] } ] }""")));
        Assert.True(StrategyJson.Read(Vision("""{ "targets": [ { "period": "2030-10-01", "versions": [ { "value": 1 } ] }, { "period": "FY2030", "versions": [ { "value": 1 } ] } ] }""")).IsValid);
    }

    [Fact]
    public void Only_the_element_out_of_place_is_reported()
    {
        // 2025 does not come after 2030; 2026 does come after 2025.
        var error = DocumentErrors.Single(Vision("""{ "actuals": [ { "asOf": "2020", "value": 1 }, { "asOf": "2030", "value": 1 }, { "asOf": "2025", "value": 1 }, { "asOf": "2026", "value": 1 } ] }"""));

        Assert.Equal(ValidationCodes.PeriodsNotIncreasing, error.Code);
        Assert.Equal("$.population.actuals[2].asOf", error.Path);
    }

    [Fact]
    public void Fertility_rate_points_out_of_order_are_PeriodsNotIncreasing()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PeriodsNotIncreasing,
                "$.population.fertilityPath[1].period",
                "2010",
                new LocalizedText("合計特殊出生率は時点の順に並べてください。2010 が 2050 の後になっていません。", "The fertility-rate points must be in increasing order of period: 2010 does not come after 2050.")),
            DocumentErrors.Single(Vision("""{ "fertilityPath": [ { "period": "2050", "value": 2.07 }, { "period": "2010", "value": 1.44 } ] }""")));

    [Fact]
    public void Social_change_points_out_of_order_are_PeriodsNotIncreasing()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PeriodsNotIncreasing,
                "$.population.socialChangePath[1].period",
                "2025-04",
                new LocalizedText("社会増減は時点の順に並べてください。2025-04 が 2025-06 の後になっていません。", "The social-change points must be in increasing order of period: 2025-04 does not come after 2025-06.")),
            DocumentErrors.Single(Vision("""{ "socialChangePath": [ { "period": "2025-06", "value": -10 }, { "period": "2025-04", "value": 5 } ] }""")));

    [Fact]
    public void Actual_populations_out_of_order_are_PeriodsNotIncreasing()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.PeriodsNotIncreasing,
                "$.population.actuals[1].asOf",
                "2015-10-01",
                new LocalizedText("実績人口は時点の順に並べてください。2015-10-01 が 2020-10-01 の後になっていません。", "The actual populations must be in increasing order of period: 2015-10-01 does not come after 2020-10-01.")),
            DocumentErrors.Single(Vision("""{ "actuals": [ { "asOf": "2020-10-01", "value": 94222 }, { "asOf": "2015-10-01", "value": 96000 } ] }""")));

    [Fact]
    public void Two_natural_change_ranges_sharing_a_year_are_OverlappingRanges()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OverlappingRanges,
                "$.population.componentTargets[1]",
                null,
                new LocalizedText("自然増減の目標（FY2025-FY2030）が $.population.componentTargets[0]（FY2023-FY2025）と重なっています。", "The naturalChange target for FY2025-FY2030 overlaps the one at $.population.componentTargets[0] (FY2023-FY2025).")),
            DocumentErrors.Single(Vision("""
                { "componentTargets": [
                  { "component": "naturalChange", "first": "FY2023", "last": "FY2025", "perYear": -582 },
                  { "component": "naturalChange", "first": "R7", "last": "令和12年度", "perYear": -681 }
                ] }
                """)));

    [Fact]
    public void Two_social_change_ranges_one_inside_the_other_are_OverlappingRanges()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OverlappingRanges,
                "$.population.componentTargets[2]",
                null,
                new LocalizedText("社会増減の目標（FY2020-FY2030）が $.population.componentTargets[0]（FY2024-FY2024）と重なっています。", "The socialChange target for FY2020-FY2030 overlaps the one at $.population.componentTargets[0] (FY2024-FY2024).")),
            DocumentErrors.Single(Vision("""
                { "componentTargets": [
                  { "component": "socialChange", "first": "FY2024", "last": "FY2024", "perYear": 233 },
                  { "component": "naturalChange", "first": "FY2020", "last": "FY2030", "perYear": -582 },
                  { "component": "socialChange", "first": "FY2020", "last": "FY2030", "perYear": 263 }
                ] }
                """)));

    [Fact]
    public void Each_overlapping_range_is_reported_once_against_the_first_earlier_one_it_overlaps()
    {
        var errors = DocumentErrors.All(Vision("""
            { "componentTargets": [
              { "component": "naturalChange", "first": "FY2020", "last": "FY2030", "perYear": -1 },
              { "component": "naturalChange", "first": "FY2022", "last": "FY2023", "perYear": -2 },
              { "component": "naturalChange", "first": "FY2023", "last": "FY2025", "perYear": -3 }
            ] }
            """));

        Assert.Equal(
            new[]
            {
                "The naturalChange target for FY2022-FY2023 overlaps the one at $.population.componentTargets[0] (FY2020-FY2030).",
                "The naturalChange target for FY2023-FY2025 overlaps the one at $.population.componentTargets[0] (FY2020-FY2030).",
            },
            errors.Select(e => e.Message.English).ToArray());
        Assert.All(errors, e => Assert.Equal(ValidationCodes.OverlappingRanges, e.Code));
    }

    [Fact]
    public void Three_thousand_overlapping_ranges_give_one_problem_each_not_millions()
    {
        var targets = string.Join(", ", Enumerable.Range(0, 3000).Select(i => "{ \"component\": \"socialChange\", \"first\": \"FY2020\", \"last\": \"FY2100\", \"perYear\": " + i + " }"));

        var read = StrategyJson.Read(Vision("{ \"componentTargets\": [ " + targets + " ] }"));

        // 2,999 overlaps, of which the first 1,000 are listed and the rest counted.
        Assert.Equal(1001, read.Errors.Count);
        Assert.Equal(ValidationCodes.TooManyProblems, read.Errors[^1].Code);
        Assert.Contains("1999 more", read.Errors[^1].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_components_may_cover_the_same_years_and_ranges_of_one_may_meet_end_to_end()
        => Assert.True(StrategyJson.Read(Vision("""
            { "componentTargets": [
              { "component": "naturalChange", "first": "FY2023", "last": "FY2025", "perYear": -582 },
              { "component": "socialChange", "first": "FY2023", "last": "FY2025", "perYear": 233 },
              { "component": "naturalChange", "first": "FY2026", "last": "FY2030", "perYear": -681 },
              { "component": "socialChange", "first": "FY2020", "last": "FY2022", "perYear": 263 }
            ] }
            """)).IsValid);

    [Fact]
    public void A_component_range_that_ends_before_it_starts_is_YearRangeInvalid()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.YearRangeInvalid,
                "$.population.componentTargets[0].last",
                null,
                new LocalizedText("期間の終わり（'R5'）が始まり（'FY2025'）より前です。", "The range ends ('R5') before it starts ('FY2025').")),
            DocumentErrors.Single(Vision("""{ "componentTargets": [ { "component": "socialChange", "first": "FY2025", "last": "R5", "perYear": 233 } ] }""")));

    [Fact]
    public void A_component_range_with_an_unreadable_year_is_InvalidPeriod_not_YearRangeInvalid()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                "$.population.componentTargets[0].first",
                "2025-10",
                new LocalizedText("'2025-10' は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。", "'2025-10' is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.")),
            DocumentErrors.Single(Vision("""{ "componentTargets": [ { "component": "socialChange", "first": "2025-10", "last": "FY2023", "perYear": 233 } ] }""")));

    [Fact]
    public void A_range_version_with_min_above_max_is_RangeMinGreaterThanMax()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.RangeMinGreaterThanMax,
                "$.population.targets[0].versions[1].min",
                "51000",
                new LocalizedText("範囲の下限 51000 が上限 50000 を上回っています。", "The range has min 51000 above max 50000.")),
            DocumentErrors.Single(Vision("""{ "targets": [ { "period": "2033", "versions": [ { "value": 50000 }, { "min": 51000, "max": 50000 } ] } ] }""")));

    [Theory]
    [InlineData("""{ "adoptedIn": "第2期総合戦略" }""")]
    [InlineData("""{ "min": 50000 }""")]
    [InlineData("""{ "max": 51000 }""")]
    [InlineData("""{ "value": 50500, "min": 50000, "max": 51000 }""")]
    [InlineData("""{ "value": 50500, "max": 51000 }""")]
    public void A_version_without_exactly_one_of_value_and_range_is_TargetIncomplete(string version)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.TargetIncomplete,
                "$.population.targets[0].versions[0].value",
                null,
                new LocalizedText("目標人口には、値か範囲（min と max）のどちらか一方だけを指定してください。", "A target population states exactly one of: a value, or a range with min and max.")),
            DocumentErrors.Single(Vision($$"""{ "targets": [ { "period": "2033", "versions": [ {{version}} ] } ] }""")));

    [Theory]
    [InlineData("""{ "period": "2040" }""")]
    [InlineData("""{ "period": "2040", "versions": [] }""")]
    public void A_target_without_versions_is_Required(string target)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                "$.population.targets[0].versions",
                null,
                new LocalizedText("'2040' の目標人口に版（versions）がありません。値または範囲を一つ以上指定してください。", "The target population for '2040' has no versions: give at least one value or range.")),
            DocumentErrors.Single(Vision($$"""{ "targets": [ {{target}} ] }""")));

    [Theory]
    [InlineData("value", """{ "value": -1 }""", "-1")]
    [InlineData("min", """{ "min": -0.5, "max": 10 }""", "-0.5")]
    [InlineData("value", """{ "value": -86000.00 }""", "-86000.00")]
    public void A_negative_target_population_is_NegativePopulation(string field, string version, string value)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.NegativePopulation,
                "$.population.targets[0].versions[0]." + field,
                value,
                new LocalizedText($"人口は負にできません。値: {value}。", $"A population cannot be negative; found {value}.")),
            DocumentErrors.Single(Vision($$"""{ "targets": [ { "period": "2040", "versions": [ {{version}} ] } ] }""")));

    [Fact]
    public void A_range_below_zero_is_NegativePopulation_at_both_ends()
    {
        var errors = DocumentErrors.All(Vision("""{ "targets": [ { "period": "2040", "versions": [ { "min": -10, "max": -5 } ] } ] }"""));

        Assert.Equal(
            new[]
            {
                new ValidationError(ValidationCodes.NegativePopulation, "$.population.targets[0].versions[0].max", "-5", new LocalizedText("人口は負にできません。値: -5。", "A population cannot be negative; found -5.")),
                new ValidationError(ValidationCodes.NegativePopulation, "$.population.targets[0].versions[0].min", "-10", new LocalizedText("人口は負にできません。値: -10。", "A population cannot be negative; found -10.")),
            },
            errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToArray()); // ordered by path: max before min
    }

    [Fact]
    public void A_negative_actual_population_is_NegativePopulation()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.NegativePopulation,
                "$.population.actuals[0].value",
                "-94222",
                new LocalizedText("人口は負にできません。値: -94222。", "A population cannot be negative; found -94222.")),
            DocumentErrors.Single(Vision("""{ "actuals": [ { "asOf": "2020-10-01", "value": -94222 } ] }""")));

    [Fact]
    public void Negative_changes_are_not_negative_populations()
        => Assert.True(StrategyJson.Read(Vision("""
            {
              "socialChangePath": [ { "period": "2020", "value": -300 } ],
              "componentTargets": [ { "component": "naturalChange", "first": "FY2023", "last": "FY2025", "perYear": -582 } ]
            }
            """)).IsValid);

    [Fact]
    public void A_negative_fertility_rate_is_OutOfRange()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OutOfRange,
                "$.population.fertilityPath[1].value",
                "-1.44",
                new LocalizedText("合計特殊出生率は負にできません。値: -1.44。", "A fertility rate cannot be negative; found -1.44.")),
            DocumentErrors.Single(Vision("""{ "fertilityPath": [ { "period": "2010", "value": 0 }, { "period": "2050", "value": -1.44 } ] }""")));

    [Fact]
    public void A_component_the_format_does_not_define_is_UnknownValue()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                "$.population.componentTargets[0].component",
                "births",
                new LocalizedText($"'births' は「要素」（component）として使えません。{Components} のいずれかにしてください。", $"'births' is not a valid 'component': use one of {Components}.")),
            DocumentErrors.Single(Vision("""{ "componentTargets": [ { "component": "births", "first": "FY2023", "last": "FY2025", "perYear": 500 } ] }""")));

    [Fact]
    public void A_component_target_without_a_component_is_UnknownValue_saying_it_is_required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.UnknownValue,
                "$.population.componentTargets[0].component",
                null,
                new LocalizedText($"「要素」（component）は必須です。{Components} のいずれかにしてください。", $"The field 'component' is required: use one of {Components}.")),
            DocumentErrors.Single(Vision("""{ "componentTargets": [ { "first": "FY2023", "last": "FY2025", "perYear": 500 } ] }""")));

    [Fact]
    public void A_component_target_without_a_change_per_year_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.population.componentTargets[0].perYear", null, new LocalizedText("「年間の増減」（perYear）は必須です。", "The field 'perYear' is required.")),
            DocumentErrors.Single(Vision("""{ "componentTargets": [ { "component": "naturalChange", "first": "FY2023", "last": "FY2025" } ] }""")));

    [Fact]
    public void An_actual_without_a_value_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.population.actuals[0].value", null, new LocalizedText("「値」（value）は必須です。", "The field 'value' is required.")),
            DocumentErrors.Single(Vision("""{ "actuals": [ { "asOf": "2020-10-01", "source": "国勢調査" } ] }""")));

    [Fact]
    public void An_impossible_version_date_is_InvalidPeriod()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                "$.population.targets[0].versions[0].date",
                "2023-02-30",
                new LocalizedText("日付 '2023-02-30' を読み取れません。2023-03-31 の形式にしてください。", "The date '2023-02-30' is not a date: use 2023-03-31.")),
            DocumentErrors.Single(Vision("""{ "targets": [ { "period": "2040", "versions": [ { "value": 86000, "date": "2023-02-30" } ] } ] }""")));

    [Fact]
    public void Validating_a_vision_built_in_code_reports_a_target_without_versions_instead_of_throwing()
    {
        var strategy = StrategyJson.Read(Minimal).GetValueOrThrow() with
        {
            Population = new PopulationVision
            {
                Targets = ValueList<PopulationTarget>.Of(new PopulationTarget(ReportingPeriod.OfCalendarYear(2040), ValueList<TargetVersion>.Empty)),
                Actuals = ValueList<PopulationActual>.Of(new PopulationActual(ReportingPeriod.OfCalendarYear(2020), -1m)),
            },
        };

        var errors = StrategyJson.Validate(strategy);

        Assert.Equal(
            new[] { (ValidationCodes.NegativePopulation, "$.population.actuals[0].value"), (ValidationCodes.Required, "$.population.targets[0].versions") },
            errors.Select(e => (e.Code, e.Path)).OrderBy(e => e.Code, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The minimal document with a population vision.</summary>
    private static string Vision(string population) => With(d => d["population"] = JsonNode.Parse(population));

    [Fact]
    public void A_vision_may_say_what_day_its_whole_years_stand_for_and_it_round_trips()
    {
        var strategy = StrategyJson.Read(Vision("""{ "yearsAsOf": "01-01", "targets": [ { "period": "2025", "versions": [ { "value": 1 } ] } ] }""")).GetValueOrThrow();

        Assert.Equal(new NodaTime.AnnualDate(1, 1), strategy.Population!.YearsAsOf);
        Assert.Contains("\"yearsAsOf\": \"01-01\"", StrategyJson.Write(strategy), StringComparison.Ordinal);
        Assert.Equal(strategy, StrategyJson.Read(StrategyJson.Write(strategy)).GetValueOrThrow());

        // The census day is the default, and a document that does not state it is written without it.
        var census = StrategyJson.Read(Vision("""{ "targets": [ { "period": "2025", "versions": [ { "value": 1 } ] } ] }""")).GetValueOrThrow();
        Assert.Equal(PopulationVision.CensusDay, census.Population!.YearsAsOf);
        Assert.DoesNotContain("yearsAsOf", StrategyJson.Write(census), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13-01")]
    [InlineData("10/01")]
    [InlineData("October")]
    public void A_day_of_the_year_that_cannot_be_read_is_InvalidPeriod(string text)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.InvalidPeriod,
                "$.population.yearsAsOf",
                text,
                new LocalizedText(
                    $"'{text}' は月日として読み取れません。10-01（国勢調査の基準日）のように MM-DD で書いてください。",
                    $"'{text}' is not a day of the year: write MM-DD, such as 10-01 (the census day).")),
            DocumentErrors.Single(Vision("{ \"yearsAsOf\": \"" + text + "\" }")));
}
