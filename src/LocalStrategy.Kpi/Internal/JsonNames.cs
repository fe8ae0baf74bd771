namespace LocalStrategy.Kpi.Internal;

/// <summary>The JSON names of an enumeration's members: the member name with a lower-case first letter.</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal static class JsonNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = BuildByName();
    private static readonly Dictionary<TEnum, string> ByValue = ByName.ToDictionary(p => p.Value, p => p.Key);

    /// <summary>Gets the accepted names, in declaration order.</summary>
    internal static IReadOnlyList<string> All { get; } = ByName.Keys.ToArray();

    internal static string Of(TEnum value) => ByValue[value];

    /// <summary>
    /// Writes a value that may be undefined, such as <c>default(Direction)</c> in a strategy built in
    /// code: as its number, which validation then reports as an unknown value instead of throwing.
    /// </summary>
    internal static string OfAny(TEnum value)
        => ByValue.TryGetValue(value, out var name)
            ? name
            : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads a name that validation has already accepted.</summary>
    internal static TEnum Parse(string name)
        => ByName.TryGetValue(name, out var value) ? value : throw new ArgumentException("Unknown name: " + name, nameof(name));

    /// <summary>Reads an optional name that validation has already accepted.</summary>
    internal static TEnum ParseOr(string? name, TEnum fallback) => name is null ? fallback : Parse(name);

    internal static bool TryParse(string? name, out TEnum value)
    {
        value = default;
        return name is not null && ByName.TryGetValue(name, out value);
    }

    private static Dictionary<string, TEnum> BuildByName()
    {
        var result = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (TEnum value in Enum.GetValues(typeof(TEnum)))
        {
            var name = value.ToString();
            result[char.ToLowerInvariant(name[0]) + name.Substring(1)] = value;
        }

        return result;
    }
}
