namespace LocalStrategy.Kpi.Policies;

/// <summary>Choices for <see cref="InaPolicy"/>.</summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
internal sealed record InaOptions
{
    /// <summary>Gets the default options.</summary>
    public static InaOptions Default { get; } = new();

    /// <summary>Gets how a year before the final target's year is judged when it has no target of its own.</summary>
    /// <value>The default value is <see cref="InterimJudging.FinalValue"/>, as Ina publishes its results.</value>
    public InterimJudging InterimJudging { get; init; } = InterimJudging.FinalValue;
}
