using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A text in Japanese and in English that travels as one value: a grade's label, a rule's
/// description, a not-gradable reason, a validation message, a policy's title.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record LocalizedText
{
    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="japanese">The Japanese text.</param>
    /// <param name="english">The English text.</param>
    public LocalizedText(string japanese, string english)
    {
        Japanese = Preconditions.CheckNotNull(japanese, nameof(japanese));
        English = Preconditions.CheckNotNull(english, nameof(english));
    }

    /// <summary>Gets the text that is empty in both languages.</summary>
    public static LocalizedText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>Gets the Japanese text.</summary>
    public string Japanese { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Returns the English text, then the Japanese: <c>English / 日本語</c> (either alone when the other is empty).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => English.Length == 0 ? Japanese : Japanese.Length == 0 ? English : English + " / " + Japanese;
}
