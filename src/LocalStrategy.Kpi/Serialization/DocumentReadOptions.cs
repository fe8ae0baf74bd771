using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Limits on reading a document (<see cref="StrategyJson"/>, <see cref="PolicyJson"/>), so that one file
/// from an upload or a shared folder cannot take a service's memory or time. A document over a limit
/// gets a named error, never an exception or a hang.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed record DocumentReadOptions
{
    private readonly long maxBytes = 256L * 1024 * 1024;
    private readonly int maxDepth = 256;
    private readonly int maxProblems = 1000;
    private readonly TimeSpan openTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Gets the limits used when none are given.</summary>
    public static DocumentReadOptions Default { get; } = new();

    /// <summary>Gets the largest document read, in bytes; a larger one is refused (<c>DocumentTooLarge</c>) before it is read whole.</summary>
    /// <value>The default value is 268,435,456 (256 MiB): about a million indicators.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public long MaxBytes
    {
        get => maxBytes;
        init => maxBytes = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "The limit must be at least 1 byte.");
    }

    /// <summary>Gets the deepest nesting of objects and arrays read; a deeper document is refused (<c>NestingTooDeep</c>).</summary>
    /// <value>The default value is 256: sub-measures nested over a hundred deep read.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 16 or more than 100,000.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = Preconditions.CheckRange(value, 16, 100_000, nameof(MaxDepth));
    }

    /// <summary>Gets the most problems listed for one document; beyond it one more error (<c>TooManyProblems</c>) says how many were left out.</summary>
    /// <value>The default value is 1,000.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxProblems
    {
        get => maxProblems;
        init => maxProblems = Preconditions.CheckRange(value, 1, int.MaxValue, nameof(MaxProblems));
    }

    /// <summary>Gets how long opening a file may take: a named pipe with no writer never opens, and is given up after this time.</summary>
    /// <value>The default value is 10 seconds.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not positive.</exception>
    public TimeSpan OpenTimeout
    {
        get => openTimeout;
        init => openTimeout = value > TimeSpan.Zero ? value : throw new ArgumentOutOfRangeException(nameof(OpenTimeout), value, "The time must be positive.");
    }
}
