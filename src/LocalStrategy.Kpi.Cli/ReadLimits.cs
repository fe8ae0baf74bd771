using System.Globalization;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// The reading limits of the <c>kpi</c> command: <see cref="DocumentReadOptions.Default"/>, changed by the
/// environment variables <c>KPI_MAX_BYTES</c>, <c>KPI_MAX_DEPTH</c> and <c>KPI_MAX_PROBLEMS</c> (docs/robustness.md).
/// </summary>
internal static class ReadLimits
{
    /// <summary>The options for this run; a variable that is not a number in range is a usage error, named.</summary>
    internal static DocumentReadOptions? FromEnvironment(TextWriter error)
    {
        var options = DocumentReadOptions.Default;
        try
        {
            if (Number("KPI_MAX_BYTES") is { } bytes)
            {
                options = options with { MaxBytes = bytes };
            }

            if (Number("KPI_MAX_DEPTH") is { } depth)
            {
                options = options with { MaxDepth = checked((int)depth) };
            }

            if (Number("KPI_MAX_PROBLEMS") is { } problems)
            {
                options = options with { MaxProblems = checked((int)problems) };
            }

            return options;
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            error.WriteLine("A reading limit in the environment is not usable: " + e.Message + " / 環境変数の読み込み上限の値が正しくありません。");
            return null;
        }
    }

    private static long? Number(string name)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException(name + "=" + TerminalText.Safe(text) + " is not a whole number.");
    }
}
