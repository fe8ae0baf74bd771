namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>A band with its grade resolved (null passes to the next rule) and its conditions compiled.</summary>
internal sealed class CompiledBand
{
    internal CompiledBand(Grade? grade, CompiledCondition condition, CompiledCondition[] and)
    {
        Grade = grade;
        Condition = condition;
        And = and;
    }

    internal Grade? Grade { get; }

    internal CompiledCondition Condition { get; }

    internal CompiledCondition[] And { get; }
}
