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
        RuleForEach(x => x.targets).NotNullItem("targets");
        RuleForEach(x => x.targets).ChildRules(target =>
        {
            target.RuleFor(t => t.period).Period("period");
            target.RuleFor(t => t.versions)
                .Must(v => v is { Count: > 0 })
                .Fails(
                    ValidationCodes.Required,
                    (t, _) => $"The target population for {Text.Of(t.period)} has no versions: give at least one value or range.",
                    (t, _) => $"{Text.Of(t.period)} の目標人口に版（versions）がありません。値または範囲を一つ以上指定してください。");
            target.RuleForEach(t => t.versions).NotNullItem("versions");
            target.RuleForEach(t => t.versions).ChildRules(version =>
            {
                version.RuleFor(v => v)
                    .Must(v => (v.value is not null) != (v.min is not null && v.max is not null) && (v.value is null || (v.min is null && v.max is null)))
                    .OverridePropertyName("value")
                    .Fails(
                        ValidationCodes.TargetIncomplete,
                        (_, _) => "A target population states exactly one of: a value, or a range with min and max.",
                        (_, _) => "目標人口には、値か範囲（min と max）のどちらか一方だけを指定してください。");
                version.RuleFor(v => v.min)
                    .Must((v, min) => min is null || v.max is null || min <= v.max)
                    .Fails(
                        ValidationCodes.RangeMinGreaterThanMax,
                        (v, min) => $"The range has min {Text.Of(min)} above max {Text.Of(v.max)}.",
                        (v, min) => $"範囲の下限 {Text.Of(min)} が上限 {Text.Of(v.max)} を上回っています。");
                version.RuleFor(v => v.value).NotNegative();
                version.RuleFor(v => v.min).NotNegative();
                version.RuleFor(v => v.max).NotNegative();
                version.RuleFor(v => v.date)
                    .Must(d => d is null || LocalDatePattern.Iso.Parse(d).Success)
                    .Fails(
                        ValidationCodes.InvalidPeriod,
                        (_, d) => $"The date {Text.Of(d)} is not a date: use 2023-03-31.",
                        (_, d) => $"日付 {Text.Of(d)} を読み取れません。2023-03-31 の形式にしてください。");
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
                .Fails(ValidationCodes.Required, (_, _) => "The field 'perYear' is required.", (_, _) => "「年間の増減」（perYear）は必須です。");
            target.RuleFor(t => t)
                .Must(t => !(JapanesePeriods.TryParseFiscalYear(t.first, out var f, out _) && JapanesePeriods.TryParseFiscalYear(t.last, out var l, out _)) || l >= f)
                .OverridePropertyName("last")
                .Fails(
                    ValidationCodes.YearRangeInvalid,
                    (t, _) => $"The range ends ({Text.Of(t.last)}) before it starts ({Text.Of(t.first)}).",
                    (t, _) => $"期間の終わり（{Text.Of(t.last)}）が始まり（{Text.Of(t.first)}）より前です。");
        });

        RuleForEach(x => x.actuals).NotNullItem("actuals");
        RuleForEach(x => x.actuals).ChildRules(actual =>
        {
            actual.RuleFor(a => a.asOf).Period("asOf");
            actual.RuleFor(a => a.value)
                .NotNull()
                .Fails(ValidationCodes.Required, (_, _) => "The field 'value' is required.", (_, _) => "「値」（value）は必須です。");
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
                .Fails(ValidationCodes.Required, (_, _) => "The field 'value' is required.", (_, _) => "「値」（value）は必須です。");
            if (nonNegative)
            {
                point.RuleFor(p => p.value)
                    .Must(v => v is null || v >= 0m)
                    .Fails(
                        ValidationCodes.OutOfRange,
                        (_, v) => $"A fertility rate cannot be negative; found {Text.Of(v)}.",
                        (_, v) => $"合計特殊出生率は負にできません。値: {Text.Of(v)}。");
            }
        });
    }
}
