namespace LocalStrategy.Kpi.Population;

/// <summary>How a path runs between its stated points.</summary>
public enum PathInterpolation
{
    /// <summary>A straight line between neighbouring points (the default).</summary>
    Linear = 0,

    /// <summary>The earlier point's value holds until the next point.</summary>
    Step = 1,
}
