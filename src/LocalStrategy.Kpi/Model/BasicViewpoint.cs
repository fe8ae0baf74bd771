namespace LocalStrategy.Kpi.Model;

/// <summary>A basic viewpoint (基本的視点), as Ina's strategy states them above its goals.</summary>
/// <param name="Id">The identifier, unique within the strategy.</param>
/// <param name="Title">The title as printed.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record BasicViewpoint(string Id, string Title)
{
    /// <summary>Gets the explanatory text.</summary>
    public string? Description { get; init; }
}
