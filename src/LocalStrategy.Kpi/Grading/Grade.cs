using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// A grade of a policy's scale (A, B, 順調 …) or a not-gradable outcome (測定不能, 実績値なし): a
/// stable code with a Japanese and an English label. Two grades are equal when their codes are.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class Grade : IEquatable<Grade>
{
    /// <summary>Initializes a new instance of the <see cref="Grade"/> class.</summary>
    /// <param name="code">The stable code, for example <c>A</c> or <c>Unmeasurable</c>.</param>
    /// <param name="japanese">The Japanese label, for example A評価 or 測定不能.</param>
    /// <param name="english">The English label.</param>
    public Grade(string code, string japanese, string english)
    {
        Code = Preconditions.CheckNotBlank(code, nameof(code));
        Japanese = Preconditions.CheckNotBlank(japanese, nameof(japanese));
        English = Preconditions.CheckNotBlank(english, nameof(english));
    }

    /// <summary>Gets the outcome used when the library lacks the data to grade and the policy names no label of its own (評価不能).</summary>
    public static Grade NotGradable { get; } = new("NotGradable", "評価不能", "Not gradable");

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets the Japanese label.</summary>
    public string Japanese { get; }

    /// <summary>Gets the English label.</summary>
    public string English { get; }

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
