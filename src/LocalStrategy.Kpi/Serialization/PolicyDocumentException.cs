using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>A policy document could not be read: it is not JSON, or it breaks the format's rules.</summary>
public sealed class PolicyDocumentException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="PolicyDocumentException"/> class.</summary>
    public PolicyDocumentException()
        : this(ValueList<ValidationError>.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PolicyDocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    public PolicyDocumentException(string message)
        : base(message) => Errors = ValueList<ValidationError>.Empty;

    /// <summary>Initializes a new instance of the <see cref="PolicyDocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PolicyDocumentException(string message, Exception innerException)
        : base(message, innerException) => Errors = ValueList<ValidationError>.Empty;

    /// <summary>Initializes a new instance of the <see cref="PolicyDocumentException"/> class.</summary>
    /// <param name="errors">The problems found.</param>
    public PolicyDocumentException(ValueList<ValidationError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Gets the problems found.</summary>
    public ValueList<ValidationError> Errors { get; }

    private static string Describe(ValueList<ValidationError> errors)
        => errors.Count == 0
            ? "The policy document is not valid."
            : "The policy document is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
