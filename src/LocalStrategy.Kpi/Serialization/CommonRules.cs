using FluentValidation;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>Rules that several validators share.</summary>
internal static class CommonRules
{
    internal static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, string field, string fieldJa)
        => rule.Must(v => v is not null && v.Trim().Length > 0)
            .Fails(ValidationCodes.Required, (_, v) => v is null ? ValidationMessages.Required(field, fieldJa) : ValidationMessages.Blank(field, fieldJa));

    internal static IRuleBuilderOptions<T, string?> Known<T, TEnum>(this IRuleBuilder<T, string?> rule, string field, string fieldJa)
        where TEnum : struct, Enum
        => rule.Must(v => v is not null && JsonNames<TEnum>.TryParse(v, out _))
            .Fails(ValidationCodes.UnknownValue, (_, v) => ValidationMessages.UnknownChoice(v, field, fieldJa, JsonNames<TEnum>.All));

    // The DTOs' element types say non-null, but JSON can still hold [null]: check it here.
    internal static IRuleBuilderOptions<T, TItem> NotNullItem<T, TItem>(this IRuleBuilderInitialCollection<T, TItem> rule, string list)
        where TItem : class
        => rule.Must(item => item is not null)
            .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.NullElement(list));

    internal static IRuleBuilderOptions<T, string?> Period<T>(this IRuleBuilder<T, string?> rule, string field)
        => rule.Must(v => v is not null && JapanesePeriods.TryParse(v, out _, out _))
            .Fails(ValidationCodes.InvalidPeriod, (_, v) => v is null ? ValidationMessages.PeriodRequired(field) : ValidationMessages.PeriodUnreadable(Text.Of(v)));

    internal static IRuleBuilderOptions<T, decimal?> NotNegative<T>(this IRuleBuilder<T, decimal?> rule)
        => rule.Must(v => v is null || v >= 0m)
            .Fails(ValidationCodes.NegativePopulation, (_, v) => ValidationMessages.NegativePopulation(Text.Of(v)));

    internal static IRuleBuilderOptions<T, string?> FiscalYear<T>(this IRuleBuilder<T, string?> rule)
        => rule.Must(v => v is not null && JapanesePeriods.TryParseFiscalYear(v, out _, out _))
            .Fails(ValidationCodes.InvalidPeriod, (_, v) => ValidationMessages.NotAFiscalYear(Text.Of(v)));

    internal static IRuleBuilderOptions<T, TProperty> PercentageError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule)
        => rule.Fails(ValidationCodes.PercentageOutOfRange, (_, v) => ValidationMessages.PercentageOutOfRange(Text.Of(v)));

    internal static IRuleBuilderOptions<T, TProperty> StageError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule)
        => rule.Fails(ValidationCodes.UnknownStage, (_, v) => ValidationMessages.UnknownStage(Text.Of(v)));
}
