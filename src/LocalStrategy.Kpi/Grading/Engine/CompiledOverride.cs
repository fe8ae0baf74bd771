using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>An override ready to grade: another policy, or a manual grade with its rule text.</summary>
internal sealed class CompiledOverride
{
    private readonly Grade? manual;
    private readonly GradingRule? rule;

    private CompiledOverride(FiscalYear? year, IGradingPolicy? policy, Grade? manual, GradingRule? rule)
    {
        Year = year;
        Policy = policy;
        this.manual = manual;
        this.rule = rule;
    }

    internal FiscalYear? Year { get; }

    internal IGradingPolicy? Policy { get; }

    internal static CompiledOverride Create(string policyName, IndicatorOverride source, Func<string, IGradingPolicy?>? resolve, Func<Grade, Grade> intern)
    {
        if (source.Policy is { } name)
        {
            var policy = resolve?.Invoke(name) ?? throw new KeyNotFoundException("No grading policy is named '" + name + "'.");
            return new CompiledOverride(source.Year, policy, null, null);
        }

        var manual = source.Manual!;
        var rule = new GradingRule(
            policyName + ".override", new LocalizedText("評価方法の文書による個別評価: " + manual.Reason, "Graded individually by the policy document: " + manual.Reason));
        return new CompiledOverride(source.Year, null, intern(new Grade(manual.Grade, new LocalizedText(manual.Grade, manual.Grade))), rule);
    }

    internal GradeResult Grade(Indicator indicator, in GradingContext context)
    {
        if (Policy is DeclarativePolicy declared)
        {
            return declared.GradeByRules(indicator, context);
        }

        if (Policy is not null)
        {
            return Policy.Evaluate(indicator, context);
        }

        var observation = indicator.ObservationFor(context.Year);
        return new GradeResult(indicator.Id, context.Year, manual!, rule!, NotGradableReason.None, new GradeNumbers(observation, null, null, null, false, default));
    }
}
