using LocalStrategy.Kpi.Grading;

namespace LocalStrategy.Kpi.Policies;

/// <summary>
/// One band of a rate scale, read top-down: the first band whose threshold the rate passes wins. The
/// last band of a scale has no threshold and takes every rate left.
/// </summary>
/// <param name="Grade">The grade of the band.</param>
/// <param name="Threshold">The lower bound as a fraction (0.8 for 80 %), or <see langword="null"/> for the last band.</param>
/// <param name="Inclusive">Whether a rate exactly at the threshold belongs to this band (以上) rather than the next (超).</param>
/// <remarks>An immutable value; safe to share between threads.</remarks>
internal sealed record RateBand(Grade Grade, decimal? Threshold, bool Inclusive)
{
    /// <summary>Describes the band, for example <c>A: rate ≥ 100%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Threshold is { } t
            ? Grade.Code + ": rate " + (Inclusive ? "≥ " : "> ") + Rate.Of(t).ToPercentString(0)
            : Grade.Code + ": any other rate";
}
