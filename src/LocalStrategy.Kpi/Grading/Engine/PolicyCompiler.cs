using System.Globalization;
using System.Runtime.CompilerServices;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Grading.Engine;

/// <summary>Turns a validated <see cref="PolicyDefinition"/> into the engine's compiled form (<see cref="DeclarativePolicy"/>).</summary>
internal static class PolicyCompiler
{
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
                    outcomes.Add(new CompiledOutcome(outcome.Reason, Find(outcome.Grade) ?? Grade.NotGradable, outcome.Rule));
                }
            }

            foreach (var reason in DeclarativePolicy.DefaultOrder)
            {
                if (outcomes.All(o => o.Reason != reason))
                {
                    outcomes.Add(new CompiledOutcome(reason, Grade.NotGradable, null));
                }
            }

            var ordered = outcomes.ToArray();
            foreach (var rule in rules)
            {
                rule.UseOutcomes(ordered);
            }

            compiled[i] = new CompiledVersion(version.EffectiveFrom, rules, version.Grades.Select(g => local[g.Code]).Append(Grade.NotGradable).ToArray());
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
                    if (!grade.Equals(Grade.NotGradable))
                    {
                        Intern(grade);
                    }
                }
            }
        }

        scale.Add(Grade.NotGradable);
        return new DeclarativePolicy(definition, compiled, scale.ToArray(), byIndicator);
    }
}
