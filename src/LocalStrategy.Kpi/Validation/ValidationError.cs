using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Validation;

/// <summary>
/// One problem in a document: a stable code, the JSON path of the field, the value found there and a
/// message in English and in Japanese.
/// </summary>
/// <param name="Code">A stable code from <see cref="ValidationCodes"/>.</param>
/// <param name="Path">The JSON path of the field, for example <c>$.goals[0].measures[1].indicators[0].direction</c>.</param>
/// <param name="AttemptedValue">The value found, as text; <see langword="null"/> when the field is missing.</param>
/// <param name="Message">The message, in English and Japanese.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record ValidationError(string Code, string Path, string? AttemptedValue, LocalizedText Message)
{
    /// <summary>Returns the error on one line: code, path, English message and Japanese message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " " + Path + ": " + Message.English + " / " + Message.Japanese;
}
