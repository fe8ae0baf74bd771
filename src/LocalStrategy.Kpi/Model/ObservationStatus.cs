namespace LocalStrategy.Kpi.Model;

/// <summary>The status of an observed value.</summary>
public enum ObservationStatus
{
    /// <summary>A final figure (確報).</summary>
    Final = 1,

    /// <summary>A preliminary figure (速報値) that may be revised.</summary>
    Preliminary = 2,

    /// <summary>The statistic has not been published (統計が公表されていない); no value.</summary>
    NotPublished = 3,

    /// <summary>Special circumstances stopped the work (特段の事情があり事業が実施できなかった); see the reason.</summary>
    Suspended = 4,
}
