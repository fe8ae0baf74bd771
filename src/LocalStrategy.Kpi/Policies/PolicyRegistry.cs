using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Policies;

/// <summary>
/// Grading policies by name (case-insensitive), the one lookup by name: the built-ins and a city's
/// own, declared as policy documents (read with <see cref="PolicyJson"/>) or written in C#. Policies
/// are only ever added, never replaced or removed, so a name always means the same policy for the
/// registry's lifetime.
/// </summary>
/// <remarks>
/// Thread-safe: policies may be added and looked up from several threads at once. A policy
/// document's overrides may name any policy already in the registry.
/// </remarks>
public sealed class PolicyRegistry
{
    private readonly object gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> names = new();

    /// <summary>Initializes a new instance of the <see cref="PolicyRegistry"/> class, holding the built-in policies.</summary>
    public PolicyRegistry()
        : this(includeBuiltIns: true)
    {
    }

    private PolicyRegistry(bool includeBuiltIns)
    {
        if (includeBuiltIns)
        {
            foreach (var policy in GradingPolicies.BuiltIn)
            {
                TryAdd(policy);
            }
        }
    }

    /// <summary>Gets the registered names, in the order the policies were added.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (gate)
            {
                return names.ToArray();
            }
        }
    }

    /// <summary>Creates a registry with no policies, not even the built-ins.</summary>
    /// <returns>The registry.</returns>
    public static PolicyRegistry CreateEmpty() => new(includeBuiltIns: false);

    /// <summary>Adds a policy under its <see cref="IGradingPolicy.Name"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns><see langword="false"/> when a policy of that name is already registered (it is kept).</returns>
    public bool TryAdd(IGradingPolicy policy)
    {
        Preconditions.CheckNotNull(policy, nameof(policy));
        return TryAddEntry(new Entry(policy, (policy as IDefinedPolicy)?.Definition));
    }

    /// <summary>
    /// Validates a definition and adds the policy it declares. Nothing is added when there is any
    /// problem: the name is taken, the definition breaks a rule of the format, or an override names
    /// a policy this registry does not hold.
    /// </summary>
    /// <param name="definition">The definition.</param>
    /// <param name="errors">Every problem found; empty when the policy was added.</param>
    /// <returns>Whether the policy was added.</returns>
    public bool TryAdd(PolicyDefinition definition, out ValueList<ValidationError> errors)
    {
        Preconditions.CheckNotNull(definition, nameof(definition));
        errors = PolicyJson.Validate(definition);
        if (errors.Count == 0)
        {
            errors = Add(definition);
        }

        return errors.Count == 0;
    }

    /// <summary>Finds a policy by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="policy">The policy, when found.</param>
    /// <returns>Whether a policy has that name.</returns>
    public bool TryGet(string? name, [NotNullWhen(true)] out IGradingPolicy? policy)
    {
        policy = null;
        if (name is null)
        {
            return false;
        }

        lock (gate)
        {
            if (entries.TryGetValue(name, out var entry))
            {
                policy = entry.Policy;
            }
        }

        return policy is not null;
    }

    /// <summary>Gets a policy by name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="KeyNotFoundException">No policy has that name; the message lists the registered names.</exception>
    public IGradingPolicy Get(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        return TryGet(name, out var policy) ? policy : throw UnknownPolicy(name, Names);
    }

    /// <summary>Finds the definition of a policy declared as data (every built-in is).</summary>
    /// <param name="name">The name.</param>
    /// <param name="definition">The definition, when the policy has one.</param>
    /// <returns>Whether the policy is registered and declared as data; <see langword="false"/> for a policy written in C#.</returns>
    public bool TryGetDefinition(string? name, [NotNullWhen(true)] out PolicyDefinition? definition)
    {
        definition = null;
        if (name is null)
        {
            return false;
        }

        lock (gate)
        {
            if (entries.TryGetValue(name, out var entry))
            {
                definition = entry.Definition;
            }
        }

        return definition is not null;
    }

    /// <summary>The error for a policy name that is not known, naming the known ones.</summary>
    internal static KeyNotFoundException UnknownPolicy(string name, IEnumerable<string> known)
        => new(string.Format(CultureInfo.InvariantCulture, "No grading policy is named '{0}'. Known policies: {1}.", name, string.Join(", ", known)));

    private ValueList<ValidationError> Add(PolicyDefinition definition)
    {
        var errors = new List<ValidationError>();
        if (TryGet(definition.Name, out _))
        {
            errors.Add(new ValidationError(
                ValidationCodes.DuplicateId,
                "$.name",
                definition.Name,
                ValidationMessages.PolicyNameTaken(definition.Name)));
        }

        errors.AddRange(OverrideErrors(definition, n => TryGet(n, out var p) ? p : null, Names));
        if (errors.Count > 0)
        {
            return ValueList<ValidationError>.From(errors);
        }

        var policy = PolicyCompiler.Compile(definition, null, n => TryGet(n, out var p) ? p : null);
        return TryAddEntry(new Entry(policy, definition))
            ? ValueList<ValidationError>.Empty
            : Add(definition);
    }

    /// <summary>
    /// The overrides of a definition that name a policy <paramref name="resolve"/> does not know, or one
    /// with a grade whose code this definition gives other labels.
    /// </summary>
    internal static IEnumerable<ValidationError> OverrideErrors(PolicyDefinition definition, Func<string, IGradingPolicy?> resolve, IReadOnlyList<string> known)
    {
        var own = new Dictionary<string, Grade>(StringComparer.Ordinal);
        foreach (var grade in definition.Versions.Where(v => v is not null).SelectMany(v => v.Grades).Where(g => g is not null))
        {
            own[grade.Code] = grade;
        }

        for (var i = 0; i < definition.Overrides.Count; i++)
        {
            var name = definition.Overrides[i].Policy;
            if (name is null)
            {
                continue;
            }

            if (resolve(name) is not { } other)
            {
                yield return new ValidationError(
                    PolicyValidationCodes.UnknownPolicy,
                    $"$.overrides[{i}].policy",
                    name,
                    ValidationMessages.UnknownPolicy(name, string.Join(", ", known)));
                continue;
            }

            foreach (var grade in other.Scale)
            {
                if (own.TryGetValue(grade.Code, out var mine) && (mine.Label.Japanese != grade.Label.Japanese || mine.Label.English != grade.Label.English))
                {
                    yield return new ValidationError(
                        PolicyValidationCodes.GradeConflict,
                        $"$.overrides[{i}].policy",
                        name,
                        ValidationMessages.GradeConflict(name, grade.Code, grade.Label, mine.Label));
                    break;
                }
            }
        }
    }

    private bool TryAddEntry(Entry entry)
    {
        lock (gate)
        {
            if (entries.ContainsKey(entry.Policy.Name))
            {
                return false;
            }

            entries.Add(entry.Policy.Name, entry);
            names.Add(entry.Policy.Name);
            return true;
        }
    }

    private sealed record Entry(IGradingPolicy Policy, PolicyDefinition? Definition);
}
