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
            Fail(context, PolicyValidationCodes.UnknownGrade, at, code, ValidationMessages.UnknownGrade(Text.Of(code), Text.Names(grades)));
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

        Fail(context, ValidationCodes.UnknownValue, at, value, ValidationMessages.UnknownChoice(value, field, fieldJa, JsonNames<TEnum>.All));
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
            Fail(context, ValidationCodes.Required, at, value, value is null ? ValidationMessages.Required(field, fieldJa) : ValidationMessages.Blank(field, fieldJa));
        }
    }

    internal static void Fail(ValidationContext<PolicyDocumentDto> context, string code, string path, string? value, LocalizedText message)
        => context.AddFailure(new ValidationFailure(path, message.English, value)
        {
            ErrorCode = code,
            CustomState = message,
        });
}
