namespace LocalStrategy.Kpi.Model;

/// <summary>A component of population change.</summary>
public enum PopulationComponent
{
    /// <summary>Natural change (自然増減): births − deaths.</summary>
    NaturalChange = 1,

    /// <summary>Social change (社会増減): in-migration − out-migration.</summary>
    SocialChange = 2,
}
