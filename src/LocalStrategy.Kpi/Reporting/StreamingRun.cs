// This file is long: the walk over the document's places, the chunks graded on the cores and the
// in-order pass that keeps the checks across indicators, which must see each other's state.
using System.Runtime.ExceptionServices;
using System.Text.Json;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// One streaming grade of a split document. The indicators are read, checked and graded in chunks on
/// the cores (each chunk's lines written into its own buffer); one pass in the document's order then
/// takes the chunks as they finish, checks what needs more than one indicator (unique identifiers),
/// and copies the lines out, so the output, the tallies and the problems are those of a pass in order.
/// At most a few chunks per core are in memory at once.
/// </summary>
internal sealed class StreamingRun : IDisposable
{
    // Who took a chunk to grade (Chunk.Claimed).
    private const int Unclaimed = 0, ByAWorker = 1, ByThePass = 2;

    private readonly byte[] bytes;
    private readonly DocumentSkeleton skeleton;
    private readonly Strategy strategy;
    private readonly IGradingPolicy policy;
    private readonly StreamingGradeOptions options;
    private readonly DocumentReadOptions limits;
    private readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<IndicatorDto> typeInfo;
    private readonly GradingContext context;
    private readonly int chunkSize;
    private readonly int degree;

    // An identifier's first place: an indicator as its list (an index into segments) and its position,
    // packed in a long; anything else as -1 - its index in others. Paths are written out only for a
    // problem, so a million indicators keep a number each, not a path.
    private readonly List<Segment> segments = new();
    private readonly List<string> others = new();
    private readonly List<string> otherIds = new();
    private FirstPlaces ids = null!;
    // The problems found and the grades counted.
    private readonly StreamingOutcome outcome;
    private readonly List<Step> steps = new();
    private readonly List<Chunk> chunks = new();

    // The chunks' buffers, used again by later chunks: a buffer big enough for a chunk's lines is a large
    // object, and one allocated per chunk would make the collector sweep the whole heap again and again.
    private readonly System.Collections.Concurrent.ConcurrentBag<MemoryStream> pool = new();
    private readonly BufferedStream buffered;
    private Task[] tasks = Array.Empty<Task>();
    private TaskScheduler? workers;
    private int started;
    private volatile bool stopping;
    private bool fellBack;

    internal StreamingRun(byte[] bytes, DocumentSkeleton skeleton, Strategy strategy, IGradingPolicy policy, StreamingGradeOptions options, DocumentReadOptions limits, Stream output)
    {
        this.bytes = bytes;
        this.skeleton = skeleton;
        this.strategy = strategy;
        this.policy = policy;
        this.options = options;
        this.limits = limits;
        typeInfo = StrategyJson.IndicatorReading(limits);
        context = new GradingContext(options.Year, strategy.PlanPeriod);
        chunkSize = options.ChunkSize;
        degree = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        buffered = new BufferedStream(new NonClosingStream(output), 1 << 16);
        outcome = new StreamingOutcome(limits.MaxProblems);
    }

    public void Dispose()
    {
        // Chunks still being graded after a problem stop at their next indicator; wait for them, so that no
        // grading goes on after the call returns (a fault of theirs was the first problem's or is moot).
        stopping = true;
        for (var i = 0; i < started; i++)
        {
            // A chunk no worker has begun is claimed here, so that it never will be; one a worker is grading is
            // waited for (it runs already: the wait needs no thread from the pool).
            if (Interlocked.CompareExchange(ref chunks[i].Claimed, ByThePass, Unclaimed) != ByAWorker)
            {
                continue;
            }

            try
            {
                tasks[i].Wait();
            }
            catch (AggregateException)
            {
                // Observed: the pass already rethrew the fault of the chunk it took, or returned a problem before it.
            }
        }

        buffered.Dispose();
    }

    internal StreamingGradeResult Go()
    {
        if (options.Format == StreamingFormat.Csv)
        {
            StreamingCsv.WriteHeader(buffered);
        }

        Plan();
        // Sized for every identifier, but never more than one per 128 bytes of the document: a crafted list of
        // empty objects names no identifier and gets no table in proportion to its count (the table grows).
        ids = new FirstPlaces((int)Math.Min(steps.Count + chunks.Sum(c => (long)c.Count), 16 + ((bytes.Length - skeleton.Start) / 128)), IdAt);
        tasks = new Task[chunks.Count];
        for (var s = 0; s < steps.Count && !fellBack; s++)
        {
            var step = steps[s];
            if (step.Segment is null)
            {
                Id(step.Id, step.Path!);
                continue;
            }

            for (var c = step.FirstChunk; c < step.FirstChunk + step.ChunkCount && !fellBack; c++)
            {
                Take(c);
            }
        }

        buffered.Flush();
        stopping = true;
        if (fellBack)
        {
            var whole = StrategyJson.ReadStream(new MemoryStream(bytes, skeleton.Start, bytes.Length - skeleton.Start, false), limits);
            return StreamingGradeResult.Failure(whole.IsValid ? [StreamingGrader.CannotSplit] : whole.Errors);
        }

        return outcome.Result(policy, options.PercentDecimals);
    }

    private static string N(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The places in the order the grader takes them: identifiers of viewpoints, goals, measures and
    // projects, and the indicator lists, each cut into chunks.
    private void Plan()
    {
        for (var i = 0; i < strategy.Viewpoints.Count; i++)
        {
            steps.Add(new Step(strategy.Viewpoints[i].Id, "$.viewpoints[" + N(i) + "]", null, 0, 0));
        }

        for (var g = 0; g < strategy.Goals.Count; g++)
        {
            var goal = strategy.Goals[g];
            var at = "$.goals[" + N(g) + "]";
            steps.Add(new Step(goal.Id, at, null, 0, 0));
            PlanIndicators(at, goal, null, null);
            PlanMeasures(goal, goal.Measures, at + ".measures", null);
        }

        for (var i = 0; i < strategy.Projects.Count; i++)
        {
            steps.Add(new Step(strategy.Projects[i].Id, "$.projects[" + N(i) + "]", null, 0, 0));
        }
    }

    private void PlanMeasures(BasicGoal goal, ValueList<Measure> measures, string path, int? inherited)
    {
        for (var m = 0; m < measures.Count; m++)
        {
            var measure = measures[m];
            var at = path + "[" + N(m) + "]";
            steps.Add(new Step(measure.Id, at, null, 0, 0));
            var priority = measure.PriorityLevel ?? inherited;
            PlanIndicators(at, goal, measure, priority);
            PlanMeasures(goal, measure.SubMeasures, at + ".subMeasures", priority);
        }
    }

    private void PlanIndicators(string owner, BasicGoal goal, Measure? measure, int? priority)
    {
        var list = skeleton.IndicatorsOf(owner);
        if (list.Count == 0)
        {
            return;
        }

        var segment = new Segment(owner, segments.Count, goal, measure, priority, list);
        segments.Add(segment);
        var first = chunks.Count;
        for (var from = 0; from < list.Count; from += chunkSize)
        {
            chunks.Add(new Chunk(segment, from, Math.Min(chunkSize, list.Count - from)));
        }

        steps.Add(new Step(null, null, segment, first, chunks.Count - first));
    }

    // Takes chunk c in order: waits for it (or grades it here), then the checks across indicators and the copy of its lines.
    private void Take(int c)
    {
        var chunk = chunks[c];
        if (degree <= 1 || chunks.Count == 1)
        {
            GradeChunk(chunk);
        }
        else
        {
            // A few chunks ahead per core, no further (memory stays a few chunks), graded by at most `degree`
            // pool threads at once.
            while (started < chunks.Count && started <= c + (2 * degree))
            {
                var next = chunks[started];
                workers ??= new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
                tasks[started++] = Task.Factory.StartNew(() => ClaimAndGrade(next, ByAWorker), CancellationToken.None, TaskCreationOptions.DenyChildAttach, workers);
            }

            // A chunk no worker has begun is graded here: the pass never waits for the thread pool to find a
            // thread (a busy pool, a service grading many documents at once), only for a chunk being graded.
            if (!ClaimAndGrade(chunk, ByThePass))
            {
                try
                {
                    tasks[c].Wait();
                }
                catch (AggregateException e) when (e.InnerExceptions.Count == 1)
                {
                    ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                }
            }

            tasks[c] = Task.CompletedTask;
        }

        var segment = chunk.Segment;
        var end = 0;
        for (var i = 0; i < chunk.Count; i++)
        {
            if (chunk.FellBackAt == i)
            {
                fellBack = true;
                break;
            }

            var index = chunk.From + i;
            Add(chunk.Before[i]);
            IndicatorId(chunk.Ids[i], segment.OwnerIndex, index);
            Add(chunk.After[i]);

            // Once the document has a problem, nothing more is graded or written.
            if (outcome.HasProblems)
            {
                continue;
            }

            outcome.Graded(chunk.IsKpi[i], chunk.Grades[i]);
            end = chunk.Ends[i];
        }

        buffered.Write(chunk.Output.GetBuffer(), 0, end);
        chunk.Release(pool);
    }

    private void Add(IReadOnlyList<ValidationError>? problems)
    {
        for (var i = 0; i < (problems?.Count ?? 0); i++)
        {
            Add(problems![i]);
        }
    }

    private void Add(ValidationError problem) => outcome.Problem(problem);

    // Grades the chunk unless another thread has claimed it; false when one had.
    private bool ClaimAndGrade(Chunk chunk, int claimant)
    {
        if (Interlocked.CompareExchange(ref chunk.Claimed, claimant, Unclaimed) != Unclaimed)
        {
            return false;
        }

        GradeChunk(chunk);
        return true;
    }

    // Reads, checks and grades the indicators of a chunk into the chunk, on whichever thread runs it.
    private void GradeChunk(Chunk chunk)
    {
        chunk.Allocate(pool);
        var segment = chunk.Segment;
        var output = chunk.Output;
        using var lines = new StreamingLines(output, options.Format);
        for (var i = 0; i < chunk.Count && !stopping; i++)
        {
            var index = chunk.From + i;
            var slice = skeleton.Slice(segment.List[index]);
            chunk.Ends[i] = (int)output.Length;
            if (slice.Length == 4 && slice[0] == (byte)'n')
            {
                chunk.Before[i] = [DocumentSkeleton.NullIndicator(PathOf(segment.OwnerIndex, index))];
                continue;
            }

            if (!IndicatorFastReader.TryRead(slice, limits.MaxDepth, out var dto))
            {
                try
                {
                    dto = JsonSerializer.Deserialize(slice, typeInfo);
                }
                catch (JsonException)
                {
                    // A field of the wrong type, an unknown or repeated field, a number that is not exact:
                    // the whole reader names it, with its line and position.
                    chunk.FellBackAt = i;
                    return;
                }
            }

            if (dto is null)
            {
                chunk.Before[i] = [DocumentSkeleton.NullIndicator(PathOf(segment.OwnerIndex, index))];
                continue;
            }

            if (!IndicatorQuickCheck.Passes(dto))
            {
                var problems = Failures.ToErrors(IndicatorRules.FailuresOf(dto, PathOf(segment.OwnerIndex, index)));
                if (problems.Count > 0)
                {
                    chunk.Before[i] = problems;
                }
            }

            chunk.Ids[i] = dto.id;
            PlanYears(chunk, i, dto.targets, index);
            PlanYears(chunk, i, dto.observations, index);
            if (chunk.Before[i] is not null || chunk.After[i] is not null)
            {
                continue;
            }

            var indicator = DtoMapper.ToModel(dto);
            var evaluation = EvaluationReport.Evaluate(new IndicatorPlacement(segment.Goal, segment.Measure, indicator), policy, context, segment.Priority);
            chunk.IsKpi[i] = indicator.Kind == IndicatorKind.Kpi;
            chunk.Grades[i] = evaluation.CountedGrade;
            lines.Write(evaluation);

            chunk.Ends[i] = (int)output.Length;
        }
    }

    private string PathOf(int ownerIndex, int index) => segments[ownerIndex].Owner + ".indicators[" + N(index) + "]";

    private string PathOf(long place) => place < 0 ? others[(int)(-1 - place)] : PathOf((int)(place >> 32), (int)(place & 0xFFFFFFFF));

    // A goal's, a measure's, a viewpoint's or a project's identifier.
    private void Id(string? id, string path)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return;
        }

        if (!ids.TryAdd(id!, -1 - others.Count, out var first))
        {
            // Duplicates among goals, measures, viewpoints and projects were named when they were read.
            if (first >= 0)
            {
                Add(new ValidationError(ValidationCodes.DuplicateId, path + ".id", Text.Raw(id), ValidationMessages.DuplicateId(id, PathOf(first))));
            }
        }
        else
        {
            others.Add(path);
            otherIds.Add(id!);
        }
    }

    private void IndicatorId(string? id, int ownerIndex, int index)
    {
        if (!string.IsNullOrWhiteSpace(id) && !ids.TryAdd(id!, ((long)ownerIndex << 32) | (uint)index, out var first))
        {
            Add(new ValidationError(ValidationCodes.DuplicateId, PathOf(ownerIndex, index) + ".id", Text.Raw(id), ValidationMessages.DuplicateId(id, PathOf(first))));
        }
    }

    // The identifier at a place recorded before: an indicator's is read again from its bytes (it was read once, so it reads).
    private string IdAt(long place)
    {
        if (place < 0)
        {
            return otherIds[(int)(-1 - place)];
        }

        var slice = skeleton.Slice(segments[(int)(place >> 32)].List[(int)(place & 0xFFFFFFFF)]);
        var dto = IndicatorFastReader.TryRead(slice, limits.MaxDepth, out var fast) ? fast : JsonSerializer.Deserialize(slice, typeInfo);
        return dto!.id!;
    }

    private void PlanYears(Chunk chunk, int i, List<TargetDto>? targets, int index)
    {
        for (var t = 0; t < (targets?.Count ?? 0); t++)
        {
            PlanYear(chunk, i, targets![t]?.year, index, ".targets[", t, "target", "目標");
        }
    }

    private void PlanYears(Chunk chunk, int i, List<ObservationDto>? observations, int index)
    {
        for (var o = 0; o < (observations?.Count ?? 0); o++)
        {
            PlanYear(chunk, i, observations![o]?.year, index, ".observations[", o, "observation", "実績");
        }
    }

    private void PlanYear(Chunk chunk, int i, string? text, int index, string list, int at, string what, string whatJa)
    {
        if (Periods.JapanesePeriods.TryParseFiscalYear(text, out var year, out _) && !strategy.PlanPeriod.Contains(year))
        {
            (chunk.After[i] ??= new List<ValidationError>()).Add(new ValidationError(
                ValidationCodes.OutsidePlanPeriod,
                PathOf(chunk.Segment.OwnerIndex, index) + list + N(at) + "].year",
                Text.Raw(text),
                ValidationMessages.OutsidePlanPeriod(what, whatJa, year, strategy.PlanPeriod)));
        }
    }

    // An identifier to check (Segment null) or an indicator list and its chunks.
    private readonly record struct Step(string? Id, string? Path, Segment? Segment, int FirstChunk, int ChunkCount);

    // An indicators list: where it is (its owner's path and index) and what its indicators are graded under.
    private sealed record Segment(string Owner, int OwnerIndex, BasicGoal Goal, Measure? Measure, int? Priority, IReadOnlyList<(int Start, int Length)> List);

    // Consecutive indicators of one list and what grading them gave, each by its position in the chunk.
    private sealed class Chunk
    {
        internal Chunk(Segment segment, int from, int count)
        {
            Segment = segment;
            From = from;
            Count = count;
        }

        internal Segment Segment { get; }

        internal int From { get; }

        internal int Count { get; }

        // Filled by Grade; dropped by Release once the lines are copied out.
        internal MemoryStream Output { get; private set; } = new();

        internal int[] Ends { get; private set; } = [];

        internal string?[] Ids { get; private set; } = [];

        internal IReadOnlyList<ValidationError>?[] Before { get; private set; } = [];

        internal List<ValidationError>?[] After { get; private set; } = [];

        internal Grade[] Grades { get; private set; } = [];

        internal bool[] IsKpi { get; private set; } = [];

        internal int FellBackAt { get; set; } = -1;

        // Who has taken the chunk to grade: Unclaimed, ByAWorker or ByThePass (Interlocked).
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1051", Justification = "A field, for Interlocked; the class is private.")]
        internal int Claimed;

        internal void Allocate(System.Collections.Concurrent.ConcurrentBag<MemoryStream> pool)
        {
            Output = pool.TryTake(out var output) ? output : new MemoryStream(Count * 128);
            Ends = new int[Count];
            Ids = new string?[Count];
            Before = new IReadOnlyList<ValidationError>?[Count];
            After = new List<ValidationError>?[Count];
            Grades = new Grade[Count];
            IsKpi = new bool[Count];
        }

        internal void Release(System.Collections.Concurrent.ConcurrentBag<MemoryStream> pool)
        {
            Output.SetLength(0);
            pool.Add(Output);
            Output = new MemoryStream(0);
            Ends = [];
            Ids = [];
            Before = [];
            After = [];
            Grades = [];
            IsKpi = [];
        }
    }
}
