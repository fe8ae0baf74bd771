using System.Diagnostics.CodeAnalysis;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// The outcome of reading a document (a strategy with <see cref="StrategyJson"/>, a policy with
/// <see cref="PolicyJson"/>): the value, or every problem found. A document with any problem gives
/// no value at all, never a half-built one.
/// </summary>
/// <typeparam name="T">What the document holds: <see cref="Strategy"/> or <see cref="Grading.PolicyDefinition"/>.</typeparam>
/// <remarks>An immutable value; safe to share between threads.</remarks>
public sealed class DocumentReadResult<T>
    where T : class
{
    private readonly string documentName;

    private DocumentReadResult(T? value, ValueList<ValidationError> errors, ValueList<ValidationError> warnings, string documentName)
    {
        Value = value;
        Errors = errors;
        Warnings = warnings;
        this.documentName = documentName;
    }

    /// <summary>Gets what the document holds; <see langword="null"/> when <see cref="IsValid"/> is <see langword="false"/>.</summary>
    public T? Value { get; }

    /// <summary>Gets the problems found, in document order; empty when the document is valid.</summary>
    public ValueList<ValidationError> Errors { get; }

    /// <summary>
    /// Gets what is valid but most likely not meant (for example a rate threshold of 100 where rates
    /// are fractions), each with its code, path, value and messages; empty when there is nothing to say
    /// or the document is not valid.
    /// </summary>
    public ValueList<ValidationError> Warnings { get; }

    /// <summary>Gets whether the document was read and is valid.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    /// <summary>Gets what the document holds, or throws when it was not valid.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="DocumentException">The document has problems; the exception lists every one.</exception>
    public T GetValueOrThrow() => Value ?? throw new DocumentException(documentName, Errors);

    /// <summary>A document that was read and is valid, for readers of other formats (such as spreadsheets) that give the same result.</summary>
    /// <param name="value">What the document holds.</param>
    /// <param name="warnings">What was read but looks wrong; empty when nothing does.</param>
    /// <param name="documentName">The document's name (a file name), used in an exception's message.</param>
    /// <returns>The result.</returns>
    public static DocumentReadResult<T> Success(T value, ValueList<ValidationError> warnings, string documentName)
        => new(Internal.Preconditions.CheckNotNull(value, nameof(value)), ValueList<ValidationError>.Empty, Internal.Preconditions.CheckNotNull(warnings, nameof(warnings)), documentName ?? string.Empty);

    /// <summary>A document that could not be read or is not valid: every problem, and no value.</summary>
    /// <param name="errors">The problems; at least one.</param>
    /// <param name="documentName">The document's name (a file name), used in an exception's message.</param>
    /// <returns>The result.</returns>
    public static DocumentReadResult<T> Failure(IEnumerable<ValidationError> errors, string documentName)
        => new(null, ValueList<ValidationError>.From(Internal.Preconditions.CheckNotNull(errors, nameof(errors))), ValueList<ValidationError>.Empty, documentName ?? string.Empty);
}
