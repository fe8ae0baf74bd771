using FluentValidation;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>The rules of one indicator that need nothing outside it.</summary>
internal sealed class IndicatorDtoValidator : AbstractValidator<IndicatorDto>
{
    internal IndicatorDtoValidator()
    {
        RuleFor(x => x.id).Required("id", "ID");
        RuleFor(x => x.name).Required("name", "名称");
        RuleFor(x => x.kind).Known<IndicatorDto, IndicatorKind>("kind", "種類");
        RuleFor(x => x.direction)
            .NotNull()
            .Fails(ValidationCodes.DirectionMissing, (i, _) => ValidationMessages.DirectionMissing(i.id, Text.Names(JsonNames<Direction>.All)));
        RuleFor(x => x.direction).Known<IndicatorDto, Direction>("direction", "方向").When(x => x.direction is not null);
        RuleFor(x => x.valueKind).Known<IndicatorDto, ValueKind>("valueKind", "値の種類");
        RuleFor(x => x.basis).Known<IndicatorDto, GradingBasis>("basis", "評価の基準");
        RuleFor(x => x.unit)
            .NotNull()
            .Fails(ValidationCodes.Required, (i, _) => ValidationMessages.UnitMissing(i.id));
        When(x => x.unit is not null, () =>
        {
            RuleFor(x => x.unit!.label)
                .NotNull()
                .OverridePropertyName("unit.label")
                .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.UnitLabelMissing());
            RuleFor(x => x.unit!.scale)
                .Must(s => s is null || s > 0m)
                .OverridePropertyName("unit.scale")
                .Fails(ValidationCodes.OutOfRange, (_, s) => ValidationMessages.UnitScaleNotPositive(Text.Of(s)));
            RuleFor(x => x.unit!.per)
                .Must(p => p is null || JsonNames<FlowBasis>.TryParse(p, out _))
                .OverridePropertyName("unit.per")
                .Fails(ValidationCodes.UnknownValue, (_, p) => ValidationMessages.UnknownUnitBasis(Text.Of(p), Text.Names(JsonNames<FlowBasis>.All)));
        });

        When(x => x.baseline is not null, () =>
        {
            RuleFor(x => x.baseline!.period)
                .Must(p => p is null || JapanesePeriods.TryParse(p, out _, out _))
                .OverridePropertyName("baseline.period")
                .Fails(ValidationCodes.InvalidPeriod, (_, p) => ValidationMessages.BaselinePeriodUnreadable(Text.Of(p)));
            RuleFor(x => x.baseline!.value)
                .Must((i, v) => !IsPercentage(i) || InPercentRange(v))
                .OverridePropertyName("baseline.value")
                .PercentageError();
            RuleFor(x => x.baseline!.stage)
                .Must((i, s) => s is null || HasStage(i, s))
                .OverridePropertyName("baseline.stage")
                .StageError();
        });

        RuleForEach(x => x.stages).NotNullItem("stages");
        RuleFor(x => x.stages)
            .Must(stages => stages is null || stages.Where(st => st is not null).Distinct(StringComparer.Ordinal).Count() == stages.Count(st => st is not null))
            .Fails(ValidationCodes.DuplicateId, (_, stages) => ValidationMessages.DuplicateStage(Text.Of(stages!.Where(st => st is not null).GroupBy(st => st, StringComparer.Ordinal).First(g => g.Count() > 1).Key)));
        RuleFor(x => x.targets)
            .Must(targets => targets is null || targets.Count == 0 || targets.Any(t => t?.comparison == "between"))
            .When(x => x.direction == "withinRange")
            .Fails(ValidationCodes.TargetIncomplete, (_, _) => ValidationMessages.WithinRangeWithoutRange());
        RuleForEach(x => x.targets).NotNullItem("targets");
        RuleForEach(x => x.observations).NotNullItem("observations");
        RuleForEach(x => x.targets).ChildRules(target =>
        {
            target.RuleFor(t => t.year).FiscalYear();
            target.RuleFor(t => t.comparison)
                .Must(c => c is null || JsonNames<TargetComparison>.TryParse(c, out _))
                .Fails(ValidationCodes.UnknownValue, (_, c) => ValidationMessages.UnknownTargetComparison(Text.Of(c), Text.Names(JsonNames<TargetComparison>.All)));
            target.RuleFor(t => t)
                .Must(IsComplete)
                .OverridePropertyName("value")
                .Fails(ValidationCodes.TargetIncomplete, (t, _) => ValidationMessages.TargetIncomplete(Text.Of(t.year)));
            target.RuleFor(t => t.min)
                .Must((t, min) => min is null || t.max is null || min <= t.max)
                .Fails(ValidationCodes.RangeMinGreaterThanMax, (t, min) => ValidationMessages.TargetRangeInverted(Text.Of(t.year), Text.Of(min), Text.Of(t.max)));

            // Reported at the field, with its value, like the baseline's: targets[0].value, not targets[0].
            target.RuleFor(t => t.value).Must((_, v, c) => InPercentRange(v) || !IsPercentage(Owner(c))).PercentageError();
            target.RuleFor(t => t.min).Must((_, v, c) => InPercentRange(v) || !IsPercentage(Owner(c))).PercentageError();
            target.RuleFor(t => t.max).Must((_, v, c) => InPercentRange(v) || !IsPercentage(Owner(c))).PercentageError();
            target.RuleFor(t => t.stage).Must((_, s, c) => s is null || HasStage(Owner(c), s)).StageError();
        });
        RuleFor(x => x.targets)
            .Must(t => !DuplicateYears(t).Any())
            .Fails(ValidationCodes.DuplicateTarget, (i, t) => ValidationMessages.DuplicateTarget(i.id, Text.Names(DuplicateYears(t))));

        RuleForEach(x => x.observations).ChildRules(observation =>
        {
            observation.RuleFor(o => o.year).FiscalYear();
            observation.RuleFor(o => o.status)
                .Must(s => s is null || JsonNames<ObservationStatus>.TryParse(s, out _))
                .Fails(ValidationCodes.UnknownValue, (_, s) => ValidationMessages.UnknownObservationStatus(Text.Of(s), Text.Names(JsonNames<ObservationStatus>.All)));
            observation.RuleFor(o => o.asOf)
                .Must(p => p is null || JapanesePeriods.TryParse(p, out _, out _))
                .Fails(ValidationCodes.InvalidPeriod, (_, p) => ValidationMessages.PeriodUnreadable(Text.Of(p)));
            observation.RuleFor(o => o.manualGrade!.grade)
                .Required("manualGrade.grade", "個別評価の評価")
                .When(o => o.manualGrade is not null);
            observation.RuleFor(o => o.manualGrade!.reason)
                .Required("manualGrade.reason", "個別評価の理由")
                .When(o => o.manualGrade is not null);
            observation.RuleFor(o => o.value).Must((_, v, c) => InPercentRange(v) || !IsPercentage(Owner(c))).PercentageError();
            observation.RuleFor(o => o.stage).Must((_, s, c) => s is null || HasStage(Owner(c), s)).StageError();
        });
    }

    // The indicator whose target or observation a child rule is checking.
    private static IndicatorDto Owner(IValidationContext context) => (IndicatorDto)context.ParentContext.InstanceToValidate;

    private static bool IsPercentage(IndicatorDto indicator) => indicator.valueKind == "percentage";

    private static bool InPercentRange(decimal? value) => value is null || (value >= 0m && value <= 100m);

    private static bool HasStage(IndicatorDto indicator, string stage)
        => indicator.stages is not null && indicator.stages.Contains(stage!, StringComparer.Ordinal);

    private static IEnumerable<string> DuplicateYears(List<TargetDto>? targets)
        => targets is null
            ? Array.Empty<string>()
            : targets
                .Select(x => JapanesePeriods.TryParseFiscalYear(x?.year, out var year, out _) ? (FiscalYear?)year : null)
                .Where(y => y is not null)
                .GroupBy(y => y!.Value)
                .Where(g => g.Count() > 1)
                .Select(g => g.Key.ToString());

    /// <summary>Whether a target has exactly one of a value, a stage or a range (a range with both ends and no value).</summary>
    internal static bool IsComplete(TargetDto t)
    {
        var isRange = t.comparison == "between";
        var forms = (t.value is not null ? 1 : 0) + (t.stage is not null ? 1 : 0) + (isRange ? 1 : 0);
        if (forms != 1)
        {
            return false;
        }

        return isRange ? t.min is not null && t.max is not null && t.value is null : t.min is null && t.max is null;
    }
}
