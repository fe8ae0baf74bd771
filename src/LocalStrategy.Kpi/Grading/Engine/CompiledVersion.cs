using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>A policy version ready to grade: its rules compiled, each with the not-gradable outcomes that can hold for it.</summary>
internal sealed class CompiledVersion
{
    internal CompiledVersion(FiscalYear? effectiveFrom, CompiledRule[] rules, Grade[] grades)
    {
        Grades = grades;
        EffectiveFrom = effectiveFrom;
        Rules = rules;
        var bases = Enum.GetValues(typeof(Model.GradingBasis)).Cast<int>().ToArray();
        ByBasis = new CompiledRule[bases.Max() + 1][];
        foreach (var basis in bases)
        {
            ByBasis[basis] = rules.Where(r => r.MatchesBasis((Model.GradingBasis)basis)).ToArray();
        }
    }

    internal FiscalYear? EffectiveFrom { get; }

    internal CompiledRule[] Rules { get; }

    /// <summary>Gets the version's own grades and 評価不能: the grades a manual grade may be, in this version.</summary>
    internal Grade[] Grades { get; }

    /// <summary>Gets the rules for each grading basis (indexed by its value), in order: the candidates for an indicator of that basis.</summary>
    internal CompiledRule[][] ByBasis { get; }

    /// <summary>The rules for an indicator's basis; all rules, to be filtered, for a basis the enumeration does not define.</summary>
    internal CompiledRule[] For(Model.Indicator indicator)
    {
        var basis = (int)indicator.Basis;
        // Stryker disable once Equality : for basis 0 all rules are filtered by basis as each is tried, which leaves the same list
        return basis >= 0 && basis < ByBasis.Length && ByBasis[basis] is { } rules ? rules : Rules;
    }

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
