using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using NodaTime;

namespace LocalStrategy.Kpi.Tests.Population;

/// <summary>Small population visions built in code for the path tests.</summary>
internal static class Visions
{
    internal static ReportingPeriod Year(int year) => ReportingPeriod.OfCalendarYear(year);

    internal static ReportingPeriod Fy(int year) => ReportingPeriod.OfFiscalYear(new FiscalYear(year));

    internal static ReportingPeriod Month(int year, int month) => ReportingPeriod.OfMonth(year, month);

    internal static ReportingPeriod Date(int year, int month, int day) => ReportingPeriod.OfDate(new LocalDate(year, month, day));

    internal static TargetVersion Value(decimal value) => new() { Value = value };

    internal static TargetVersion Range(decimal min, decimal max) => new() { Min = min, Max = max };

    internal static PopulationTarget Target(ReportingPeriod period, params TargetVersion[] versions)
        => new(period, ValueList<TargetVersion>.From(versions));

    internal static PopulationTarget Target(ReportingPeriod period, decimal value) => Target(period, Value(value));

    internal static PopulationVision Of(params PopulationTarget[] targets)
        => new() { Targets = ValueList<PopulationTarget>.From(targets) };

    internal static PopulationActual Actual(ReportingPeriod asOf, decimal value) => new(asOf, value);

    internal static ComponentTarget Natural(int first, int last, decimal perYear)
        => new(PopulationComponent.NaturalChange, new FiscalYearRange(new FiscalYear(first), new FiscalYear(last)), perYear);

    internal static ComponentTarget Social(int first, int last, decimal perYear)
        => new(PopulationComponent.SocialChange, new FiscalYearRange(new FiscalYear(first), new FiscalYear(last)), perYear);
}
