namespace LocalStrategy.Kpi.Model;

/// <summary>
/// A unit as printed (人, 社, 億円, 千円, %, 世帯, ㎥/年, 万件/月, 点), with its scale and time basis.
/// </summary>
/// <param name="Label">The unit as printed, for example 億円; empty for a unitless milestone (－).</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record Unit(string Label)
{
    /// <summary>Gets the multiplier from a printed value to the base quantity: 億円 is 100000000 yen, 千円 is 1000, 万件 is 10000.</summary>
    /// <value>The default value is 1.</value>
    public decimal Scale { get; init; } = 1m;

    /// <summary>Gets whether the unit is a flow per year or per month.</summary>
    /// <value>The default value is <see cref="FlowBasis.None"/>.</value>
    public FlowBasis Per { get; init; }
}
