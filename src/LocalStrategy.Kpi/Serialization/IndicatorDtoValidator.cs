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
            .Fails(
                ValidationCodes.DirectionMissing,
                (i, _) => $"Indicator '{i.id}' states no direction: give one of {Text.Names(JsonNames<Direction>.All)}. A direction is never inferred from the baseline and the target.",
                (i, _) => $"指標「{i.id}」に方向（direction）がありません。{Text.Names(JsonNames<Direction>.All)} のいずれかを指定してください。方向は基準値と目標値から推測しません。");
        RuleFor(x => x.direction).Known<IndicatorDto, Direction>("direction", "方向").When(x => x.direction is not null);
        RuleFor(x => x.valueKind).Known<IndicatorDto, ValueKind>("valueKind", "値の種類");
        RuleFor(x => x.basis).Known<IndicatorDto, GradingBasis>("basis", "評価の基準");
        RuleFor(x => x.unit)
            .NotNull()
            .Fails(
                ValidationCodes.Required,
                (i, _) => $"Indicator '{i.id}' has no unit; use {{\"label\": \"\"}} for a unitless indicator.",
                (i, _) => $"指標「{i.id}」に単位（unit）がありません。単位のない指標は {{\"label\": \"\"}} としてください。");
        When(x => x.unit is not null, () =>
        {
            RuleFor(x => x.unit!.label)
                .NotNull()
                .OverridePropertyName("unit.label")
                .Fails(ValidationCodes.Required, (_, _) => "The unit has no label.", (_, _) => "単位に表記（label）がありません。");
            RuleFor(x => x.unit!.scale)
                .Must(s => s is null || s > 0m)
                .OverridePropertyName("unit.scale")
                .Fails(
                    ValidationCodes.OutOfRange,
                    (_, s) => $"The unit scale must be positive; found {Text.Of(s)}.",
                    (_, s) => $"単位の倍率（scale）は正の数にしてください。値: {Text.Of(s)}。");
            RuleFor(x => x.unit!.per)
                .Must(p => p is null || JsonNames<FlowBasis>.TryParse(p, out _))
                .OverridePropertyName("unit.per")
                .Fails(
                    ValidationCodes.UnknownValue,
                    (_, p) => $"{Text.Of(p)} is not a unit basis: use one of {Text.Names(JsonNames<FlowBasis>.All)}.",
                    (_, p) => $"{Text.Of(p)} は単位の時間基準として使えません。{Text.Names(JsonNames<FlowBasis>.All)} のいずれかにしてください。");
        });

        When(x => x.baseline is not null, () =>
        {
            RuleFor(x => x.baseline!.period)
                .Must(p => p is null || JapanesePeriods.TryParse(p, out _, out _))
                .OverridePropertyName("baseline.period")
                .Fails(
                    ValidationCodes.InvalidPeriod,
                    (_, p) => $"The baseline period {Text.Of(p)} cannot be read: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.",
                    (_, p) => $"基準値の時点 {Text.Of(p)} を読み取れません。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式にしてください。");
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
        RuleForEach(x => x.targets).NotNullItem("targets");
        RuleForEach(x => x.observations).NotNullItem("observations");
        RuleForEach(x => x.targets).ChildRules(target =>
        {
            target.RuleFor(t => t.year).FiscalYear();
            target.RuleFor(t => t.comparison)
                .Must(c => c is null || JsonNames<TargetComparison>.TryParse(c, out _))
                .Fails(
                    ValidationCodes.UnknownValue,
                    (_, c) => $"{Text.Of(c)} is not a target comparison: use one of {Text.Names(JsonNames<TargetComparison>.All)}.",
                    (_, c) => $"{Text.Of(c)} は目標の比較方法として使えません。{Text.Names(JsonNames<TargetComparison>.All)} のいずれかにしてください。");
            target.RuleFor(t => t)
                .Must(IsComplete)
                .OverridePropertyName("value")
                .Fails(
                    ValidationCodes.TargetIncomplete,
                    (t, _) => $"The target for {Text.Of(t.year)} must state exactly one of: a value, a range (comparison 'between' with min and max), or a stage.",
                    (t, _) => $"{Text.Of(t.year)} の目標には、値・範囲（comparison が between で min と max）・段階（stage）のうちちょうど一つを指定してください。");
            target.RuleFor(t => t.min)
                .Must((t, min) => min is null || t.max is null || min <= t.max)
                .Fails(
                    ValidationCodes.RangeMinGreaterThanMax,
                    (t, min) => $"The range target for {Text.Of(t.year)} has min {Text.Of(min)} above max {Text.Of(t.max)}.",
                    (t, min) => $"{Text.Of(t.year)} の範囲目標の下限 {Text.Of(min)} が上限 {Text.Of(t.max)} を上回っています。");

            // Reported at the field, with its value, like the baseline's: targets[0].value, not targets[0].
            target.RuleFor(t => t.value).Must((_, v, c) => InPercentRange(v) || !IsPercentage(Owner(c))).PercentageError();
            target.RuleFor(t => t.min).Must((_, v, c) => InPercentRange(v) || !IsPercentage(Owner(c))).PercentageError();
            target.RuleFor(t => t.max).Must((_, v, c) => InPercentRange(v) || !IsPercentage(Owner(c))).PercentageError();
            target.RuleFor(t => t.stage).Must((_, s, c) => s is null || HasStage(Owner(c), s)).StageError();
        });
        RuleFor(x => x.targets)
            .Must(t => !DuplicateYears(t).Any())
            .Fails(
                ValidationCodes.DuplicateTarget,
                (i, t) => $"Indicator '{i.id}' has more than one target for {Text.Names(DuplicateYears(t))}.",
                (i, t) => $"指標「{i.id}」に同じ年度（{Text.Names(DuplicateYears(t))}）の目標が複数あります。");

        RuleForEach(x => x.observations).ChildRules(observation =>
        {
            observation.RuleFor(o => o.year).FiscalYear();
            observation.RuleFor(o => o.status)
                .Must(s => s is null || JsonNames<ObservationStatus>.TryParse(s, out _))
                .Fails(
                    ValidationCodes.UnknownValue,
                    (_, s) => $"{Text.Of(s)} is not an observation status: use one of {Text.Names(JsonNames<ObservationStatus>.All)}.",
                    (_, s) => $"{Text.Of(s)} は実績の状態として使えません。{Text.Names(JsonNames<ObservationStatus>.All)} のいずれかにしてください。");
            observation.RuleFor(o => o.asOf)
                .Must(p => p is null || JapanesePeriods.TryParse(p, out _, out _))
                .Fails(
                    ValidationCodes.InvalidPeriod,
                    (_, p) => $"The period {Text.Of(p)} cannot be read: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.",
                    (_, p) => $"時点 {Text.Of(p)} を読み取れません。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式にしてください。");
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

    private static bool IsComplete(TargetDto t)
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
