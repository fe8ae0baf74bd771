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
    private static readonly JsonWriterOptions LineOptions = new() { Indented = false, SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        var bytes = DocumentText.ReadFile(path, options.Limits ?? DocumentReadOptions.Default, out var error);
        return bytes is null ? Failure(error!) : Grade(bytes, Preconditions.CheckNotNull(output, nameof(output)), options);
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
        var bytes = DocumentText.ReadStream(document, options.Limits ?? DocumentReadOptions.Default, out var error);
        return bytes is null ? Failure(error!) : Grade(bytes, Preconditions.CheckNotNull(output, nameof(output)), options);
    }

    private static StreamingGradeResult Failure(ValidationError error) => new(ValueList<ValidationError>.Of(error), null, 0, null, null);

    private static StreamingGradeResult Failure(IEnumerable<ValidationError> errors) => new(ValueList<ValidationError>.From(errors), null, 0, null, null);

    private static StreamingGradeResult Grade(byte[] bytes, Stream output, StreamingGradeOptions options)
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

        // Malformed JSON, or goals and measures that are not valid: the whole reader names the problems as it always does.
        var skeleton = DocumentSkeleton.TrySplit(bytes, start, limits.MaxDepth);
        var read = skeleton is null ? null : StrategyJson.ReadStream(new MemoryStream(skeleton.Skeleton, false), limits);
        if (skeleton is null || read is null || !read.IsValid)
        {
            var whole = StrategyJson.ReadStream(new MemoryStream(bytes, start, bytes.Length - start, false), limits);
            return whole.IsValid
                ? Failure(new ValidationError(ValidationCodes.JsonSyntax, "$", null, new LocalizedText("この文書は一度に読めますが、指標ごとには読めません。", "The document reads whole but cannot be split into indicators.")))
                : Failure(whole.Errors);
        }

        var strategy = read.Value;
        var registry = options.Policies ?? new PolicyRegistry();
        var policyName = options.Policy ?? strategy.GradingPolicy;
        if (policyName is null || !registry.TryGet(policyName, out var policy))
        {
            return Failure(new ValidationError(
                "UnknownPolicy",
                "$.gradingPolicy",
                policyName,
                policyName is null
                    ? new LocalizedText("文書に評価方法（gradingPolicy）がありません。", "The document names no grading policy and none was given.")
                    : new LocalizedText("評価方法「" + policyName + "」はありません。", "No grading policy is named '" + policyName + "'. Known policies: " + string.Join(", ", registry.Names) + ".")));
        }

        using var run = new Run(bytes, skeleton, strategy, policy, options, limits, output);
        return run.Go();
    }

    // One pass over the indicators in the order StrategyGrader takes them, with the checks that need more
    // than one indicator (unique identifiers, years inside the plan) kept as StrategyJson keeps them.
    private sealed class Run : IDisposable
    {
        private readonly DocumentSkeleton skeleton;
        private readonly Strategy strategy;
        private readonly IGradingPolicy policy;
        private readonly StreamingGradeOptions options;
        private readonly DocumentReadOptions limits;
        private readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<IndicatorDto> typeInfo;
        private readonly IndicatorDtoValidator rules = new();
        // An identifier's first place: an indicator as its list (an index into owners) and its position,
        // packed in a long; anything else as -1 - its index in others. Paths are written out only for a
        // problem, so a million indicators keep a number each, not a path.
        private readonly Dictionary<string, long> ids = new(StringComparer.Ordinal);
        private readonly List<string> owners = new();
        private readonly List<string> others = new();
        private readonly List<ValidationError> errors = new();
        private readonly List<Grade> kpiGrades = new();
        private readonly List<Grade> goalGrades = new();
        private readonly GradingContext context;
        private readonly BufferedStream buffered;
        private readonly Utf8JsonWriter writer;
        private int written;
        private bool fellBack;

        internal Run(byte[] bytes, DocumentSkeleton skeleton, Strategy strategy, IGradingPolicy policy, StreamingGradeOptions options, DocumentReadOptions limits, Stream output)
        {
            Bytes = bytes;
            this.skeleton = skeleton;
            this.strategy = strategy;
            this.policy = policy;
            this.options = options;
            this.limits = limits;
            typeInfo = StrategyJson.IndicatorReading(limits);
            context = new GradingContext(options.Year, strategy.PlanPeriod);
            buffered = new BufferedStream(new NonClosingStream(output), 1 << 16);
            writer = new Utf8JsonWriter(buffered, LineOptions);
        }

        public void Dispose()
        {
            writer.Dispose();
            buffered.Dispose();
        }

        private byte[] Bytes { get; }

        internal StreamingGradeResult Go()
        {
            if (options.Format == StreamingFormat.Csv)
            {
                StreamingCsv.WriteHeader(buffered);
            }

            {
                for (var i = 0; i < strategy.Viewpoints.Count; i++)
                {
                    Id(strategy.Viewpoints[i].Id, "$.viewpoints[" + N(i) + "]");
                }

                for (var g = 0; g < strategy.Goals.Count && !fellBack; g++)
                {
                    var goal = strategy.Goals[g];
                    var at = "$.goals[" + N(g) + "]";
                    Id(goal.Id, at);
                    Indicators(at, goal, null, null);
                    Measures(goal, goal.Measures, at + ".measures", null);
                }

                for (var i = 0; i < strategy.Projects.Count && !fellBack; i++)
                {
                    Id(strategy.Projects[i].Id, "$.projects[" + N(i) + "]");
                }

                writer.Flush();
                buffered.Flush();
            }

            if (fellBack)
            {
                var whole = StrategyJson.ReadStream(new MemoryStream(Bytes, skeleton.Start, Bytes.Length - skeleton.Start, false), limits);
                return Failure(whole.IsValid ? errors : whole.Errors);
            }

            if (errors.Count > 0)
            {
                return Failure(errors.Count <= limits.MaxProblems
                    ? errors
                    : errors.Take(limits.MaxProblems).Append(new ValidationError(ValidationCodes.TooManyProblems, "$", null, ValidationMessages.TooManyProblems(limits.MaxProblems, errors.Count - limits.MaxProblems))));
            }

            return new StreamingGradeResult(
                ValueList<ValidationError>.Empty,
                policy.Name,
                written,
                Tally.Of(kpiGrades, policy.Scale, options.PercentDecimals),
                Tally.Of(goalGrades, policy.Scale, options.PercentDecimals));
        }

        private static string N(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private void Measures(BasicGoal goal, ValueList<Measure> measures, string path, int? inherited)
        {
            for (var m = 0; m < measures.Count && !fellBack; m++)
            {
                var measure = measures[m];
                var at = path + "[" + N(m) + "]";
                Id(measure.Id, at);
                var priority = measure.PriorityLevel ?? inherited;
                Indicators(at, goal, measure, priority);
                Measures(goal, measure.SubMeasures, at + ".subMeasures", priority);
            }
        }

        private void Indicators(string owner, BasicGoal goal, Measure? measure, int? priority)
        {
            var list = skeleton.IndicatorsOf(owner);
            if (list.Count == 0)
            {
                return;
            }

            var ownerIndex = owners.Count;
            owners.Add(owner);
            for (var i = 0; i < list.Count && !fellBack; i++)
            {
                var slice = skeleton.Slice(list[i]);
                if (slice.Length == 4 && slice[0] == (byte)'n')
                {
                    errors.Add(DocumentSkeleton.NullIndicator(PathOf(ownerIndex, i)));
                    continue;
                }

                IndicatorDto? dto;
                try
                {
                    dto = JsonSerializer.Deserialize(slice, typeInfo);
                }
                catch (JsonException)
                {
                    // A field of the wrong type, an unknown or repeated field, a number that is not exact:
                    // the whole reader names it, with its line and position.
                    fellBack = true;
                    return;
                }

                if (dto is null)
                {
                    errors.Add(DocumentSkeleton.NullIndicator(PathOf(ownerIndex, i)));
                    continue;
                }

                if (!IndicatorQuickCheck.Passes(dto))
                {
                    var at = PathOf(ownerIndex, i);
                    foreach (var failure in rules.Validate(dto).Errors)
                    {
                        var state = failure.CustomState as LocalizedText ?? new LocalizedText(failure.ErrorMessage, failure.ErrorMessage);
                        var value = failure.AttemptedValue is string or IConvertible or IFormattable ? Text.Raw(failure.AttemptedValue) : null;
                        errors.Add(new ValidationError(failure.ErrorCode, at + "." + failure.PropertyName, value, state));
                    }
                }

                IndicatorId(dto.id, ownerIndex, i);
                PlanYears(dto.targets, ownerIndex, i);
                PlanYears(dto.observations, ownerIndex, i);
                // Once the document has a problem, nothing more is graded or written.
                if (errors.Count > 0)
                {
                    continue;
                }

                var indicator = DtoMapper.ToModel(dto);
                var evaluation = EvaluationReport.Evaluate(new IndicatorPlacement(goal, measure, indicator), policy, context, priority);
                (indicator.Kind == IndicatorKind.Kpi ? kpiGrades : goalGrades).Add(evaluation.CountedGrade);
                if (options.Format == StreamingFormat.Csv)
                {
                    StreamingCsv.WriteRow(buffered, evaluation);
                }
                else
                {
                    EvaluationReportJson.WriteEvaluation(writer, evaluation);
                    writer.Flush();
                    buffered.WriteByte((byte)'\n');
                    // A new line is a new JSON value, not the next element of a list (no comma before it).
                    writer.Reset();
                }

                written++;
            }
        }

        private string PathOf(int ownerIndex, int index) => owners[ownerIndex] + ".indicators[" + N(index) + "]";

        private string PathOf(long place) => place < 0 ? others[(int)(-1 - place)] : PathOf((int)(place >> 32), (int)(place & 0xFFFFFFFF));

        // A goal's, a measure's, a viewpoint's or a project's identifier.
        private void Id(string? id, string path)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return;
            }

            if (ids.TryGetValue(id!, out var first))
            {
                // Duplicates among goals, measures, viewpoints and projects were named when they were read.
                if (first >= 0)
                {
                    errors.Add(new ValidationError(ValidationCodes.DuplicateId, path + ".id", Text.Raw(id), ValidationMessages.DuplicateId(id, PathOf(first))));
                }
            }
            else
            {
                ids[id!] = -1 - others.Count;
                others.Add(path);
            }
        }

        private void IndicatorId(string? id, int ownerIndex, int index)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return;
            }

            if (ids.TryGetValue(id!, out var first))
            {
                errors.Add(new ValidationError(ValidationCodes.DuplicateId, PathOf(ownerIndex, index) + ".id", Text.Raw(id), ValidationMessages.DuplicateId(id, PathOf(first))));
            }
            else
            {
                ids[id!] = ((long)ownerIndex << 32) | (uint)index;
            }
        }

        private void PlanYears(List<TargetDto>? targets, int ownerIndex, int index)
        {
            for (var i = 0; i < (targets?.Count ?? 0); i++)
            {
                PlanYear(targets![i]?.year, ownerIndex, index, ".targets[", i, "target", "目標");
            }
        }

        private void PlanYears(List<ObservationDto>? observations, int ownerIndex, int index)
        {
            for (var i = 0; i < (observations?.Count ?? 0); i++)
            {
                PlanYear(observations![i]?.year, ownerIndex, index, ".observations[", i, "observation", "実績");
            }
        }

        private void PlanYear(string? text, int ownerIndex, int index, string list, int i, string what, string whatJa)
        {
            if (Periods.JapanesePeriods.TryParseFiscalYear(text, out var year, out _) && !strategy.PlanPeriod.Contains(year))
            {
                errors.Add(new ValidationError(ValidationCodes.OutsidePlanPeriod, PathOf(ownerIndex, index) + list + N(i) + "].year", Text.Raw(text), ValidationMessages.OutsidePlanPeriod(what, whatJa, year, strategy.PlanPeriod)));
            }
        }
    }
}
