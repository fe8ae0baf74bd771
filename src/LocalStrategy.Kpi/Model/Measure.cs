namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A measure (施策): a main measure 1-2, a leading project LP3 or its sub-measure LP3-②.
/// </summary>
/// <param name="Id">The identifier, unique within the strategy.</param>
/// <param name="Code">The code as the plan numbers it: 1-2, 施策2-8, LP3-②.</param>
/// <param name="Title">The title as printed.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Measure(string Id, string Code, string Title)
{
    /// <summary>Gets the responsible departments (担当課).</summary>
    public ValueList<string> Departments { get; init; } = ValueList<string>.Empty;

    /// <summary>Gets the programmes and activities (事業).</summary>
    public ValueList<string> Activities { get; init; } = ValueList<string>.Empty;

    /// <summary>Gets the priority level, 1 (必須施策) to 4 (構想), as Ami ranks measures; <see langword="null"/> when not ranked.</summary>
    public int? PriorityLevel { get; init; }

    /// <summary>Gets whether the measure uses digital tools, where the plan says so.</summary>
    public bool? UsesDigitalTools { get; init; }

    /// <summary>Gets the goals of national or prefectural strategies this measure is aligned to (勘案).</summary>
    public ValueList<Alignment> Alignments { get; init; } = ValueList<Alignment>.Empty;

    /// <summary>Gets the sub-measures (①②③).</summary>
    public ValueList<Measure> SubMeasures { get; init; } = ValueList<Measure>.Empty;

    /// <summary>Gets the KPIs of the measure.</summary>
    public ValueList<Indicator> Indicators { get; init; } = ValueList<Indicator>.Empty;
}
