using LocalStrategy.Kpi.DependencyInjection;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

// Extension methods for IServiceCollection live in this namespace by .NET convention, so that
// services.AddLocalStrategyKpi(...) is found wherever services are configured, with no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers LocalStrategy.Kpi with a service collection.</summary>
public static class LocalStrategyKpiServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons, a <see cref="PolicyRegistry"/> with the built-in policies and those
    /// the options add, a <see cref="StrategyGrader"/>, and, when <see cref="LocalStrategyKpiOptions.DefaultPolicy"/>
    /// is set, that policy as <see cref="IGradingPolicy"/>. The policy documents are read and checked
    /// here, at start-up, so a bad document stops the application before it grades anything.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adds policies and sets the default; optional.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="DocumentException">A policy document cannot be added; the exception lists every problem of every document, each with its source.</exception>
    /// <exception cref="IOException">A policy file cannot be read.</exception>
    /// <exception cref="KeyNotFoundException">The default policy is not registered.</exception>
    /// <exception cref="ArgumentException">Two policies have the same name.</exception>
    public static IServiceCollection AddLocalStrategyKpi(this IServiceCollection services, Action<LocalStrategyKpiOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new LocalStrategyKpiOptions();
        configure?.Invoke(options);

        var registry = new PolicyRegistry();
        var errors = new List<ValidationError>();
        foreach (var source in options.Sources)
        {
            if (source.Policy is { } policy)
            {
                if (!registry.TryAdd(policy))
                {
                    throw new ArgumentException("A policy named '" + policy.Name + "' is already registered.", nameof(configure));
                }

                continue;
            }

            var read = source.Definition is not null
                ? null
                : (source.Path is { } path ? PolicyJson.ReadFile(path) : PolicyJson.Read(source.Json!));
            var definition = source.Definition ?? read!.Value;
            var problems = definition is null
                ? read!.Errors
                : (registry.TryAdd(definition, out var e) ? ValueList<ValidationError>.Empty : e);
            var origin = source.Path ?? source.Definition?.Name ?? "policy JSON";
            errors.AddRange(problems.Select(p => new ValidationError(p.Code, p.Path, p.AttemptedValue, new LocalizedText(origin + ": " + p.Message.Japanese, origin + ": " + p.Message.English))));
        }

        if (errors.Count > 0)
        {
            throw new DocumentException(ValueList<ValidationError>.From(errors));
        }

        var grader = new StrategyGrader(registry, options.DefaultPolicy);
        services.AddSingleton(registry);
        services.AddSingleton(grader);
        if (grader.DefaultPolicy is { } chosen)
        {
            services.AddSingleton(chosen);
        }

        return services;
    }
}
