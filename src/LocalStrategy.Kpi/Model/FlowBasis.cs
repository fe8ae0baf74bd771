namespace LocalStrategy.Kpi.Model;

/// <summary>The time basis of a unit that is a flow: 人/年, 万件/月.</summary>
public enum FlowBasis
{
    /// <summary>Not a flow.</summary>
    None = 0,

    /// <summary>Per year (/年).</summary>
    PerYear = 1,

    /// <summary>Per month (/月).</summary>
    PerMonth = 2,
}
