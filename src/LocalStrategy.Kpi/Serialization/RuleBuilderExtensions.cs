using FluentValidation;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>Attaches a stable code and an English and a Japanese message to a FluentValidation rule.</summary>
internal static class RuleBuilderExtensions
{
    internal static IRuleBuilderOptions<T, TProperty> Fails<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string code,
        Func<T, TProperty, string> english,
        Func<T, TProperty, string> japanese)
        => rule.WithErrorCode(code)
            .WithState((item, value) => (object)new Messages(english(item, value), japanese(item, value)));
}
