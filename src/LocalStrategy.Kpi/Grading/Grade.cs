using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A grade of a policy's scale (A, B, 順調 …) or a not-gradable outcome (測定不能, 実績値なし): a
/// stable code with its label in Japanese and English. Two grades are equal when their codes are.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class Grade : IEquatable<Grade>
{
    /// <summary>Initializes a new instance of the <see cref="Grade"/> class.</summary>
    /// <param name="code">The stable code, for example <c>A</c> or <c>Unmeasurable</c>.</param>
    /// <param name="label">The label, for example A評価 / A or 測定不能 / Unmeasurable; neither text blank.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or a text of <paramref name="label"/> is blank.</exception>
    public Grade(string code, LocalizedText label)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Label = Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotBlank(label.Japanese, nameof(label));
        Preconditions.CheckNotBlank(label.English, nameof(label));
    }

    /// <summary>Gets the outcome used when the library lacks the data to grade and the policy names no label of its own (評価不能).</summary>
    public static Grade NotGradable { get; } = new("NotGradable", new LocalizedText("評価不能", "Not gradable"));

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the label in Japanese and English.</summary>
    public LocalizedText Label { get; }

    /// <inheritdoc/>
    public bool Equals(Grade? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Grade other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;
}
