namespace LocalStrategy.Kpi.Model;

/// <summary>How a target's value is meant.</summary>
public enum TargetComparison
{
    /// <summary>The value itself, read in the indicator's direction (a higher-is-better target of 280 is met by 280 or more).</summary>
    Reach = 0,

    /// <summary>At least the value (以上).</summary>
    AtLeast = 1,

    /// <summary>At most the value (以下).</summary>
    AtMost = 2,

    /// <summary>Between <see cref="Target.Min"/> and <see cref="Target.Max"/>, both inclusive.</summary>
    Between = 3,
}
