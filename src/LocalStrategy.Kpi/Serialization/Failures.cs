using FluentValidation.Results;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>Turns FluentValidation failures into <see cref="ValidationError"/>s with JSON paths; shared by every document format.</summary>
internal static class Failures
{
    internal static ValueList<ValidationError> ToErrors(IEnumerable<ValidationFailure> failures)
        => ValueList<ValidationError>.From(failures.Select(f => new ValidationError(
            f.ErrorCode,
            f.PropertyName.StartsWith("$", StringComparison.Ordinal) ? f.PropertyName : "$." + f.PropertyName,
            f.AttemptedValue is string or IConvertible or IFormattable ? Text.Raw(f.AttemptedValue) : null,
            f.CustomState as LocalizedText ?? new LocalizedText(f.ErrorMessage, f.ErrorMessage))));
}
