using System.Globalization;

namespace LocalStrategy.Kpi.Validation;

/// <summary>Culture-invariant formatting of values inside messages.</summary>
internal static class Text
{
    internal static string Of(object? value) => value switch
    {
        null => "(missing)",
        string s => "'" + s + "'",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Raw(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Names(IEnumerable<string> names) => string.Join(", ", names);
}
