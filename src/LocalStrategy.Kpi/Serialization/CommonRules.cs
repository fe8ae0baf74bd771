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
            .Fails(
                ValidationCodes.Required,
                (_, v) => v is null ? $"The field '{field}' is required." : $"The field '{field}' must not be blank.",
                (_, v) => v is null ? $"「{fieldJa}」（{field}）は必須です。" : $"「{fieldJa}」（{field}）が空です。");

    internal static IRuleBuilderOptions<T, string?> Known<T, TEnum>(this IRuleBuilder<T, string?> rule, string field, string fieldJa)
        where TEnum : struct, Enum
        => rule.Must(v => v is not null && JsonNames<TEnum>.TryParse(v, out _))
            .Fails(
                ValidationCodes.UnknownValue,
                (_, v) => v is null
                    ? $"The field '{field}' is required: use one of {Text.Names(JsonNames<TEnum>.All)}."
                    : $"{Text.Of(v)} is not a valid '{field}': use one of {Text.Names(JsonNames<TEnum>.All)}.",
                (_, v) => v is null
                    ? $"「{fieldJa}」（{field}）は必須です。{Text.Names(JsonNames<TEnum>.All)} のいずれかにしてください。"
                    : $"{Text.Of(v)} は「{fieldJa}」（{field}）として使えません。{Text.Names(JsonNames<TEnum>.All)} のいずれかにしてください。");

    // The DTOs' element types say non-null, but JSON can still hold [null]: check it here.
    internal static IRuleBuilderOptions<T, TItem> NotNullItem<T, TItem>(this IRuleBuilderInitialCollection<T, TItem> rule, string list)
        where TItem : class
        => rule.Must(item => item is not null)
            .Fails(
                ValidationCodes.Required,
                (_, _) => $"An element of '{list}' is null; remove it or give a value.",
                (_, _) => $"「{list}」の要素が null です。削除するか値を指定してください。");

    internal static IRuleBuilderOptions<T, string?> Period<T>(this IRuleBuilder<T, string?> rule, string field)
        => rule.Must(v => v is not null && JapanesePeriods.TryParse(v, out _, out _))
            .Fails(
                ValidationCodes.InvalidPeriod,
                (_, v) => v is null
                    ? $"The field '{field}' is required: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度."
                    : $"The period {Text.Of(v)} cannot be read: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.",
                (_, v) => v is null
                    ? $"「{field}」は必須です。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式で指定してください。"
                    : $"時点 {Text.Of(v)} を読み取れません。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式にしてください。");

    internal static IRuleBuilderOptions<T, decimal?> NotNegative<T>(this IRuleBuilder<T, decimal?> rule)
        => rule.Must(v => v is null || v >= 0m)
            .Fails(
                ValidationCodes.NegativePopulation,
                (_, v) => $"A population cannot be negative; found {Text.Of(v)}.",
                (_, v) => $"人口は負にできません。値: {Text.Of(v)}。");

    internal static IRuleBuilderOptions<T, string?> FiscalYear<T>(this IRuleBuilder<T, string?> rule)
        => rule.Must(v => v is not null && JapanesePeriods.TryParseFiscalYear(v, out _, out _))
            .Fails(
                ValidationCodes.InvalidPeriod,
                (_, v) => $"{Text.Of(v)} is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.",
                (_, v) => $"{Text.Of(v)} は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。");

    internal static IRuleBuilderOptions<T, TProperty> PercentageError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule)
        => rule.Fails(
            ValidationCodes.PercentageOutOfRange,
            (_, v) => $"A percentage must be between 0 and 100; found {Text.Of(v)}.",
            (_, v) => $"割合（％）は 0 以上 100 以下にしてください。値: {Text.Of(v)}。");

    internal static IRuleBuilderOptions<T, TProperty> StageError<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule)
        => rule.Fails(
            ValidationCodes.UnknownStage,
            (_, v) => $"The stage {Text.Of(v)} is not in the indicator's list of stages.",
            (_, v) => $"段階 {Text.Of(v)} は指標の段階（stages）の一覧にありません。");
}
