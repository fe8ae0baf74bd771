using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using NodaTime;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading;

/// <summary>
/// Judging against a target at its edges, where mutation testing found no test: stages at the first
/// and unknown ones, a straight line from a baseline dated in FY1899, and the fiscal years at the ends
/// of the range the library holds.
/// </summary>
public sealed class TargetJudgingTests
{
    private static readonly Indicator Milestone = new("m", IndicatorKind.Kpi, "計画策定", new Unit(string.Empty), Direction.Milestone, ValueKind.Level, GradingBasis.Target)
    {
        Stages = ValueList<string>.Of("未着手", "着手", "策定", "完了"),
    };

    private static Observation At(string? stage) => new(new FiscalYear(2025)) { Stage = stage };

    private static Target Wanting(string stage) => new(new FiscalYear(2025)) { Stage = stage };

    [Theory]
    [InlineData("未着手", "策定", false)] // the first stage (index 0) is a stage, not an unknown one
    [InlineData("着手", "未着手", true)]  // a target of the first stage is met by any later one
    [InlineData("未着手", "未着手", true)]
    [InlineData("完了", "策定", true)]
    [InlineData("策定", "完了", false)]
    public void A_stage_is_reached_at_or_after_the_targets(string stage, string wanted, bool reached)
        => Assert.Equal(reached, TargetJudging.StageReached(Milestone, At(stage), Wanting(wanted)));

    [Fact]
    public void A_stage_that_is_missing_or_not_in_the_list_is_not_judged()
    {
        Assert.Null(TargetJudging.StageReached(Milestone, At(null), Wanting("策定")));
        Assert.Null(TargetJudging.StageReached(Milestone, null, Wanting("策定")));
        Assert.Null(TargetJudging.StageReached(Milestone, At("策定"), Wanting("検討")));
    }

    [Theory]
    [InlineData(1900, 3, 31, false)] // FY1899: before the years the library holds
    [InlineData(1900, 4, 1, true)]   // FY1900
    public void A_straight_line_needs_a_baseline_in_a_fiscal_year_the_library_holds(int year, int month, int day, bool drawn)
    {
        var kpi = new Indicator("k", IndicatorKind.Kpi, "指標", new Unit("件"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Baseline = new Baseline { Value = 10m, Period = ReportingPeriod.OfDate(new LocalDate(year, month, day)) },
        };
        var target = new Target(new FiscalYear(1910)) { Value = 20m };

        Assert.Equal(drawn, TargetJudging.TryPathValue(kpi, target, new FiscalYear(1905), out var value));
        Assert.Equal(drawn ? 15m : 0m, value);
    }

    [Theory]
    [InlineData(1900, 4, 1, 1900)]
    [InlineData(2201, 3, 31, 2200)]
    public void The_first_and_last_fiscal_years_held_contain_their_dates(int year, int month, int day, int fiscalYear)
    {
        Assert.True(FiscalYear.TryContaining(new LocalDate(year, month, day), out var found));
        Assert.Equal(fiscalYear, found.Year);
    }

    [Theory]
    [InlineData(1900, 3, 31)]
    [InlineData(2201, 4, 1)]
    public void A_date_outside_the_fiscal_years_held_has_none(int year, int month, int day)
        => Assert.False(FiscalYear.TryContaining(new LocalDate(year, month, day), out _));
}
