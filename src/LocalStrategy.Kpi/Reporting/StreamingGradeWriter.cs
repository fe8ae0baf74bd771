using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// Grades indicators one at a time as a source gives them (the rows of a large sheet, the records of a
/// database) and writes each result at once, as <see cref="StreamingGrader"/> writes a document's: JSON
/// Lines or CSV rows, with the tallies accumulated. The strategy is never built: memory is the
/// identifiers seen and one indicator.
/// </summary>
/// <remarks>
/// Each indicator is checked as a document's would be (its fields, its years within the plan period, an
/// identifier no other indicator, goal or measure has), its problems named at the location given with
/// it. Once there is a problem nothing more is graded or written, and <see cref="Complete"/> returns every
/// problem (up to <see cref="DocumentReadOptions.MaxProblems"/>): check
/// <see cref="StreamingGradeResult.IsValid"/> before using the output. Not thread-safe: one source adds
/// its indicators in order. Dispose it when done (it owns a JSON writer; the output stream is not closed).
/// </remarks>
public sealed class StreamingGradeWriter : IDisposable
{
    private readonly Stream output;

    // The lines not yet written out: the JSON writer flushes its stream after every line, which on a
    // file would be a write to the system per line; lines are gathered here and written in blocks.
    private readonly MemoryStream pending = new();
    private readonly StreamingLines lines;
    private readonly StreamingOutcome outcome;
    private readonly StreamingGradeOptions options;
    private readonly DocumentReadOptions limits;
    private readonly Periods.FiscalYearRange plan;
    private readonly IGradingPolicy? policy;
    private readonly GradingContext context;
    // Every identifier taken and where it was first (an indicator's location; a goal's or measure's
    // first indicator, or the outline); which of them are goals' and measures'; and each measure's
    // priority level, a sub-measure's inherited from its measure when it has none of its own.
    private readonly Dictionary<string, string> places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> levels = new(StringComparer.Ordinal);
    // The goal and measure objects already gone through (by reference), and the outline's viewpoints,
    // which a goal's check needs.
    private readonly HashSet<object> seen = new(ReferenceComparer.Instance);
    private readonly ValueList<BasicViewpoint> viewpoints;
    private readonly Strategy outline;
    private bool completed;
    private bool flushed;
    private bool disposed;

    /// <summary>Initializes a new instance of the <see cref="StreamingGradeWriter"/> class and checks the outline.</summary>
    /// <param name="outline">
    /// The strategy the indicators belong to, without them: its municipality, title, plan period and
    /// grading policy, checked as a document's; the identifiers of its goals, measures, viewpoints and
    /// projects are taken.
    /// </param>
    /// <param name="output">Where the lines go; flushed by <see cref="Complete"/>, not closed.</param>
    /// <param name="options">The year, the policy (the outline's when not given), the format and the limits.</param>
    /// <exception cref="ArgumentException">The outline holds indicators: add them with <see cref="Add"/> instead.</exception>
    public StreamingGradeWriter(Strategy outline, Stream output, StreamingGradeOptions options)
    {
        Preconditions.CheckNotNull(outline, nameof(outline));
        this.output = Preconditions.CheckNotNull(output, nameof(output));
        this.options = Preconditions.CheckNotNull(options, nameof(options));
        if (outline.AllIndicators().Any())
        {
            throw new ArgumentException("The outline holds indicators; give the strategy without them and add each with Add.", nameof(outline));
        }

        limits = options.Limits ?? DocumentReadOptions.Default;
        outcome = new StreamingOutcome(limits.MaxProblems);
        lines = new StreamingLines(pending, options.Format);
        this.outline = outline;
        viewpoints = outline.Viewpoints;
        plan = outline.PlanPeriod;
        context = new GradingContext(options.Year, outline.PlanPeriod);
        foreach (var problem in StrategyJson.Validate(outline))
        {
            Problem(problem);
        }

        var registry = options.Policies ?? new PolicyRegistry();
        var policyName = options.Policy ?? outline.GradingPolicy;
        if (policyName is not null && registry.TryGet(policyName, out var found))
        {
            policy = found;
        }
        else
        {
            Problem(StreamingGrader.UnknownPolicy(policyName, registry));
        }

        foreach (var goal in outline.Goals)
        {
            Take(goal, null);
        }

        foreach (var viewpoint in outline.Viewpoints)
        {
            Taken(viewpoint.Id, "viewpoint", null);
        }

        foreach (var project in outline.Projects)
        {
            Taken(project.Id, "project", null);
        }

        if (options.Format == StreamingFormat.Csv)
        {
            StreamingCsv.WriteHeader(pending);
        }
    }

    /// <summary>Gets whether no problem has been found so far.</summary>
    public bool IsValid => !outcome.HasProblems;

    /// <summary>Checks an indicator and, while everything so far is valid, grades it and writes its line.</summary>
    /// <param name="placement">
    /// The indicator with its basic goal and measure (for a sub-measure's indicator, the sub-measure).
    /// A goal or measure is checked as a document's the first time it comes, and its measures and
    /// sub-measures with it; a sub-measure without a priority level of its own takes its measure's when
    /// the measure came first with it among its sub-measures.
    /// </param>
    /// <param name="location">Where the indicator comes from, naming its problems (a cell such as <c>KPI!E12</c>, a record's key).</param>
    /// <exception cref="InvalidOperationException"><see cref="Complete"/> has been called.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    public void Add(IndicatorPlacement placement, string location)
    {
        Preconditions.CheckNotNull(placement.Goal, "placement.Goal");
        Preconditions.CheckNotNull(placement.Indicator, "placement.Indicator");
        Preconditions.CheckNotNull(location, nameof(location));
#if NET7_0_OR_GREATER
        ObjectDisposedException.ThrowIf(disposed, this);
#else
        if (disposed)
        {
            throw new ObjectDisposedException(nameof(StreamingGradeWriter));
        }
#endif

        if (completed)
        {
            throw new InvalidOperationException("The writer is complete; make a new one for more indicators.");
        }

        Take(placement.Goal, location);
        if (placement.Measure is { } measure)
        {
            Take(placement.Goal, measure, null, location);
        }

        var indicator = placement.Indicator;
        var dto = DtoMapper.ToDto(indicator);
        if (!IndicatorQuickCheck.Passes(dto))
        {
            foreach (var problem in Failures.ToErrors(IndicatorRules.FailuresOf(dto, location)))
            {
                Problem(problem);
            }
        }

        PlanYears(indicator, location);
        if (!string.IsNullOrWhiteSpace(indicator.Id))
        {
            if (places.TryGetValue(indicator.Id, out var first))
            {
                Problem(new ValidationError(ValidationCodes.DuplicateId, location + ".id", Text.Raw(indicator.Id), ValidationMessages.DuplicateId(indicator.Id, first)));
            }
            else
            {
                places.Add(indicator.Id, location);
            }
        }

        if (!IsValid || policy is null)
        {
            return;
        }

        var level = placement.Measure is { } graded ? (levels.TryGetValue(graded.Id, out var known) ? known : graded.PriorityLevel) : null;
        var evaluation = EvaluationReport.Evaluate(placement, policy, context, level);
        lines.Write(evaluation);
        outcome.Graded(indicator.Kind == IndicatorKind.Kpi, evaluation.CountedGrade);
        if (pending.Length >= 1 << 16)
        {
            WritePending();
        }
    }

    /// <summary>
    /// Reports a problem the source found (a cell that is not a number, a row out of order): the result is
    /// then not valid, and nothing more is graded or written.
    /// </summary>
    /// <param name="problem">The problem.</param>
    public void Report(ValidationError problem) => Problem(Preconditions.CheckNotNull(problem, nameof(problem)));

    /// <summary>Releases the line writer; the output stream is not closed, and lines not yet written out are written only by <see cref="Complete"/>.</summary>
    public void Dispose()
    {
        disposed = true;
        lines.Dispose();
    }

    /// <summary>Flushes the output and gives the tallies, or every problem found.</summary>
    /// <returns>The result; the same on every call.</returns>
    public StreamingGradeResult Complete()
    {
        completed = true;
        if (!flushed)
        {
            flushed = true;
            WritePending();
            output.Flush();
        }

        return outcome.Result(policy, options.PercentDecimals);
    }

    // A goal or measure met for the first time (by reference): checked as a document's, its identifier
    // taken, and its measures and sub-measures gone through. A goal or measure is known by its
    // identifier, so a later object with the same one is the same goal or measure; an indicator, or a
    // goal where a measure was (or the reverse), with it is a problem. Location: the indicator that
    // brought it, or null for the outline (whose own check has named its problems).
    private void Take(BasicGoal goal, string? location)
    {
        if (!seen.Add(goal))
        {
            return;
        }

        if (Taken(goal.Id, "goal", location) && location is not null)
        {
            Check(goal with { Indicators = ValueList<Indicator>.Empty, Measures = ValueList<Measure>.Empty }, null, location + ".goal");
        }

        foreach (var measure in goal.Measures)
        {
            Take(goal, measure, null, location);
        }
    }

    private void Take(BasicGoal goal, Measure measure, int? inherited, string? location)
    {
        if (!seen.Add(measure))
        {
            return;
        }

        if (Taken(measure.Id, "measure", location) && location is not null)
        {
            Check(goal with { Indicators = ValueList<Indicator>.Empty, Measures = ValueList<Measure>.Empty }, measure with { Indicators = ValueList<Indicator>.Empty, SubMeasures = ValueList<Measure>.Empty }, location + ".measure");
        }

        var level = measure.PriorityLevel ?? (levels.TryGetValue(measure.Id, out var known) ? known : inherited);
        levels[measure.Id] = level;
        foreach (var sub in measure.SubMeasures)
        {
            Take(goal, sub, level, location);
        }
    }

    // True when the identifier is taken here for the first time.
    private bool Taken(string id, string kind, string? location)
    {
        if (string.IsNullOrWhiteSpace(id) || (owners.TryGetValue(id, out var known) && known == kind))
        {
            return false;
        }

        if (places.TryGetValue(id, out var first))
        {
            if (location is not null)
            {
                Problem(new ValidationError(ValidationCodes.DuplicateId, location + "." + kind + ".id", Text.Raw(id), ValidationMessages.DuplicateId(id, first)));
            }

            return false;
        }

        places.Add(id, location ?? "$");
        owners.Add(id, kind);
        return true;
    }

    // A goal's (or a measure's, under its goal) own fields checked as a document's: a strategy of the
    // outline's settings and viewpoints with that goal alone, its problems named under the location.
    private void Check(BasicGoal goal, Measure? measure, string at)
    {
        var probe = new Strategy(outline.Id, outline.Municipality, outline.Title, outline.PlanPeriod)
        {
            Viewpoints = viewpoints,
            Goals = ValueList<BasicGoal>.Of(measure is null ? goal : goal with { Measures = ValueList<Measure>.Of(measure) }),
        };
        var prefix = measure is null ? "$.goals[0]" : "$.goals[0].measures[0]";
        foreach (var problem in StrategyJson.Validate(probe))
        {
            if (problem.Path.StartsWith(prefix, StringComparison.Ordinal) && (measure is not null || !problem.Path.StartsWith(prefix + ".measures", StringComparison.Ordinal)))
            {
                Problem(problem with { Path = at + problem.Path.Remove(0, prefix.Length) });
            }
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<object>
    {
        internal static readonly ReferenceComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private void WritePending()
    {
        output.Write(pending.GetBuffer(), 0, (int)pending.Length);
        pending.SetLength(0);
    }

    private void PlanYears(Indicator indicator, string location)
    {
        for (var t = 0; t < indicator.Targets.Count; t++)
        {
            PlanYear(indicator.Targets[t].Year, location + ".targets[" + N(t) + "].year", "target", "目標");
        }

        for (var o = 0; o < indicator.Observations.Count; o++)
        {
            PlanYear(indicator.Observations[o].Year, location + ".observations[" + N(o) + "].year", "observation", "実績");
        }
    }

    private void PlanYear(Periods.FiscalYear year, string path, string what, string whatJa)
    {
        if (!plan.Contains(year))
        {
            Problem(new ValidationError(ValidationCodes.OutsidePlanPeriod, path, year.ToString(), ValidationMessages.OutsidePlanPeriod(what, whatJa, year, plan)));
        }
    }

    private void Problem(ValidationError problem) => outcome.Problem(problem);

    private static string N(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

}
