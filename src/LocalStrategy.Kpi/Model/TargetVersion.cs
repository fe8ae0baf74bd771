using NodaTime;

namespace LocalStrategy.Kpi.Model;

/// <summary>One version of a target population: a value or a range (50,000–51,000), and where it was set.</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record TargetVersion
{
    /// <summary>Gets the target value; <see langword="null"/> for a range.</summary>
    public decimal? Value { get; init; }

    /// <summary>Gets the lower end of a range target.</summary>
    public decimal? Min { get; init; }

    /// <summary>Gets the upper end of a range target.</summary>
    public decimal? Max { get; init; }

    /// <summary>Gets the plan or document that set this version (第1期総合戦略, 後期基本計画).</summary>
    public string? AdoptedIn { get; init; }

    /// <summary>Gets the date it was set, where the source gives one.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets a note.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the single value the path uses: the value, or the middle of a range.</summary>
    public decimal? PathValue => Value ?? (Min is { } min && Max is { } max ? min + ((max - min) / 2m) : null);
}
