using FluentValidation;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using NodaTime.Text;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// The local rules of a population vision. The order of its lists and the overlap of component
/// ranges are checked with the whole document (<see cref="StrategyDtoValidator"/>).
/// </summary>
internal sealed class PopulationDtoValidator : AbstractValidator<PopulationDto>
{
    internal PopulationDtoValidator()
    {
        RuleFor(x => x.yearsAsOf)
            .Must(d => d is null || AnnualDatePattern.Iso.Parse(d).Success)
            .Fails(ValidationCodes.InvalidPeriod, (_, d) => ValidationMessages.YearsAsOfUnreadable(Text.Of(d)));
        RuleForEach(x => x.targets).NotNullItem("targets");
        RuleForEach(x => x.targets).ChildRules(target =>
        {
            target.RuleFor(t => t.period).Period("period");
            target.RuleFor(t => t.versions)
                .Must(v => v is { Count: > 0 })
                .Fails(ValidationCodes.Required, (t, _) => ValidationMessages.PopulationTargetWithoutVersions(Text.Of(t.period)));
            target.RuleForEach(t => t.versions).NotNullItem("versions");
            target.RuleForEach(t => t.versions).ChildRules(version =>
            {
                version.RuleFor(v => v)
                    .Must(v => (v.value is not null) != (v.min is not null && v.max is not null) && (v.value is null || (v.min is null && v.max is null)))
                    .OverridePropertyName("value")
                    .Fails(ValidationCodes.TargetIncomplete, (_, _) => ValidationMessages.PopulationTargetIncomplete());
                version.RuleFor(v => v.min)
                    .Must((v, min) => min is null || v.max is null || min <= v.max)
                    .Fails(ValidationCodes.RangeMinGreaterThanMax, (v, min) => ValidationMessages.RangeInverted(Text.Of(min), Text.Of(v.max)));
                version.RuleFor(v => v.value).NotNegative();
                version.RuleFor(v => v.min).NotNegative();
                version.RuleFor(v => v.max).NotNegative();
                version.RuleFor(v => v.date)
                    .Must(d => d is null || LocalDatePattern.Iso.Parse(d).Success)
                    .Fails(ValidationCodes.InvalidPeriod, (_, d) => ValidationMessages.DateUnreadable(Text.Of(d)));
            });
        });

        PathRules(RuleForEach(x => x.fertilityPath), "fertilityPath", nonNegative: true);
        PathRules(RuleForEach(x => x.socialChangePath), "socialChangePath", nonNegative: false);

        RuleForEach(x => x.componentTargets).NotNullItem("componentTargets");
        RuleForEach(x => x.componentTargets).ChildRules(target =>
        {
            target.RuleFor(t => t.component).Known<ComponentTargetDto, PopulationComponent>("component", "要素");
            target.RuleFor(t => t.first).FiscalYear();
            target.RuleFor(t => t.last).FiscalYear();
            target.RuleFor(t => t.perYear)
                .NotNull()
                .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.PerYearMissing());
            target.RuleFor(t => t)
                .Must(t => !(JapanesePeriods.TryParseFiscalYear(t.first, out var f, out _) && JapanesePeriods.TryParseFiscalYear(t.last, out var l, out _)) || l >= f)
                .OverridePropertyName("last")
                .Fails(ValidationCodes.YearRangeInvalid, (t, _) => ValidationMessages.YearRangeInverted(Text.Of(t.last), Text.Of(t.first)));
        });

        RuleForEach(x => x.actuals).NotNullItem("actuals");
        RuleForEach(x => x.actuals).ChildRules(actual =>
        {
            actual.RuleFor(a => a.asOf).Period("asOf");
            actual.RuleFor(a => a.value)
                .NotNull()
                .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.ValueMissing());
            actual.RuleFor(a => a.value).NotNegative();
        });
    
    }

    private static void PathRules(IRuleBuilderInitialCollection<PopulationDto, PathPointDto> rule, string name, bool nonNegative)
    {
        rule.NotNullItem(name);
        rule.ChildRules(point =>
        {
            point.RuleFor(p => p.period).Period("period");
            point.RuleFor(p => p.value)
                .NotNull()
                .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.ValueMissing());
            if (nonNegative)
            {
                point.RuleFor(p => p.value)
                    .Must(v => v is null || v >= 0m)
                    .Fails(ValidationCodes.OutOfRange, (_, v) => ValidationMessages.NegativeFertilityRate(Text.Of(v)));
            }
        });
    }
}
