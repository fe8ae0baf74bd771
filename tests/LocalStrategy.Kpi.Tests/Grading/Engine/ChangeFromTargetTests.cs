using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// The measure <c>changeFromTarget</c> and a tolerance measured in the target: "○ = 目標値と同等"
/// (within ±10 % of the target), ◎ beyond it, × short of it. Every number worked out by hand.
/// </summary>
public sealed class ChangeFromTargetTests
{
    private const string Rules = """
        [ {
          "id": "t.level", "en": "Against the target, within 10 % the same.", "ja": "目標値と比べ、±10％以内は同等。",
          "basis": [ "target" ], "measure": "changeFromTarget", "target": "year",
          "bands": [
            { "grade": "B", "op": "within", "tolerance": 0.1, "toleranceOf": "target", "inclusive": true },
            { "grade": "A", "op": ">", "value": 0 },
            { "grade": "C", "op": "otherwise" }
          ]
        } ]
        """;

    private static readonly FiscalYearRange Plan = new(new FiscalYear(2025), new FiscalYear(2029));

    private static IGradingPolicy Policy(string rules = Rules) => GradingPolicies.Create(Valid(With(d => Version(d)["rules"] = JsonNode.Parse(rules))));

    private static Indicator Kpi(Direction direction, params Target[] targets)
        => new("k1", IndicatorKind.Kpi, "テスト指標", new Unit("件"), direction, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = 40m, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2024)) },
            Targets = ValueList<Target>.From(targets),
        };

    private static GradeResult Grade(IGradingPolicy policy, Indicator indicator, int year, decimal actual)
        => policy.Evaluate(
            indicator with { Observations = ValueList<Observation>.From(new[] { new Observation(new FiscalYear(year)) { Value = actual } }) },
            new GradingContext(new FiscalYear(year), Plan));

    private static Target At(int year, decimal value) => new(new FiscalYear(year)) { Value = value };

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("100", "B")]    // at the target
    [InlineData("110", "B")]    // +10 = 10 % of 100: on the edge, inside
    [InlineData("90", "B")]     // −10: on the edge
    [InlineData("110.01", "A")] // beyond the band, better
    [InlineData("89.99", "C")]  // short of the band
    public void Higher_is_better_within_ten_percent_of_the_target_is_the_same(string actual, string grade)
        => Assert.Equal(grade, Grade(Policy(), Kpi(Direction.HigherIsBetter, At(2025, 100m)), 2025, D(actual)).Grade.Code);

    [Theory]
    [InlineData("55", "B")]   // 5 worse than 50: 10 % of 50, on the edge
    [InlineData("45", "B")]
    [InlineData("44.9", "A")] // lower is better: below the band is better
    [InlineData("55.1", "C")]
    public void Lower_is_better_reads_the_band_the_other_way(string actual, string grade)
        => Assert.Equal(grade, Grade(Policy(), Kpi(Direction.LowerIsBetter, At(2025, 50m)), 2025, D(actual)).Grade.Code);

    [Fact]
    public void A_negative_target_measures_the_tolerance_in_its_magnitude()
    {
        // 自然増減 −200: ±10 % is ±20, so −180 and −220 are the same level, −179 better.
        var kpi = Kpi(Direction.HigherIsBetter, At(2025, -200m));

        Assert.Equal("B", Grade(Policy(), kpi, 2025, -220m).Grade.Code);
        Assert.Equal("B", Grade(Policy(), kpi, 2025, -180m).Grade.Code);
        Assert.Equal("A", Grade(Policy(), kpi, 2025, -179m).Grade.Code);
        Assert.Equal("C", Grade(Policy(), kpi, 2025, -221m).Grade.Code);
    }

    [Fact]
    public void On_a_straight_line_the_tolerance_is_measured_in_the_point_of_the_year()
    {
        // Baseline 40 (FY2024), final 90 in FY2029: the line gives 50 for FY2025, so the band is 45–55.
        var policy = Policy(Rules.Replace("\"target\": \"year\"", "\"target\": \"straightLine\"", StringComparison.Ordinal));
        var kpi = Kpi(Direction.HigherIsBetter, At(2029, 90m));

        Assert.Equal("B", Grade(policy, kpi, 2025, 55m).Grade.Code);
        Assert.Equal("A", Grade(policy, kpi, 2025, 55.5m).Grade.Code);
        Assert.Equal("C", Grade(policy, kpi, 2025, 44.9m).Grade.Code);
        Assert.Equal(50m, Grade(policy, kpi, 2025, 55m).Numbers.Target);
    }

    [Fact]
    public void A_range_target_has_no_width_of_its_own_inside_is_the_same_and_outside_is_short()
    {
        var range = new Target(new FiscalYear(2025)) { Comparison = TargetComparison.Between, Min = 50m, Max = 60m };
        var kpi = Kpi(Direction.WithinRange, range);

        Assert.Equal("B", Grade(Policy(), kpi, 2025, 55m).Grade.Code);
        Assert.Equal("B", Grade(Policy(), kpi, 2025, 60m).Grade.Code);
        Assert.Equal("C", Grade(Policy(), kpi, 2025, 61m).Grade.Code);
        Assert.Equal("C", Grade(Policy(), kpi, 2025, 49m).Grade.Code);
    }

    [Fact]
    public void Without_a_target_for_the_year_the_indicator_is_not_gradable_for_that_reason()
    {
        var result = Grade(Policy(), Kpi(Direction.HigherIsBetter, At(2026, 100m)), 2025, 100m);

        Assert.False(result.IsGraded);
        Assert.Equal(NotGradableReason.NoTarget, result.Reason);
    }

    [Fact]
    public void The_band_law_holds_for_any_target_and_actual()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(
            Gen.Choose(-100_000, 100_000).Select(i => i / 100m).ToArbitrary(),
            Gen.Choose(-100_000, 100_000).Select(i => i / 100m).ToArbitrary(),
            (target, actual) =>
            {
                var code = Grade(Policy(), Kpi(Direction.HigherIsBetter, At(2025, target)), 2025, actual).Grade.Code;
                var band = 0.1m * Math.Abs(target);
                var expected = Math.Abs(actual - target) <= band ? "B" : actual > target ? "A" : "C";
                Assert.Equal(expected, code);
            }));

    [Fact]
    public void A_tolerance_measured_in_the_target_fits_only_the_difference_from_the_target()
    {
        var onRate = Errors(With(d => Bands(d)[1] = JsonNode.Parse("""{ "grade": "B", "op": "within", "tolerance": 0.1, "toleranceOf": "target", "inclusive": true }""")));
        var onBaseline = Errors(With(d => Version(d)["rules"] = JsonNode.Parse(Rules.Replace("changeFromTarget", "changeFromBaseline", StringComparison.Ordinal))));

        Assert.Contains(onRate, e => e.Code == PolicyValidationCodes.MeasureMismatch && e.Path == "$.versions[0].rules[1].bands[1].toleranceOf" && e.Message.English.Contains("changeFromTarget", StringComparison.Ordinal));
        Assert.Contains(onBaseline, e => e.Code == PolicyValidationCodes.MeasureMismatch && e.Path == "$.versions[0].rules[0].bands[0].toleranceOf");
    }

    [Fact]
    public void The_difference_from_the_target_needs_a_target_it_is_required_to_have()
    {
        var errors = Errors(With(d => Version(d)["rules"] = JsonNode.Parse(Rules.Replace(", \"target\": \"year\"", string.Empty, StringComparison.Ordinal))));

        Assert.Contains(errors, e => e.Code == PolicyValidationCodes.MeasureMismatch && e.Path == "$.versions[0].rules[0].target");
    }

    [Fact]
    public void A_gap_that_depends_on_the_target_says_so()
    {
        // ◎ above +10 %, ○ within it, nothing below: the gap shows for any target.
        var errors = Errors(With(d => Version(d)["rules"] = JsonNode.Parse(Rules.Replace("{ \"grade\": \"C\", \"op\": \"otherwise\" }", "{ \"grade\": \"C\", \"op\": \">\", \"value\": 1000 }", StringComparison.Ordinal))));

        var gap = Assert.Single(errors, e => e.Code == PolicyValidationCodes.BandGap);
        Assert.Contains("a difference from the target", gap.Message.English, StringComparison.Ordinal);
        Assert.Contains("(with a target of ±", gap.Message.English, StringComparison.Ordinal);
        Assert.Contains("目標値との差", gap.Message.Japanese, StringComparison.Ordinal);
        Assert.Contains("（目標値 ±", gap.Message.Japanese, StringComparison.Ordinal);
    }

    [Fact]
    public void The_measure_and_the_basis_are_written_back_as_they_were_read()
    {
        var definition = Valid(With(d => Version(d)["rules"] = JsonNode.Parse(Rules)));
        var written = PolicyJson.Write(definition);

        Assert.Contains("\"measure\": \"changeFromTarget\"", written, StringComparison.Ordinal);
        Assert.Contains("\"toleranceOf\": \"target\"", written, StringComparison.Ordinal);
        Assert.Equal(written, PolicyJson.Write(Valid(written)));
        Assert.Equal("within ±0.1 × |target| of 0 (edge inside)", definition.Versions[0].Rules[0].Bands[0].Condition.ToString());
    }

    [Fact]
    public void A_gap_that_does_not_depend_on_a_size_names_none()
    {
        var errors = Errors(With(d => Version(d)["rules"] = JsonNode.Parse(Rules
            .Replace("{ \"grade\": \"B\", \"op\": \"within\", \"tolerance\": 0.1, \"toleranceOf\": \"target\", \"inclusive\": true },", string.Empty, StringComparison.Ordinal)
            .Replace("{ \"grade\": \"C\", \"op\": \"otherwise\" }", "{ \"grade\": \"C\", \"op\": \"<\", \"value\": -5 }", StringComparison.Ordinal))));

        var gap = Assert.Single(errors, e => e.Code == PolicyValidationCodes.BandGap);
        Assert.DoesNotContain("(with a", gap.Message.English, StringComparison.Ordinal);
    }
}
