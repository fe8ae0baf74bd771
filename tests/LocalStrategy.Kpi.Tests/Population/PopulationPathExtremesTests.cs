using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Population;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Population;

/// <summary>Magnitudes at decimal's limit give no value rather than an exception.</summary>
public sealed class PopulationPathExtremesTests
{
    private static PopulationTarget Target(int year, TargetVersion version)
        => new(ReportingPeriod.OfCalendarYear(year), ValueList<TargetVersion>.Of(version));

    [Fact]
    public void A_range_target_at_the_decimal_limit_counts_at_its_middle_without_overflow()
        => Assert.Equal(decimal.MaxValue, new TargetVersion { Min = decimal.MaxValue, Max = decimal.MaxValue }.PathValue);

    [Fact]
    public void The_change_needed_over_a_day_to_a_target_at_the_decimal_limit_has_no_value_and_does_not_throw()
    {
        var vision = new PopulationVision { Targets = ValueList<PopulationTarget>.Of(Target(2021, new TargetVersion { Value = decimal.MaxValue })) };

        // 2020-12-31 sits at 2020 + 365/366, one day before 2021: (MaxValue − 0) / (1/366) overflows.
        var actual = new PopulationActual(ReportingPeriod.OfDate(new NodaTime.LocalDate(2020, 12, 31)), 0m);

        Assert.Null(PopulationPath.ChangeNeeded(vision, actual));
    }

    [Fact]
    public void The_change_needed_to_the_same_target_from_a_year_before_is_defined()
    {
        var vision = new PopulationVision { Targets = ValueList<PopulationTarget>.Of(Target(2021, new TargetVersion { Value = 1_000m })) };
        var actual = new PopulationActual(ReportingPeriod.OfCalendarYear(2020), 400m);

        // (1,000 − 400) / (2021 − 2020) = 600 per year.
        Assert.Equal(600m, PopulationPath.ChangeNeeded(vision, actual)!.Value.PerYear);
    }
}
