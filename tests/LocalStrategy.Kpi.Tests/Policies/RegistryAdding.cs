using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Policies;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Tests.Policies;

/// <summary>What a consumer writes to add a policy document to a registry: read it, then add the definition.</summary>
internal static class RegistryAdding
{
    internal static Added AddJson(this PolicyRegistry registry, string json) => Add(registry, PolicyJson.Read(json));

    internal static Added AddFile(this PolicyRegistry registry, string path) => Add(registry, PolicyJson.ReadFile(path));

    private static Added Add(PolicyRegistry registry, DocumentReadResult<PolicyDefinition> read)
    {
        if (!read.IsValid)
        {
            return new Added(null, read.Errors);
        }

        return registry.TryAdd(read.Value, out var errors) ? new Added(read.Value, errors) : new Added(null, errors);
    }

    internal sealed record Added(PolicyDefinition? Definition, ValueList<ValidationError> Errors)
    {
        internal bool IsValid => Definition is not null;
    }
}
