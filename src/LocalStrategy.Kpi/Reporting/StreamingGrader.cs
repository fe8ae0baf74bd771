using System.Text.Encodings.Web;
using System.Text.Json;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// Grades a large strategy document indicator by indicator and writes one JSON line per indicator as it
/// goes (JSON Lines: each line is the object the JSON report lists under <c>indicators</c>), with the
/// tallies accumulated on the way: the document is never held as a model, so memory is its bytes, the
/// identifiers (kept to find duplicates) and one indicator at a time. The lines and the tallies are those
/// of <see cref="StrategyGrader"/> and <see cref="EvaluationReportJson"/> for the same document.
/// </summary>
/// <remarks>
/// The goals, measures and everything else but the indicators are read and checked first, as
/// <see cref="StrategyJson"/> reads a document; each indicator is then read, checked and graded in the
/// document's order. A document that is not valid gets every problem StrategyJson would name (in another
/// order); the output then holds the lines written before the first problem was found, so check
/// <see cref="StreamingGradeResult.IsValid"/> before using it (the <c>kpi</c> command writes to a
/// temporary file and keeps it only for a valid document).
/// </remarks>
public static class StreamingGrader
{
    /// <summary>Grades a document file, writing JSON Lines to <paramref name="output"/>.</summary>
    /// <param name="path">The strategy document.</param>
    /// <param name="output">Where the lines go; flushed, not closed.</param>
    /// <param name="options">The year, the policy and the limits.</param>
    /// <returns>The tallies, or every problem.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static StreamingGradeResult GradeFile(string path, Stream output, StreamingGradeOptions options)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        Preconditions.CheckNotNull(options, nameof(options));
        var registry = BuiltIns(options);
        var bytes = DocumentText.ReadFile(path, options.Limits ?? DocumentReadOptions.Default, out var error);
        return bytes is null ? Failure(error!) : Grade(bytes, Preconditions.CheckNotNull(output, nameof(output)), options, registry);
    }

    /// <summary>Grades a document read from a stream, writing JSON Lines to <paramref name="output"/>.</summary>
    /// <param name="document">The document's bytes; read to its end (up to the limit), not closed.</param>
    /// <param name="output">Where the lines go; flushed, not closed.</param>
    /// <param name="options">The year, the policy and the limits.</param>
    /// <returns>The tallies, or every problem.</returns>
    public static StreamingGradeResult Grade(Stream document, Stream output, StreamingGradeOptions options)
    {
        Preconditions.CheckNotNull(document, nameof(document));
        Preconditions.CheckNotNull(options, nameof(options));
        var registry = BuiltIns(options);
        var bytes = DocumentText.ReadStream(document, options.Limits ?? DocumentReadOptions.Default, out var error);
        return bytes is null ? Failure(error!) : Grade(bytes, Preconditions.CheckNotNull(output, nameof(output)), options, registry);
    }

    // A document the whole reader reads but that cannot be read indicator by indicator: never expected, named rather than graded wrong.
    internal static ValidationError CannotSplit { get; } = new(ValidationCodes.JsonSyntax, "$", null, new LocalizedText("この文書は一度に読めますが、指標ごとには読めません。", "The document reads whole but cannot be split into indicators."));

    // The document names no policy and none was given, or the one named is not in the registry.
    internal static ValidationError UnknownPolicy(string? policyName, PolicyRegistry registry) => new(
        "UnknownPolicy",
        "$.gradingPolicy",
        policyName,
        policyName is null
            ? new LocalizedText("文書に評価方法（gradingPolicy）がありません。", "The document names no grading policy and none was given.")
            : new LocalizedText("評価方法「" + policyName + "」はありません。", "No grading policy is named '" + policyName + "'. Known policies: " + string.Join(", ", registry.Names) + "."));

    private static StreamingGradeResult Failure(ValidationError error) => StreamingGradeResult.Failure([error]);

    // The built-ins' registry when no registry is given, built on another core while the document is read
    // (the policies are read from their documents and checked on first use: a noticeable part of a run).
    private static Lazy<PolicyRegistry> BuiltIns(StreamingGradeOptions options)
    {
        if (options.Policies is { } given)
        {
            return new Lazy<PolicyRegistry>(() => given);
        }

        if (options.MaxDegreeOfParallelism == 1)
        {
            return new Lazy<PolicyRegistry>(() => new PolicyRegistry());
        }

        var building = Task.Run(() => new PolicyRegistry());
        return new Lazy<PolicyRegistry>(() => building.GetAwaiter().GetResult());
    }

    private static StreamingGradeResult Grade(byte[] bytes, Stream output, StreamingGradeOptions options, Lazy<PolicyRegistry> registry)
    {
        var limits = options.Limits ?? DocumentReadOptions.Default;
        if (!DocumentText.IsUtf8(bytes, out var start, out var encodingError))
        {
            if (encodingError is not null)
            {
                return Failure(encodingError);
            }

            // UTF-16 or UTF-32 with a byte order mark: read as UTF-8 from here on.
            var text = DocumentText.Decode(bytes, out var decodeError);
            if (text is null)
            {
                return Failure(decodeError!);
            }

            bytes = System.Text.Encoding.UTF8.GetBytes(text);
            start = 0;
        }

        // Malformed JSON, goals and measures that are not valid, or indicators that may nest too deep (which
        // only the whole document shows): the whole reader names the problems as it always does.
        var skeleton = DocumentSkeleton.TrySplit(bytes, start, limits.MaxDepth);
        var read = skeleton is null ? null : StrategyJson.ReadStream(new MemoryStream(skeleton.Skeleton, false), limits);
        if (skeleton is null || read is null || !read.IsValid || (skeleton.NearDepthLimit(limits.MaxDepth) && !StrategyJson.ReadStream(new MemoryStream(bytes, start, bytes.Length - start, false), limits).IsValid))
        {
            var whole = StrategyJson.ReadStream(new MemoryStream(bytes, start, bytes.Length - start, false), limits);
            return whole.IsValid
                ? Failure(CannotSplit)
                : StreamingGradeResult.Failure(whole.Errors);
        }

        var strategy = read.Value;
        var policyName = options.Policy ?? strategy.GradingPolicy;
        if (policyName is null || !registry.Value.TryGet(policyName, out var policy))
        {
            return Failure(UnknownPolicy(policyName, registry.Value));
        }

        using var run = new StreamingRun(bytes, skeleton, strategy, policy, options, limits, output);
        return run.Go();
    }
}
