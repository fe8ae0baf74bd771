using System.Diagnostics.CodeAnalysis;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// The outcome of reading a strategy document: the strategy, or every problem found. A document with
/// any problem gives no strategy at all, never a half-built one.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class StrategyReadResult
{
    private StrategyReadResult(Strategy? strategy, ValueList<ValidationError> errors)
    {
        Strategy = strategy;
        Errors = errors;
    }

    /// <summary>Gets the strategy; <see langword="null"/> when <see cref="IsValid"/> is <see langword="false"/>.</summary>
    public Strategy? Strategy { get; }

    /// <summary>Gets the problems found, in document order; empty when the document is valid.</summary>
    public ValueList<ValidationError> Errors { get; }

    /// <summary>Gets whether the document was read and is valid.</summary>
    [MemberNotNullWhen(true, nameof(Strategy))]
    public bool IsValid => Strategy is not null;

    /// <summary>Gets the strategy, or throws when the document was not valid.</summary>
    /// <returns>The strategy.</returns>
    /// <exception cref="StrategyDocumentException">The document has problems; the exception lists them.</exception>
    public Strategy GetStrategyOrThrow() => Strategy ?? throw new StrategyDocumentException(Errors);

    internal static StrategyReadResult Success(Strategy strategy) => new(strategy, ValueList<ValidationError>.Empty);

    internal static StrategyReadResult Failure(IEnumerable<ValidationError> errors) => new(null, ValueList<ValidationError>.From(errors));
}
