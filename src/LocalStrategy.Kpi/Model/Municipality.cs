namespace LocalStrategy.Kpi.Model;

/// <summary>A municipality (市町村).</summary>
/// <param name="Name">The name, for example 安曇野市.</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Municipality(string Name)
{
    /// <summary>Gets the 6-digit local government code (全国地方公共団体コード), if known.</summary>
    public LocalGovernmentCode? Code { get; init; }

    /// <summary>Gets the prefecture, for example 長野県.</summary>
    public string? Prefecture { get; init; }
}
