using System.Globalization;
using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// The one grading engine: runs a <see cref="PolicyDefinition"/>. Every policy declared as data,
/// the three built-ins included, grades through this class. docs/policies.md describes the
/// semantics step by step: version by fiscal year, per-indicator override, first applicable rule,
/// not-gradable outcomes in the version's order, then the first band that holds.
/// </summary>
/// <remarks>Immutable and thread-safe once created; never throws for an indicator of a valid document.</remarks>
internal sealed class DeclarativePolicy : IGradingPolicy, IDefinedPolicy
{
    // The condition reasons in the order they are checked when a version does not list them.
    internal static readonly NotGradableReason[] DefaultOrder =
    {
        NotGradableReason.NotPublished,
        NotGradableReason.Suspended,
        NotGradableReason.NoActual,
        NotGradableReason.NoTarget,
        NotGradableReason.TargetZero,
        NotGradableReason.NoBaseline,
        NotGradableReason.NoPreviousActual,
    };

    private readonly CompiledVersion[] versions;
    private readonly Grade[] scale;
    private readonly IReadOnlyList<Grade> scaleView;
    private readonly Dictionary<string, Grade> byCode;
    private readonly Dictionary<string, CompiledOverride[]>? overrides;
    private readonly GradingRule notInForce;

    private DeclarativePolicy(PolicyDefinition definition, CompiledVersion[] versions, Grade[] scale, Dictionary<string, CompiledOverride[]>? overrides)
    {
        Definition = definition;
        this.versions = versions;
        this.scale = scale;
        scaleView = Array.AsReadOnly(scale);
        this.overrides = overrides;
        byCode = new Dictionary<string, Grade>(StringComparer.Ordinal);
        foreach (var grade in scale)
        {
            byCode[grade.Code] = grade;
        }

        var first = definition.Versions[0].EffectiveFrom;
        notInForce = new GradingRule(
            definition.Name + ".notInForce", new LocalizedText("この評価方法は " + (first is { } f ? JapanesePeriods.Format(f) : string.Empty) + " から適用されます。それより前の年度は評価しません。", string.Format(CultureInfo.InvariantCulture, "The policy is not in force before {0}, when its first version starts.", first)));
    }

    /// <inheritdoc/>
    public PolicyDefinition Definition { get; }

    /// <inheritdoc/>
    public string Name => Definition.Name;

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => scaleView;

    /// <summary>
    /// Compiles a definition that validation has accepted. Grades whose codes are in
    /// <paramref name="instances"/> are those instances (so that built-in grades are the same
    /// objects everywhere); overrides that name another policy find it through <paramref name="resolve"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">An override names a policy that <paramref name="resolve"/> does not know.</exception>
    internal static DeclarativePolicy Compile(PolicyDefinition definition, IReadOnlyDictionary<string, Grade>? instances, Func<string, IGradingPolicy?>? resolve)
    {
        var scale = new List<Grade>();
        var known = new Dictionary<string, Grade>(StringComparer.Ordinal);

        Grade Intern(Grade grade)
        {
            if (known.TryGetValue(grade.Code, out var existing))
            {
                return existing;
            }

            var chosen = instances is not null && instances.TryGetValue(grade.Code, out var instance) ? instance : grade;
            known[grade.Code] = chosen;
            scale.Add(chosen);
            return chosen;
        }

        var compiled = new CompiledVersion[definition.Versions.Count];
        for (var i = 0; i < compiled.Length; i++)
        {
            var version = definition.Versions[i];
            var local = new Dictionary<string, Grade>(StringComparer.Ordinal);
            foreach (var grade in version.Grades)
            {
                local[grade.Code] = Intern(grade);
            }

            Grade? Find(string? code) => code is null ? null : local.TryGetValue(code, out var g) ? g : throw new KeyNotFoundException("Unknown grade " + code);

            var rules = version.Rules.Select(rule => new CompiledRule(
                rule,
                rule.Bands.Select(b => new CompiledBand(Find(b.Grade), new CompiledCondition(b.Condition, rule.Measure), b.And.Select(c => new CompiledCondition(c, rule.Measure)).ToArray())).ToArray(),
                Find(rule.Stages?.Reached),
                Find(rule.Stages?.NotReached))).ToArray();

            CompiledRule.ShareBaseline(rules);
            var outcomes = new List<CompiledOutcome>();
            foreach (var outcome in version.NotGradable)
            {
                if (outcomes.All(o => o.Reason != outcome.Reason))
                {
                    outcomes.Add(new CompiledOutcome(outcome.Reason, Find(outcome.Grade) ?? Grading.Grade.NotGradable, outcome.Rule));
                }
            }

            foreach (var reason in DefaultOrder)
            {
                if (outcomes.All(o => o.Reason != reason))
                {
                    outcomes.Add(new CompiledOutcome(reason, Grading.Grade.NotGradable, null));
                }
            }

            var ordered = outcomes.ToArray();
            foreach (var rule in rules)
            {
                rule.UseOutcomes(ordered);
            }

            compiled[i] = new CompiledVersion(version.EffectiveFrom, rules, version.Grades.Select(g => local[g.Code]).Append(Grading.Grade.NotGradable).ToArray());
        }

        Dictionary<string, CompiledOverride[]>? byIndicator = null;
        if (definition.Overrides.Count > 0)
        {
            byIndicator = new Dictionary<string, CompiledOverride[]>(StringComparer.Ordinal);
            foreach (var group in definition.Overrides.GroupBy(o => o.IndicatorId, StringComparer.Ordinal))
            {
                byIndicator[group.Key] = group
                    .OrderBy(o => o.Year is null ? 1 : 0)
                    .Select(o => CompiledOverride.Create(definition.Name, o, resolve, Intern))
                    .ToArray();
            }
        }

        // Grades another policy gives through an override belong to this policy's scale too.
        if (byIndicator is not null)
        {
            foreach (var other in byIndicator.Values.SelectMany(o => o).Select(o => o.Policy).Where(p => p is not null))
            {
                foreach (var grade in other!.Scale)
                {
                    if (!grade.Equals(Grading.Grade.NotGradable))
                    {
                        Intern(grade);
                    }
                }
            }
        }

        scale.Add(Grading.Grade.NotGradable);
        return new DeclarativePolicy(definition, compiled, scale.ToArray(), byIndicator);
    }

    /// <inheritdoc/>
    public Grade? FindGrade(string code) => code is not null && byCode.TryGetValue(code, out var grade) ? grade : null;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public GradeResult Grade(Indicator indicator, in GradingContext context)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        return overrides is null ? GradeByRules(indicator, context) : GradeWithOverrides(indicator, context);
    }

    private GradeResult GradeWithOverrides(Indicator indicator, in GradingContext context)
    {
        if (overrides!.TryGetValue(indicator.Id, out var list))
        {
            foreach (var o in list)
            {
                if (o.Year is null || o.Year == context.Year)
                {
                    return o.Grade(indicator, context);
                }
            }
        }

        return GradeByRules(indicator, context);
    }

    /// <summary>Grades by the version's rules, without this policy's overrides (an override that delegates here ends here).</summary>
    internal GradeResult GradeByRules(Indicator indicator, in GradingContext context)
    {
        var version = VersionFor(context.Year);
        if (version is null)
        {
            return NotInForce(indicator, context);
        }

        var observation = indicator.ObservationFor(context.Year);
        CompiledRule? reporting = null;
        CompiledRule? passed = null;
        foreach (var rule in version.For(indicator))
        {
            if (!rule.Matches(indicator))
            {
                continue;
            }

            reporting ??= rule;
            if (rule.Measure == RuleMeasure.Manual)
            {
                return PolicyScale.Manual(version.Grades, indicator, context.Year, observation, rule.Rule);
            }

            var facts = rule.Target == TargetSource.Year ? new Facts(observation, indicator.TargetFor(context.Year)) : Resolve(rule, indicator, context, observation);
            if (facts.Target is null && rule.TargetRequired)
            {
                continue;
            }

            if (TryApply(rule, indicator, context, facts, out var result))
            {
                return result;
            }

            passed = rule;
        }

        return NoRuleGraded(version, indicator, context, observation, reporting, passed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GradeResult NotInForce(Indicator indicator, in GradingContext context)
        => new(indicator.Id, context.Year, Grading.Grade.NotGradable, notInForce, NotGradableReason.NotApplicable, default);

    // No rule gave a result: every rule that applied passed the indicator on, none applied, or the first
    // rule for the indicator needs a target that is missing (then the version's outcomes say which reason
    // is reported: no target, or first a missing actual).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GradeResult NoRuleGraded(CompiledVersion version, Indicator indicator, in GradingContext context, Observation? observation, CompiledRule? reporting, CompiledRule? passed)
    {
        if (passed is not null)
        {
            return new GradeResult(indicator.Id, context.Year, Grading.Grade.NotGradable, passed.Rule, NotGradableReason.NotApplicable, default);
        }

        if (reporting is null)
        {
            return new GradeResult(indicator.Id, context.Year, Grading.Grade.NotGradable, FallbackRule(version, indicator), NotGradableReason.NotApplicable, default);
        }

        ApplyInFull(reporting, indicator, context, new Facts(observation, null), out var missing);
        return missing;
    }

    private static GradingRule FallbackRule(CompiledVersion version, Indicator indicator)
    {
        foreach (var rule in version.Rules)
        {
            if (rule.MatchesBasis(indicator))
            {
                return rule.Rule;
            }
        }

        foreach (var rule in version.Rules)
        {
            if (rule.Measure != RuleMeasure.Manual)
            {
                return rule.Rule;
            }
        }

        return version.Rules[0].Rule;
    }

    private CompiledVersion? VersionFor(FiscalYear year)
    {
        if (versions.Length == 1)
        {
            return versions[0].EffectiveFrom is { } from && year < from ? null : versions[0];
        }

        for (var i = versions.Length - 1; i >= 0; i--)
        {
            if (versions[i].EffectiveFrom is not { } from || from <= year)
            {
                return versions[i];
            }
        }

        return null;
    }

    private static Facts Resolve(CompiledRule rule, Indicator indicator, in GradingContext context, Observation? observation)
    {
        var year = context.Year;
        switch (rule.Target)
        {
            case null:
                return new Facts(observation, null);
            case TargetSource.Year:
                return new Facts(observation, indicator.TargetFor(year));
            case TargetSource.Final:
                return new Facts(observation, TargetJudging.Final(indicator));
            case TargetSource.YearOrFinal:
                return new Facts(observation, indicator.TargetFor(year) ?? TargetJudging.Final(indicator));
        }

        var final = TargetJudging.Final(indicator);
        if (final is null || final.Year < year)
        {
            return new Facts(observation, null);
        }

        if (TargetJudging.IsRange(final) || TargetJudging.IsStage(indicator, final))
        {
            return new Facts(observation, final);
        }

        if (rule.Target == TargetSource.StraightLine)
        {
            return TargetJudging.TryPathValue(indicator, final, year, out var value)
                ? new Facts(observation, final, value, false)
                : new Facts(observation, final, null, true);
        }

        // Pro-rated: year n of the N years from the plan's first year to the final target's year.
        var first = context.PlanPeriod.First;
        if (year < first || final.Value is not { } t)
        {
            return new Facts(observation, null);
        }

        var n = year.Year - first.Year + 1;
        var total = final.Year.Year - first.Year + 1;
        try
        {
            return new Facts(observation, final, t * n / total, false);
        }
        catch (OverflowException)
        {
            return new Facts(observation, final, null, true);
        }
    }

    // The common case on a short path: nothing is missing, the target is a value, the bands are a
    // threshold ladder. It gives what ApplyInFull gives, which skips the same steps in this case.
    private static bool TryApply(CompiledRule rule, Indicator indicator, in GradingContext context, in Facts facts, out GradeResult result)
    {
        var target = facts.Target;
        if (rule.Ladder is not { } ladder
            || rule.UsesPrevious
            || IsStage(indicator, target)
            || !NothingMissing(rule, facts, isStage: false))
        {
            return ApplyInFull(rule, indicator, context, facts, out result);
        }

        Rate rate;
        Measured measured;
        if (rule.Measure == RuleMeasure.AchievementRate && target is not null && facts.Observation!.Value is { } actual)
        {
            rate = TargetJudging.Achievement(indicator, target, actual, facts.PathValue);
            measured = Measured.Of(rate);
        }
        else
        {
            rate = default;
            measured = Measure(rule.Measure, indicator, facts, false, null, ref rate);
        }

        if (!measured.IsDefined)
        {
            return ApplyInFull(rule, indicator, context, facts, out result);
        }

        var band = ladder.BandOf(measured);
        if (band.Grade is null)
        {
            result = default;
            return false;
        }

        var baseline = BaselineCarried(rule, indicator, facts);
        result = new GradeResult(indicator.Id, context.Year, band.Grade, rule.Rule, NotGradableReason.None, new GradeNumbers(facts.Observation, target, baseline, null, false, rule.UsesRate ? rate : default, facts.PathValue));
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ApplyInFull(CompiledRule rule, Indicator indicator, in GradingContext context, in Facts facts, out GradeResult result)
    {
        var year = context.Year;
        var observation = facts.Observation;
        var target = facts.Target;
        var baseline = BaselineCarried(rule, indicator, facts);
        var isStage = IsStage(indicator, target);
        var firstYear = year <= context.PlanPeriod.First;
        var previous = rule.UsesPrevious && !firstYear ? indicator.ObservationFor(year.Previous) : null;
        var previousIsBaseline = rule.UsesPrevious && firstYear;

        foreach (var outcome in NothingMissing(rule, facts, isStage) ? Array.Empty<CompiledOutcome>() : rule.Outcomes)
        {
            if (!Holds(outcome.Reason, rule, indicator, facts, isStage, firstYear, previous))
            {
                continue;
            }

            // Without an actual there is nothing to judge: no point on a path is worked out for it.
            var missingActual = outcome.Reason is NotGradableReason.NoActual or NotGradableReason.NotPublished or NotGradableReason.Suspended;
            var known = missingActual
                ? new GradeNumbers(null, target, rule.UsesBaseline ? indicator.Baseline : null, previous, previousIsBaseline, default)
                : new GradeNumbers(observation, target, baseline, previous, previousIsBaseline, default, facts.PathValue);
            result = new GradeResult(indicator.Id, year, outcome.Grade, outcome.Rule ?? rule.Rule, outcome.Reason, known);
            return true;
        }

        var rate = default(Rate);
        if (isStage && rule.Measure != RuleMeasure.ChangeFromBaseline && rule.Measure != RuleMeasure.ChangeFromPrevious && rule.Measure != RuleMeasure.TargetMet)
        {
            var reached = target is null ? null : TargetJudging.StageReached(indicator, observation, target);
            var stageGrade = reached switch
            {
                true => rule.StageReached,
                false => rule.StageNotReached,
                _ => null,
            };
            var stageNumbers = new GradeNumbers(observation, target, baseline, previous, previousIsBaseline, default, facts.PathValue);
            result = stageGrade is null
                ? new GradeResult(indicator.Id, year, Grading.Grade.NotGradable, rule.Rule, NotGradableReason.NotApplicable, stageNumbers)
                : new GradeResult(indicator.Id, year, stageGrade, rule.Rule, NotGradableReason.None, stageNumbers);
            return true;
        }

        var measured = Measure(rule.Measure, indicator, facts, previousIsBaseline, previous, ref rate);
        var numbers = new GradeNumbers(observation, target, baseline, previous, previousIsBaseline, rule.UsesRate ? rate : default, facts.PathValue);
        if (!measured.IsDefined)
        {
            result = new GradeResult(indicator.Id, year, Grading.Grade.NotGradable, rule.Rule, NotGradableReason.NotApplicable, numbers);
            return true;
        }

        if (rule.Ladder is { } ladder)
        {
            var rung = ladder.BandOf(measured);
            if (rung.Grade is null)
            {
                result = default;
                return false;
            }

            result = new GradeResult(indicator.Id, year, rung.Grade, rule.Rule, NotGradableReason.None, numbers);
            return true;
        }

        var baselineValue = rule.UsesBaseline ? indicator.Baseline?.Value : null;
        foreach (var band in rule.Bands)
        {
            if (!band.Condition.Holds(measured, baselineValue) || !AndHolds(band, indicator, facts, previousIsBaseline, previous, baselineValue))
            {
                continue;
            }

            if (band.Grade is null)
            {
                result = default;
                return false;
            }

            result = new GradeResult(indicator.Id, year, band.Grade, rule.Rule, NotGradableReason.None, numbers);
            return true;
        }

        result = new GradeResult(indicator.Id, year, Grading.Grade.NotGradable, rule.Rule, NotGradableReason.NotApplicable, numbers);
        return true;
    }

    // Whether the actual to judge is a stage: the target's, else a milestone indicator's.
    private static bool IsStage(Indicator indicator, Target? target)
        => target is not null ? TargetJudging.IsStage(indicator, target) : indicator.Direction == Direction.Milestone;

    // The baseline a result carries: when the rule uses it, or a straight line starts from it.
    private static Baseline? BaselineCarried(CompiledRule rule, Indicator indicator, in Facts facts)
        => rule.UsesBaseline || (facts.HasPath && rule.Target == TargetSource.StraightLine) ? indicator.Baseline : null;

    // True when no not-gradable reason can hold: one pass over what the common case has (a final
    // actual, the target, a non-zero value to judge against), so the reasons are checked one by one,
    // in the version's order, only when something is missing. False only means "check them".
    private static bool NothingMissing(CompiledRule rule, in Facts facts, bool isStage)
    {
        var observation = facts.Observation;
        if (observation is null
            || observation.Status is not (ObservationStatus.Final or ObservationStatus.Preliminary)
            || (isStage ? observation.Stage is null : observation.Value is null)
            || facts.PathFailed
            || rule.NeedsBaseline
            || rule.UsesPrevious)
        {
            return false;
        }

        if (facts.Target is not { } target)
        {
            return !rule.TargetRequired;
        }

        return rule.Measure != RuleMeasure.AchievementRate || isStage || (facts.PathValue ?? target.Value) != 0m || TargetJudging.IsRange(target);
    }

    private static bool AndHolds(CompiledBand band, Indicator indicator, in Facts facts, bool previousIsBaseline, Observation? previous, decimal? baselineValue)
    {
        foreach (var condition in band.And)
        {
            var ignored = default(Rate);
            var value = Measure(condition.Measure, indicator, facts, previousIsBaseline, previous, ref ignored);
            if (!condition.Holds(value, baselineValue))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(NotGradableReason reason, CompiledRule rule, Indicator indicator, in Facts facts, bool isStage, bool firstYear, Observation? previous)
    {
        var observation = facts.Observation;
        switch (reason)
        {
            case NotGradableReason.NotPublished:
                return observation is not null && observation.Status == ObservationStatus.NotPublished;
            case NotGradableReason.Suspended:
                return observation is not null && observation.Status == ObservationStatus.Suspended;
            case NotGradableReason.NoActual:
                return observation is null
                    || (observation.Status is not (ObservationStatus.NotPublished or ObservationStatus.Suspended)
                        && (isStage ? observation.Stage is null : observation.Value is null));
            case NotGradableReason.NoTarget:
                return rule.TargetRequired && facts.Target is null;
            case NotGradableReason.TargetZero:
                return rule.Measure == RuleMeasure.AchievementRate
                    && facts.Target is { } target
                    && !TargetJudging.IsRange(target)
                    && !isStage
                    && !facts.PathFailed
                    && (facts.PathValue ?? target.Value) == 0m;
            case NotGradableReason.NoBaseline:
                if (facts.PathFailed)
                {
                    return true;
                }

                if (!rule.NeedsBaseline && !(rule.UsesPrevious && firstYear))
                {
                    return false;
                }

                var baseline = indicator.Baseline;
                return indicator.Direction == Direction.Milestone ? baseline?.Stage is null : baseline?.Value is null;
            case NotGradableReason.NoPreviousActual:
                if (!rule.UsesPrevious || firstYear)
                {
                    return false;
                }

                return indicator.Direction == Direction.Milestone ? previous?.Stage is null : previous?.Value is null;
            default:
                return false;
        }
    }

    private static Measured Measure(RuleMeasure measure, Indicator indicator, in Facts facts, bool previousIsBaseline, Observation? previous, ref Rate rate)
    {
        var observation = facts.Observation;
        var target = facts.Target;
        switch (measure)
        {
            case RuleMeasure.AchievementRate:
                if (target is null || observation?.Value is not { } actual)
                {
                    return Measured.Undefined;
                }

                rate = TargetJudging.Achievement(indicator, target, actual, facts.PathValue);
                return Measured.Of(rate);

            case RuleMeasure.ProgressRate:
                if (target is null || observation?.Value is not { } a || indicator.Baseline?.Value is not { } b || (facts.PathValue ?? target.Value) is not { } t)
                {
                    return Measured.Undefined;
                }

                rate = Rates.Progress(TargetJudging.DirectionOf(indicator, target), a, b, t);
                return Measured.Of(rate);

            case RuleMeasure.TargetMet:
                if (target is null || observation is null)
                {
                    return Measured.Undefined;
                }

                if (TargetJudging.IsStage(indicator, target))
                {
                    return Measured.Finite(TargetJudging.StageReached(indicator, observation, target) == true ? 1m : 0m);
                }

                if (observation.Value is not { } value)
                {
                    return Measured.Undefined;
                }

                rate = TargetJudging.Achievement(indicator, target, value, facts.PathValue);
                var met = facts.PathValue is { } judged && !TargetJudging.IsRange(target)
                    ? Rates.Meets(TargetJudging.DirectionOf(indicator, target), value, judged)
                    : TargetJudging.Meets(indicator, target, value);
                return Measured.Finite(met ? 1m : 0m);

            case RuleMeasure.ChangeFromBaseline:
                return Change(indicator, target, observation, indicator.Baseline?.Value, indicator.Baseline?.Stage);

            case RuleMeasure.ChangeFromPrevious:
                return previousIsBaseline
                    ? Change(indicator, target, observation, indicator.Baseline?.Value, indicator.Baseline?.Stage)
                    : Change(indicator, target, observation, previous?.Value, previous?.Stage);

            default:
                return Measured.Undefined;
        }
    }

    // How much better the actual is than a reference (the baseline, the previous year), positive when
    // better: a − r for higher is better, r − a for lower is better, the gain in closeness to the target
    // for maintain and range targets, the gain in stages for a milestone. In decimal; a change too large
    // for decimal is worked out exactly instead (ExactDecimal), so no comparison with it is ever rounded.
    private static Measured Change(Indicator indicator, Target? target, Observation? observation, decimal? referenceValue, string? referenceStage)
    {
        if (indicator.Direction == Direction.Milestone)
        {
            var now = indicator.StageIndex(observation?.Stage);
            var then = indicator.StageIndex(referenceStage);
            return now < 0 || then < 0 ? Measured.Undefined : Measured.Finite(now - then);
        }

        if (referenceValue is not { } r || observation?.Value is not { } a)
        {
            return Measured.Undefined;
        }

        var closeness = target is not null && (indicator.Direction == Direction.Maintain || TargetJudging.IsRange(target));
        var direction = target is null ? indicator.Direction : TargetJudging.DirectionOf(indicator, target);
        if (!closeness && direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter))
        {
            return Measured.Undefined;
        }

        if (closeness
            ? TryDistance(target!, r, out var dr) && TryDistance(target!, a, out var da) && DecimalScale.TrySubtract(dr, da, out var gain)
            : DecimalScale.TrySubtract(direction == Direction.HigherIsBetter ? a : r, direction == Direction.HigherIsBetter ? r : a, out gain))
        {
            return Measured.Finite(gain);
        }

        // The change rounds or overflows in decimal: work it out exactly.
        var ea = ExactDecimal.Scale(a);
        var er = ExactDecimal.Scale(r);
        var d = closeness ? ExactDistance(target!, er) - ExactDistance(target!, ea) : direction == Direction.HigherIsBetter ? ea - er : er - ea;
        return Measured.Exactly(new ExactDecimal(d));
    }

    // The distance of a value from a target: |v − t|, or how far outside [min, max] (0 inside); false
    // when it is not exact in decimal.
    private static bool TryDistance(Target target, decimal value, out decimal distance)
    {
        if (TargetJudging.IsRange(target))
        {
            var min = target.Min!.Value;
            var max = target.Max!.Value;
            distance = 0m;
            return value < min ? DecimalScale.TrySubtract(min, value, out distance) : value <= max || DecimalScale.TrySubtract(value, max, out distance);
        }

        if (target.Value is not { } t)
        {
            distance = 0m;
            return true;
        }

        var exact = DecimalScale.TrySubtract(value, t, out distance);
        distance = Math.Abs(distance);
        return exact;
    }

    private static System.Numerics.BigInteger ExactDistance(Target target, System.Numerics.BigInteger value)
    {
        if (TargetJudging.IsRange(target))
        {
            var min = ExactDecimal.Scale(target.Min!.Value);
            var max = ExactDecimal.Scale(target.Max!.Value);
            return value < min ? min - value : value > max ? value - max : System.Numerics.BigInteger.Zero;
        }

        return target.Value is { } t ? System.Numerics.BigInteger.Abs(value - ExactDecimal.Scale(t)) : System.Numerics.BigInteger.Zero;
    }

    /// <summary>What a rule found for an indicator: the year's observation, the target, the value judged against when not the target's own, and whether a path could not be drawn.</summary>
    private readonly struct Facts
    {
        private readonly decimal pathValue;
        private readonly bool hasPath;

        internal Facts(Observation? observation, Target? target, decimal? pathValue, bool pathFailed)
        {
            Observation = observation;
            Target = target;
            this.pathValue = pathValue.GetValueOrDefault();
            hasPath = pathValue.HasValue;
            PathFailed = pathFailed;
        }

        internal Facts(Observation? observation, Target? target)
        {
            Observation = observation;
            Target = target;
            pathValue = 0m;
            hasPath = false;
            PathFailed = false;
        }

        internal Observation? Observation { get; }

        internal Target? Target { get; }

        internal decimal? PathValue => hasPath ? pathValue : null;

        internal bool HasPath => hasPath;

        internal bool PathFailed { get; }
    }
}
