using FluentValidation;

namespace LocalStrategy.Kpi.Validation;

/// <summary>Attaches a stable code and an English and a Japanese message to a FluentValidation rule.</summary>
internal static class RuleBuilderExtensions
{
    internal static IRuleBuilderOptions<T, TProperty> Fails<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule,
        string code,
        Func<T, TProperty, string> english,
        Func<T, TProperty, string> japanese)
        => rule.WithErrorCode(code)
            .WithMessage((item, value) => Escape(english(item, value)))
            .WithState((item, value) => (object)japanese(item, value));

    // FluentValidation reads {Name} in a message as a placeholder; a value the user wrote must not be.
    private static string Escape(string message) => message.Replace("{", "{{").Replace("}", "}}");
}
