using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>A strategy document could not be read: it is not JSON, or it breaks the format's rules.</summary>
public sealed class StrategyDocumentException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="StrategyDocumentException"/> class.</summary>
    public StrategyDocumentException()
        : this(ValueList<ValidationError>.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StrategyDocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StrategyDocumentException(string message)
        : base(message) => Errors = ValueList<ValidationError>.Empty;

    /// <summary>Initializes a new instance of the <see cref="StrategyDocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StrategyDocumentException(string message, Exception innerException)
        : base(message, innerException) => Errors = ValueList<ValidationError>.Empty;

    /// <summary>Initializes a new instance of the <see cref="StrategyDocumentException"/> class.</summary>
    /// <param name="errors">The problems found.</param>
    public StrategyDocumentException(ValueList<ValidationError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Gets the problems found.</summary>
    public ValueList<ValidationError> Errors { get; }

    private static string Describe(ValueList<ValidationError> errors)
        => errors.Count == 0
            ? "The strategy document is not valid."
            : "The strategy document is not valid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
