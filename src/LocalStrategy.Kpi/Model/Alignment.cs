namespace LocalStrategy.Kpi.Model;

/// <summary>A goal of a national or prefectural strategy that a goal or measure is aligned to (勘案).</summary>
/// <param name="Framework">The other strategy, for example 国のまち・ひと・しごと創生総合戦略（第2期）.</param>
/// <param name="Goal">Its goal, as printed.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Alignment(string Framework, string Goal)
{
    /// <summary>Gets a note.</summary>
    public string? Note { get; init; }
}
