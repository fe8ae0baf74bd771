using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Policies;

/// <summary>A policy version ready to grade: rules compiled, not-gradable outcomes in the order they are checked.</summary>
internal sealed class CompiledVersion
{
    internal CompiledVersion(FiscalYear? effectiveFrom, CompiledRule[] rules, CompiledOutcome[] outcomes)
    {
        EffectiveFrom = effectiveFrom;
        Rules = rules;
        Outcomes = outcomes;
    }

    internal FiscalYear? EffectiveFrom { get; }

    internal CompiledRule[] Rules { get; }

    /// <summary>Every condition reason, listed ones first, then the rest in the default order.</summary>
    internal CompiledOutcome[] Outcomes { get; }
}

/// <summary>A not-gradable outcome with its grade resolved; a null rule means the rule being applied.</summary>
internal sealed class CompiledOutcome
{
    internal CompiledOutcome(NotGradableReason reason, Grade grade, GradingRule? rule)
    {
        Reason = reason;
        Grade = grade;
        Rule = rule;
    }

    internal NotGradableReason Reason { get; }

    internal Grade Grade { get; }

    internal GradingRule? Rule { get; }
}
