using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading.Engine;

/// <summary>
/// A change from the baseline too large for decimal is compared exactly. Found by
/// AmiPolicyPropertiesTests.A_better_actual_never_gets_a_lower_grade: comparing such a change at a
/// quarter of its size rounded a 29-digit baseline, so a worse actual could be 横ばい while a better
/// one was 悪化.
/// </summary>
public sealed class ExactChangeTests
{
    private const decimal NearMin = -79228162514264337593543950334m; // decimal.MinValue + 1

    private static string Grade(Direction direction, decimal baseline, decimal target, decimal tolerance, decimal actual)
    {
        var indicator = new Indicator("kgi", IndicatorKind.Kgi, "指標", new Unit("人"), direction, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = baseline, Period = ReportingPeriod.OfFiscalYear(new FiscalYear(2024)) },
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(2027)) { Value = target }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(2027)) { Value = actual }),
        };
        var plan = new FiscalYearRange(new FiscalYear(2025), new FiscalYear(2027));
        return AmiPolicy.Create("ami-variant", new AmiOptions { UnchangedTolerance = tolerance }).Evaluate(indicator, new GradingContext(new FiscalYear(2027), plan)).Grade.Code;
    }

    [Theory]
    [InlineData("1")]   // b − a = decimal.MinValue: fits, |d| = 79228162514264337593543950335 > 1 × |b|
    [InlineData("2")]   // b − a overflows: |d| = |b| + 2 > |b|; rounded at a quarter it read as within
    [InlineData("0.5")]
    public void A_worse_actual_far_below_the_baseline_is_worsened_not_unchanged(string actual)
    {
        Assert.Equal("Worsened", Grade(Direction.LowerIsBetter, NearMin, -471m, 1m, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_edge_of_the_band_holds_exactly_beyond_what_decimal_holds()
    {
        // Higher is better, b = MinValue + 1, the band within ±2|b| (tolerance 2): for a = Max − 1 the
        // change a − b is exactly 2|b| = 158456325028528675187087900668, on the edge: 横ばい. Neither the
        // change nor the band fits a decimal.
        Assert.Equal("Unchanged", Grade(Direction.HigherIsBetter, NearMin, decimal.MaxValue, 2m, decimal.MaxValue - 1m));

        // With a tolerance one step below 2 the edge lies 7.9228162514264337593543950334 below 2|b|
        // (worked out with 80-digit arithmetic): a = Max − 9 is 8 below, inside; a = Max − 8 is 7 below, outside.
        const decimal justBelowTwo = 1.9999999999999999999999999999m;
        Assert.Equal("Unchanged", Grade(Direction.HigherIsBetter, NearMin, decimal.MaxValue, justBelowTwo, decimal.MaxValue - 9m));
        Assert.Equal("Improved", Grade(Direction.HigherIsBetter, NearMin, decimal.MaxValue, justBelowTwo, decimal.MaxValue - 8m));
        Assert.Equal("Achieved", Grade(Direction.HigherIsBetter, NearMin, decimal.MaxValue, 2m, decimal.MaxValue));
    }

    [Fact]
    public void A_change_that_decimal_would_round_is_compared_exactly()
    {
        // b − a = −79228162514264337593543950334.5 does not fit 29 digits; decimal rounds it to b itself.
        // Exactly, |b − a| = |b| + 0.5 lies outside the band 1 × |b|: 悪化.
        Assert.Equal("Worsened", Grade(Direction.LowerIsBetter, NearMin, -471m, 1m, 0.5m));

        // Small numbers never take that path, and grade as before: 100 → 95 is within 10 % of 100.
        Assert.Equal("Unchanged", Grade(Direction.HigherIsBetter, 100m, 200m, 0.1m, 95m));
        Assert.Equal("Unchanged", Grade(Direction.HigherIsBetter, 100m, 200m, 0.1m, 90m));
        Assert.Equal("Worsened", Grade(Direction.HigherIsBetter, 100m, 200m, 0.1m, 89.9999999999999999999999999m));
    }
}
