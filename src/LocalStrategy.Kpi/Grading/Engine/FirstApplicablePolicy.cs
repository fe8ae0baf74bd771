using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>
/// Grades by each policy in turn and keeps the first graded result; when none grades, the first
/// policy's not-gradable result. Its scale is the policies' grades in order, 評価不能 last.
/// </summary>
/// <remarks>Immutable and thread-safe when its policies are.</remarks>
internal sealed class FirstApplicablePolicy : IGradingPolicy
{
    private readonly IGradingPolicy[] policies;
    private readonly IReadOnlyList<Grade> scale;

    internal FirstApplicablePolicy(string name, IGradingPolicy[] policies)
    {
        Name = name;
        this.policies = policies;
        scale = policies.SelectMany(p => p.Scale).Where(g => !g.Equals(Grade.NotGradable)).Distinct().Append(Grade.NotGradable).ToList().AsReadOnly();
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public IReadOnlyList<Grade> Scale => scale;

    /// <inheritdoc/>
    public Grade? FindGrade(string code) => scale.FirstOrDefault(g => string.Equals(g.Code, code, StringComparison.Ordinal));

    /// <inheritdoc/>
    public GradeResult Evaluate(Indicator indicator, in GradingContext context)
    {
        var first = policies[0].Evaluate(indicator, context);
        if (first.IsGraded)
        {
            return first;
        }

        for (var i = 1; i < policies.Length; i++)
        {
            var result = policies[i].Evaluate(indicator, context);
            if (result.IsGraded)
            {
                return result;
            }
        }

        return first;
    }
}
