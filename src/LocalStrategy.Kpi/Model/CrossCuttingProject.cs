namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A cross-cutting project (価値創出プロジェクト) that points at measures by their codes, as
/// Azumino's later basic plan does (施策2-8).
/// </summary>
/// <param name="Id">The identifier, unique within the strategy.</param>
/// <param name="Title">The title as printed.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record CrossCuttingProject(string Id, string Title)
{
    /// <summary>Gets the codes of the measures the project draws on.</summary>
    public ValueList<string> MeasureCodes { get; init; } = ValueList<string>.Empty;
}
