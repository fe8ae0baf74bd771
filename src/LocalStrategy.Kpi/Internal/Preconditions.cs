using System.Globalization;

namespace LocalStrategy.Kpi.Internal;

/// <summary>Argument checks with invariant-culture messages, in one place.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, string name)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    internal static string CheckNotBlank(string? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "{0} must not be empty or blank.", name), name);
        }

        return value;
    }

    internal static void CheckArgument(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    internal static int CheckRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                name,
                value,
                string.Format(CultureInfo.InvariantCulture, "{0} must be between {1} and {2}; was {3}.", name, min, max, value));
        }

        return value;
    }
}
