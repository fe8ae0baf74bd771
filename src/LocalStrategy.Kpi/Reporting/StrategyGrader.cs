using System.Globalization;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>
/// The one way to grade a strategy: with the policies of a <see cref="PolicyRegistry"/>, by the
/// policy a strategy names (<see cref="Strategy.GradingPolicy"/>), by one named in the call, or by a
/// default policy. The service a municipal web service or batch job takes by constructor
/// (<c>services.AddLocalStrategyKpi()</c> registers it).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StrategyGrader
{
    /// <summary>
    /// Initializes a new instance of the <see cref="StrategyGrader"/> class with the built-in
    /// policies and no default: a strategy is graded by the policy it names, or by one named in the call.
    /// </summary>
    public StrategyGrader()
        : this(new PolicyRegistry())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StrategyGrader"/> class.</summary>
    /// <param name="policies">The policies to grade by.</param>
    /// <param name="defaultPolicy">The policy for strategies that name none, or <see langword="null"/> to require that they name one.</param>
    /// <exception cref="KeyNotFoundException"><paramref name="defaultPolicy"/> is not registered; the message lists the registered names.</exception>
    public StrategyGrader(PolicyRegistry policies, string? defaultPolicy = null)
    {
        Policies = Preconditions.CheckNotNull(policies, nameof(policies));
        DefaultPolicy = defaultPolicy is null ? null : policies.Get(defaultPolicy);
    }

    /// <summary>Gets the policies graded by.</summary>
    public PolicyRegistry Policies { get; }

    /// <summary>Gets the policy for strategies that name none, or <see langword="null"/>.</summary>
    public IGradingPolicy? DefaultPolicy { get; }

    /// <summary>Finds the policy a strategy is graded by: the one it names, else the default.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="KeyNotFoundException">The strategy names a policy that is not registered, or names none and there is no default.</exception>
    public IGradingPolicy PolicyFor(Strategy strategy)
    {
        Preconditions.CheckNotNull(strategy, nameof(strategy));
        if (strategy.GradingPolicy is { } name)
        {
            return Policies.Get(name);
        }

        return DefaultPolicy ?? throw new KeyNotFoundException(string.Format(
            CultureInfo.InvariantCulture,
            "Strategy '{0}' names no grading policy and the grader has no default. Known policies: {1}.",
            strategy.Id,
            string.Join(", ", Policies.Names)));
    }

    /// <summary>
    /// Grades every indicator of a strategy for one fiscal year: by the policy named here, else by
    /// <see cref="PolicyFor"/> (the policy the strategy names, else the default).
    /// </summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="year">The fiscal year.</param>
    /// <param name="policy">The name of a registered policy, or <see langword="null"/> for <see cref="PolicyFor"/>.</param>
    /// <param name="percentDecimals">Decimal places of the tallies' percentages, 0 or 1.</param>
    /// <returns>The report.</returns>
    /// <exception cref="KeyNotFoundException">No policy has the name given, or none can be found for the strategy; the message lists the registered names.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentDecimals"/> is not 0 or 1.</exception>
    public EvaluationReport Grade(Strategy strategy, FiscalYear year, string? policy = null, int percentDecimals = 0)
        => EvaluationReport.Create(
            Preconditions.CheckNotNull(strategy, nameof(strategy)),
            year,
            policy is null ? PolicyFor(strategy) : Policies.Get(policy),
            percentDecimals);
}
