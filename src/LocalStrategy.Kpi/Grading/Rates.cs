using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading;

/// <summary>
/// Direction-aware, sign-safe rate functions in <see cref="decimal"/>. docs/grading.md gives the
/// definition for every combination of direction and sign. The law every function keeps: the
/// achievement rate is at least 100 % exactly when the target is met, and a better actual never
/// gives a lower rate.
/// </summary>
/// <remarks>All members are pure and thread-safe; none throws for any input.</remarks>
public static class Rates
{
    private const decimal JustBelowOne = 0.9999999999999999999999999999m;

    /// <summary>
    /// The achievement rate 達成率 of <paramref name="actual"/> against <paramref name="target"/>.
    /// Higher is better: a/t for t &gt; 0; t/a for t &lt; 0 and a &lt; 0 (target ▲473, actual ▲508 →
    /// 93.1 %); +∞ for t &lt; 0 ≤ a. Lower is better: t/a for t &gt; 0 and a &gt; 0; +∞ for a ≤ 0 &lt; t;
    /// a/t for t &lt; 0. Maintain: 1 − |a − t| / |t|. A target of 0 gives an undefined rate.
    /// </summary>
    /// <param name="direction">The indicator's direction; <see cref="Direction.WithinRange"/> and <see cref="Direction.Milestone"/> give an undefined rate here.</param>
    /// <param name="actual">The actual.</param>
    /// <param name="target">The target.</param>
    /// <returns>The rate.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Rate Achievement(Direction direction, decimal actual, decimal target)
    {
        if (target == 0m)
        {
            return Rate.Undefined;
        }

        switch (direction)
        {
            case Direction.HigherIsBetter:
                // Stryker disable once Equality : target is not 0 here (Achievement returned Undefined for 0 above)
                if (target > 0m)
                {
                    return Quotient(direction, actual, target, actual, target);
                }

                return actual < 0m ? Quotient(direction, actual, target, target, actual) : Rate.PositiveInfinity;

            case Direction.LowerIsBetter:
                // Stryker disable once Equality : target is not 0 here (Achievement returned Undefined for 0 above)
                if (target > 0m)
                {
                    return actual > 0m ? Quotient(direction, actual, target, target, actual) : Rate.PositiveInfinity;
                }

                return Quotient(direction, actual, target, actual, target);

            case Direction.Maintain:
                return Closeness(actual, target);

            default:
                return Rate.Undefined;
        }
    }

    // Maintain: 1 − |a − t| / |t|, kept out of Achievement so that its exception handling does not
    // keep Achievement from being inlined.
    private static Rate Closeness(decimal actual, decimal target)
    {
        try
        {
            return Finite(Direction.Maintain, actual, target, 1m - (Math.Abs(actual - target) / Math.Abs(target)));
        }
        catch (OverflowException)
        {
            return Overflowed(Direction.Maintain, actual, target);
        }
    }

    /// <summary>
    /// The achievement rate against a range target [min, max]: 100 % inside the range; below it, the
    /// higher-is-better rate against <paramref name="min"/>; above it, the lower-is-better rate against
    /// <paramref name="max"/>.
    /// </summary>
    /// <param name="actual">The actual.</param>
    /// <param name="min">The lower end, inclusive.</param>
    /// <param name="max">The upper end, inclusive; not below <paramref name="min"/>.</param>
    /// <returns>The rate; undefined when min &gt; max.</returns>
    public static Rate AchievementInRange(decimal actual, decimal min, decimal max)
    {
        if (min > max)
        {
            return Rate.Undefined;
        }

        if (actual >= min && actual <= max)
        {
            return Rate.Of(1m);
        }

        // Stryker disable once Equality : actual == min is inside the range, answered above
        return actual < min
            ? Achievement(Direction.HigherIsBetter, actual, min)
            : Achievement(Direction.LowerIsBetter, actual, max);
    }

    /// <summary>
    /// The progress rate 進捗率 (a − b) / (t − b): the share of the way from the baseline to the target
    /// covered. Defined only when the target is an improvement on the baseline in the stated
    /// direction (t &gt; b for higher is better, t &lt; b for lower is better); undefined otherwise,
    /// including Ami's 社会増数 +568 → +339.
    /// </summary>
    /// <param name="direction">The indicator's direction.</param>
    /// <param name="actual">The actual.</param>
    /// <param name="baseline">The baseline.</param>
    /// <param name="target">The target.</param>
    /// <returns>The rate.</returns>
    public static Rate Progress(Direction direction, decimal actual, decimal baseline, decimal target)
    {
        var improves = direction switch
        {
            Direction.HigherIsBetter => target > baseline,
            Direction.LowerIsBetter => target < baseline,
            _ => false,
        };
        if (!improves)
        {
            return Rate.Undefined;
        }

        try
        {
            return Rate.Of((actual - baseline) / (target - baseline));
        }
        catch (OverflowException)
        {
            // A difference beyond decimal (a baseline and a target of opposite signs near its limits)
            // does not make the rate infinite: work the quotient out exactly, infinite only when it is.
            var progress = Internal.ScaledDecimals.Scale(actual) - Internal.ScaledDecimals.Scale(baseline);
            var span = Internal.ScaledDecimals.Scale(target) - Internal.ScaledDecimals.Scale(baseline);
            if (Internal.ScaledDecimals.TryDivide(progress, span, out var rate))
            {
                return Rate.Of(rate);
            }

            return progress.Sign * span.Sign > 0 ? Rate.PositiveInfinity : Rate.NegativeInfinity;
        }
    }

    /// <summary>Tells whether an actual meets a target value in the given direction.</summary>
    /// <param name="direction">The direction.</param>
    /// <param name="actual">The actual.</param>
    /// <param name="target">The target.</param>
    /// <returns>a ≥ t for higher is better, a ≤ t for lower is better, a = t to maintain.</returns>
    public static bool Meets(Direction direction, decimal actual, decimal target) => direction switch
    {
        Direction.HigherIsBetter => actual >= target,
        Direction.LowerIsBetter => actual <= target,
        Direction.Maintain => actual == target,
        _ => false,
    };

    // A decimal quotient keeps 28 or 29 significant digits, so an exact rate within about 5e-29 below
    // 1 (an actual one step short of a 29-digit target) rounds to exactly 1. The target is not met
    // then, so the rate is the largest decimal below 1: the law "≥ 100 % exactly when met" holds, and
    // no worse actual can get a higher rate.
    // 1 written with 28 decimal places: a quotient short of 1 has that scale, so comparing with this
    // takes decimal's same-scale fast path instead of rescaling (a measurable cost on the hot path).
    private const decimal OneAtScale28 = 1.0000000000000000000000000000m;

    private static Rate Finite(Direction direction, decimal actual, decimal target, decimal value)
        => value >= OneAtScale28 && !Meets(direction, actual, target) ? Rate.Of(JustBelowOne) : Rate.Of(value);

    /// <summary>
    /// The same number written with 28 decimal places where it fits (0.8 as 0.8000…0): equal in value,
    /// and compared with a rate — a quotient of 28 decimal places — without rescaling.
    /// </summary>
    internal static decimal AtRateScale(decimal value)
    {
        try
        {
            return value * OneAtScale28;
        }
        catch (OverflowException)
        {
            return value;
        }
    }

    // numerator / denominator as a rate. The division is the only step here that can overflow, and
    // only when the denominator has more decimal places than the numerator: with n = N·10^-p and
    // d = D·10^-q (N, D whole, D ≥ 1), |n / d| ≤ N·10^(q − p) ≤ N, which decimal holds, when q ≤ p.
    // That is the common case (a whole-number target), and it needs no exception handling.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Rate Quotient(Direction direction, decimal actual, decimal target, decimal numerator, decimal denominator)
    {
#if NET7_0_OR_GREATER
        // Stryker disable once Equality : the checked division gives the same quotient where this one cannot overflow
        if (denominator.Scale <= numerator.Scale)
        {
            return Finite(direction, actual, target, numerator / denominator);
        }
#endif
        return CheckedQuotient(direction, actual, target, numerator, denominator);
    }

    private static Rate CheckedQuotient(Direction direction, decimal actual, decimal target, decimal numerator, decimal denominator)
    {
        decimal value;
        try
        {
            value = numerator / denominator;
        }
        catch (OverflowException)
        {
            return Overflowed(direction, actual, target);
        }

        return Finite(direction, actual, target, value);
    }

    private static Rate Overflowed(Direction direction, decimal actual, decimal target)
    {
        // Only extreme magnitudes reach here; the sign of the exact result decides.
        var better = direction switch
        {
            // Stryker disable once Equality : a quotient of equal values is 1 and never overflows
            Direction.HigherIsBetter => actual > target,
            // Stryker disable once Equality : a quotient of equal values is 1 and never overflows
            Direction.LowerIsBetter => actual < target,
            _ => false,
        };
        return better ? Rate.PositiveInfinity : Rate.NegativeInfinity;
    }
}
