using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>What <see cref="StreamingGrader"/> grades a document for and by.</summary>
public sealed class StreamingGradeOptions
{
    /// <summary>Initializes a new instance of the <see cref="StreamingGradeOptions"/> class.</summary>
    /// <param name="year">The fiscal year to grade.</param>
    public StreamingGradeOptions(FiscalYear year) => Year = year;

    private readonly int? maxDegree;
    private readonly int chunkSize = 1024;

    /// <summary>Gets the fiscal year graded.</summary>
    public FiscalYear Year { get; }

    /// <summary>Gets the policy's name; <see langword="null"/> takes the one the document names.</summary>
    public string? Policy { get; init; }

    /// <summary>Gets the registry the policy is looked up in; <see langword="null"/> for the built-ins.</summary>
    public PolicyRegistry? Policies { get; init; }

    /// <summary>Gets the decimal places of the tallies' percentages: 0 or 1.</summary>
    public int PercentDecimals { get; init; }

    /// <summary>Gets how each graded indicator is written: JSON Lines (the default) or CSV.</summary>
    public StreamingFormat Format { get; init; }

    /// <summary>Gets the reading limits; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</summary>
    public DocumentReadOptions? Limits { get; init; }

    /// <summary>
    /// Gets how many thread-pool threads grade chunks of indicators at once: <see langword="null"/> (the
    /// default) for one per core (<see cref="Environment.ProcessorCount"/>), 1 to grade on the calling
    /// thread only. The calling thread takes the chunks in document order and grades one itself when no
    /// pool thread has begun it (so a busy pool never stalls the run). The output is the same whatever
    /// the number.
    /// </summary>
    public int? MaxDegreeOfParallelism
    {
        get => maxDegree;
        init => maxDegree = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "At least 1, or null for every core.");
    }

    /// <summary>Gets how many indicators one core takes at a time (small in tests, to cut small documents into many chunks).</summary>
    internal int ChunkSize
    {
        get => chunkSize;
        init => chunkSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }
}
