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

    internal DeclarativePolicy(PolicyDefinition definition, CompiledVersion[] versions, Grade[] scale, Dictionary<string, CompiledOverride[]>? overrides)
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

    /// <inheritdoc/>
    public Grade? FindGrade(string code) => code is not null && byCode.TryGetValue(code, out var grade) ? grade : null;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public GradeResult Evaluate(Indicator indicator, in GradingContext context)
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

        // The common case in one pass when the indicator's first rule is plain; whatever the plain path
        // declines is graded by the general path, which gives the same results for the cases it takes.
        var rules = version.For(indicator);
        return TryPlain(rules, indicator, context.Year, out var plain) ? plain : GradeInGeneral(version, rules, indicator, context);
    }

    /// <summary>Whether the plain path grades the indicator in the year (for the tests that hold it to the general path).</summary>
    internal bool TakesPlainPath(Indicator indicator, FiscalYear year)
        => VersionFor(year) is { } version && TryPlain(version.For(indicator), indicator, year, out _);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPlain(CompiledRule[] rules, Indicator indicator, FiscalYear year, out GradeResult result)
    {
        if (rules.Length != 0 && rules[0].IsPlain && rules[0].Matches(indicator))
        {
            return PlainPath.TryGrade(rules[0], indicator, year, out result);
        }

        result = default;
        return false;
    }

    /// <summary>Grades by the general path alone, as if no rule were plain: what the tests hold the plain path to.</summary>
    internal GradeResult GradeInGeneral(Indicator indicator, in GradingContext context)
    {
        var version = VersionFor(context.Year);
        return version is null ? NotInForce(indicator, context) : GradeInGeneral(version, version.For(indicator), indicator, context);
    }

    /// <summary>Grades by the version's rules one by one, each checking for what is missing: every case, the common one included.</summary>
    private static GradeResult GradeInGeneral(CompiledVersion version, CompiledRule[] rules, Indicator indicator, in GradingContext context)
    {
        var observation = indicator.ObservationFor(context.Year);
        CompiledRule? reporting = null;
        CompiledRule? passed = null;
        foreach (var rule in rules)
        {
            if (!rule.Matches(indicator) || !rule.InPlanYears(context))
            {
                continue;
            }

            reporting ??= rule;
            if (rule.Measure == RuleMeasure.Manual)
            {
                return PolicyScale.Manual(version.Grades, indicator, context.Year, observation, rule.Rule);
            }

            // Stryker disable once Conditional : RuleFacts.Resolve gives the same facts for the year's target; this skips its switch
            var facts = rule.Target == TargetSource.Year ? new RuleFacts.Facts(observation, indicator.TargetFor(context.Year)) : RuleFacts.Resolve(rule, indicator, context, observation);
            if (facts.Target is null && rule.TargetRequired)
            {
                continue;
            }

            if (RuleApplication.TryApply(rule, indicator, context, facts, out var result))
            {
                return result;
            }

            passed = rule;
        }

        return NoRuleGraded(version, indicator, context, observation, reporting, passed);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GradeResult NotInForce(Indicator indicator, in GradingContext context)
        => new(indicator.Id, context.Year, Grade.NotGradable, notInForce, NotGradableReason.NotApplicable, default);

    // No rule gave a result: every rule that applied passed the indicator on, none applied, or the first
    // rule for the indicator needs a target that is missing (then the version's outcomes say which reason
    // is reported: no target, or first a missing actual).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static GradeResult NoRuleGraded(CompiledVersion version, Indicator indicator, in GradingContext context, Observation? observation, CompiledRule? reporting, CompiledRule? passed)
    {
        if (passed is not null)
        {
            return new GradeResult(indicator.Id, context.Year, Grade.NotGradable, passed.Rule, NotGradableReason.NotApplicable, default);
        }

        if (reporting is null)
        {
            return new GradeResult(indicator.Id, context.Year, Grade.NotGradable, FallbackRule(version, indicator), NotGradableReason.NotApplicable, default);
        }

        RuleApplication.ApplyInFull(reporting, indicator, context, new RuleFacts.Facts(observation, null), out var missing);
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

}
