using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Model;

/// <summary>
/// An indicator of a plan: a KPI of a measure, or a numeric goal or KGI of a basic goal. Its
/// direction is always stated.
/// </summary>
/// <param name="Id">The identifier, unique within the strategy.</param>
/// <param name="Kind">The role of the indicator.</param>
/// <param name="Name">The name as printed (新規起業者数).</param>
/// <param name="Unit">The unit.</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="ValueKind">What kind of quantity the values are.</param>
/// <param name="Basis">What the indicator is judged against.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Indicator(
    string Id,
    IndicatorKind Kind,
    string Name,
    Unit Unit,
    Direction Direction,
    ValueKind ValueKind,
    GradingBasis Basis)
{
    /// <summary>Gets the baseline, if the plan states one.</summary>
    public Baseline? Baseline { get; init; }

    /// <summary>Gets the targets, at most one per fiscal year.</summary>
    public ValueList<Target> Targets { get; init; } = ValueList<Target>.Empty;

    /// <summary>Gets the observations, in the order they were recorded.</summary>
    public ValueList<Observation> Observations { get; init; } = ValueList<Observation>.Empty;

    /// <summary>Gets the ordered stages of a milestone indicator, from the first to the last.</summary>
    public ValueList<string> Stages { get; init; } = ValueList<string>.Empty;

    /// <summary>Gets the usual source of the figures (資料).</summary>
    public string? Source { get; init; }

    /// <summary>Gets a note, for example that the source prints no target for a year.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Gets the target for <paramref name="year"/>: the one listed for the year, else the latest one
    /// for an earlier year when it holds each year (<see cref="Target.EachYear"/>).
    /// </summary>
    /// <param name="year">A fiscal year.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public Target? TargetFor(FiscalYear year)
    {
        Target? earlier = null;
        foreach (var target in Targets)
        {
            if (target.Year == year)
            {
                return target;
            }

            if (target.Year < year && (earlier is null || target.Year > earlier.Year))
            {
                earlier = target;
            }
        }

        return earlier is { EachYear: true } ? earlier : null;
    }

    /// <summary>Gets the current observation for <paramref name="year"/>: the last one listed for that year.</summary>
    /// <param name="year">A fiscal year.</param>
    /// <returns>The observation, or <see langword="null"/>.</returns>
    public Observation? ObservationFor(FiscalYear year)
    {
        var span = Observations.AsSpan();
        for (var i = span.Length - 1; i >= 0; i--)
        {
            if (span[i].Year == year)
            {
                return span[i];
            }
        }

        return null;
    }

    /// <summary>Gets the position of <paramref name="stage"/> in <see cref="Stages"/>, or -1.</summary>
    /// <param name="stage">A stage label.</param>
    /// <returns>The zero-based position, or -1 when the stage is not listed.</returns>
    public int StageIndex(string? stage)
    {
        if (stage is null)
        {
            return -1;
        }

        var span = Stages.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (string.Equals(span[i], stage, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
