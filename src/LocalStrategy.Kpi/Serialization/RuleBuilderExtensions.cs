using FluentValidation;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Attaches a stable code and an English and a Japanese message to a FluentValidation rule. The
/// messages travel in the failure's state as a <see cref="LocalizedText"/>, not in its message:
/// FluentValidation fills {Name} placeholders in a message and has no escape for braces, so a brace in
/// a value or in the text ({"label": ""}) would be changed or doubled.
/// </summary>
internal static class RuleBuilderExtensions
{
    internal static IRuleBuilderOptions<T, TProperty> Fails<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string code,
        Func<T, TProperty, string> english,
        Func<T, TProperty, string> japanese)
        => rule.WithErrorCode(code)
            .WithState((item, value) => (object)new LocalizedText(japanese(item, value), english(item, value)));
}
