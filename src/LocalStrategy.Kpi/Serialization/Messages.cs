using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// The English and Japanese messages of a failure. They travel in the failure's state, not its
/// message: FluentValidation fills {Name} placeholders in a message and has no escape for braces,
/// so a brace in a value or in the text ({"label": ""}) would be changed or doubled.
/// </summary>
/// <param name="English">The English message.</param>
/// <param name="Japanese">The Japanese message.</param>
internal sealed record Messages(string English, string Japanese);
