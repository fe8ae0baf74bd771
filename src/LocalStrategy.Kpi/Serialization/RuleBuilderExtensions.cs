using FluentValidation;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Attaches a stable code and its message (from <see cref="ValidationMessages"/>) to a FluentValidation rule. The
/// messages travel in the failure's state as a <see cref="LocalizedText"/>, not in its message:
/// FluentValidation fills {Name} placeholders in a message and has no escape for braces, so a brace in
/// a value or in the text ({"label": ""}) would be changed or doubled.
/// </summary>
internal static class RuleBuilderExtensions
{
    internal static IRuleBuilderOptions<T, TProperty> Fails<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string code,
        Func<T, TProperty, LocalizedText> message)
        => rule.WithErrorCode(code)
            .WithState((item, value) => (object)message(item, value));
}
