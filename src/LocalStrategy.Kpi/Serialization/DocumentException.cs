using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// A document (a strategy or a policy) could not be used: it is not JSON, or it breaks the format's
/// rules. <see cref="Errors"/> lists every problem with its code, JSON path, value and messages.
/// </summary>
public sealed class DocumentException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    public DocumentException()
        : this("The document is not valid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    public DocumentException(string message)
        : base(message) => Errors = ValueList<ValidationError>.Empty;

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentException(string message, Exception innerException)
        : base(message, innerException) => Errors = ValueList<ValidationError>.Empty;

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="errors">The problems found; the message lists them.</param>
    public DocumentException(ValueList<ValidationError> errors)
        : this("document", errors)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="documentName">What the document is, for the message: <c>strategy document</c>, <c>policy document</c>.</param>
    /// <param name="errors">The problems found.</param>
    internal DocumentException(string documentName, ValueList<ValidationError> errors)
        : base(Describe(documentName, Preconditions.CheckNotNull(errors, nameof(errors)))) => Errors = errors;

    /// <summary>Gets the problems found; empty when the exception was made from a message alone.</summary>
    public ValueList<ValidationError> Errors { get; }

    private static string Describe(string documentName, ValueList<ValidationError> errors)
        => errors.Count == 0
            ? "The " + documentName + " is not valid."
            : "The " + documentName + " is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
