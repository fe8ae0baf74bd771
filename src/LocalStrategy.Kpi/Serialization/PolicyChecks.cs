using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using FluentValidation;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>What every check of a policy document shares: reporting a failure with its path and both messages, and known names and grades.</summary>
internal static class PolicyChecks
{
    internal static void KnownGrade(ValidationContext<PolicyDocumentDto> context, string? code, string at, HashSet<string> grades)
    {
        if (code is not null && !grades.Contains(code))
        {
            Fail(context, PolicyValidationCodes.UnknownGrade, at, code, $"The grade {Text.Of(code)} is not in this version's grades: use one of {Text.Names(grades)}.", $"評価 {Text.Of(code)} はこの版の評価の段階（grades）にありません。{Text.Names(grades)} のいずれかにしてください。");
        }
    }

    internal static bool Known<TEnum>(ValidationContext<PolicyDocumentDto> context, string? value, string at, string field, string fieldJa, bool required, out TEnum parsed)
        where TEnum : struct, Enum
    {
        if (value is null && !required)
        {
            parsed = default;
            return false;
        }

        if (JsonNames<TEnum>.TryParse(value, out parsed))
        {
            return true;
        }

        var names = Text.Names(JsonNames<TEnum>.All);
        Fail(
            context,
            ValidationCodes.UnknownValue,
            at,
            value,
            value is null ? $"The field '{field}' is required: use one of {names}." : $"{Text.Of(value)} is not a valid '{field}': use one of {names}.",
            value is null ? $"「{fieldJa}」（{field}）は必須です。{names} のいずれかにしてください。" : $"{Text.Of(value)} は「{fieldJa}」（{field}）として使えません。{names} のいずれかにしてください。");
        return false;
    }

    internal static void KnownAll<TEnum>(ValidationContext<PolicyDocumentDto> context, List<string>? values, string at, string field, string fieldJa)
        where TEnum : struct, Enum
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            Known<TEnum>(context, values![i], $"{at}[{i}]", field, fieldJa, required: true, out _);
        }
    }

    internal static void RequiredText(ValidationContext<PolicyDocumentDto> context, string? value, string at, string field, string fieldJa)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(context, ValidationCodes.Required, at, value, value is null ? $"The field '{field}' is required." : $"The field '{field}' must not be blank.", value is null ? $"「{fieldJa}」（{field}）は必須です。" : $"「{fieldJa}」（{field}）が空です。");
        }
    }

    internal static void Fail(ValidationContext<PolicyDocumentDto> context, string code, string path, string? value, string english, string japanese)
        => context.AddFailure(new ValidationFailure(path, english, value)
        {
            ErrorCode = code,
            CustomState = new LocalizedText(japanese, english),
        });
}
