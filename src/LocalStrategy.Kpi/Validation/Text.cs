using System.Globalization;

namespace LocalStrategy.Kpi.Validation;

/// <summary>Culture-invariant formatting of values inside messages.</summary>
internal static class Text
{
    internal static string Of(object? value) => value switch
    {
        null => "(missing)",
        string s when s.Length > MaxQuoted => "'" + Short(s) + "'",
        string s => "'" + s + "'",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    // A text quoted in a message is cut here, so that a 10 MB name does not make a 10 MB message.
    private const int MaxQuoted = 100;

    internal static string Raw(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(n => Short(n)));

    /// <summary>A text from a document as a message quotes it: cut after 100 characters, with its length.</summary>
    internal static string Short(string? value)
        => value is { Length: > MaxQuoted } s
            ? s.Remove(MaxQuoted) + "… (" + s.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)"
            : value ?? string.Empty;
}
