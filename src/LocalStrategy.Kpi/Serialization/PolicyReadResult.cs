using System.Diagnostics.CodeAnalysis;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// The outcome of reading a policy document: the definition, or every problem found. A document
/// with any problem gives no definition at all, never a half-built one.
/// </summary>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class PolicyReadResult
{
    private PolicyReadResult(PolicyDefinition? definition, ValueList<ValidationError> errors)
    {
        Definition = definition;
        Errors = errors;
    }

    /// <summary>Gets the definition; <see langword="null"/> when <see cref="IsValid"/> is <see langword="false"/>.</summary>
    public PolicyDefinition? Definition { get; }

    /// <summary>Gets the problems found, in document order; empty when the document is valid.</summary>
    public ValueList<ValidationError> Errors { get; }

    /// <summary>Gets whether the document was read and is valid.</summary>
    [MemberNotNullWhen(true, nameof(Definition))]
    public bool IsValid => Definition is not null;

    /// <summary>Gets the definition, or throws when the document was not valid.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="PolicyDocumentException">The document has problems; the exception lists them.</exception>
    public PolicyDefinition GetDefinitionOrThrow() => Definition ?? throw new PolicyDocumentException(Errors);

    internal static PolicyReadResult Success(PolicyDefinition definition) => new(definition, ValueList<ValidationError>.Empty);

    internal static PolicyReadResult Failure(IEnumerable<ValidationError> errors) => new(null, ValueList<ValidationError>.From(errors));
}
