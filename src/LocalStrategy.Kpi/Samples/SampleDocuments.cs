using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Samples;

/// <summary>
/// The sample documents embedded in the library, taken number for number from the source
/// documents of the three municipalities (docs/samples.md lists what each holds and leaves out).
/// </summary>
/// <remarks>All members are thread-safe.</remarks>
public static class SampleDocuments
{
    /// <summary>The name of Azumino City's FY2020 evaluation of its 2nd strategy (seed 000).</summary>
    public const string AzuminoFy2020 = "azumino-fy2020";

    /// <summary>The name of Ina City's 3rd regional-revitalisation strategy, FY2025–2029 (seed 003).</summary>
    public const string Ina3rdStrategy = "ina-3rd-strategy";

    /// <summary>The name of Ami Town's 3rd strategy, FY2025–2027 (seed 004).</summary>
    public const string Ami3rdStrategy = "ami-3rd-strategy";

    /// <summary>Gets the names of the embedded samples.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { AzuminoFy2020, Ina3rdStrategy, Ami3rdStrategy };

    /// <summary>Gets the JSON text of a sample.</summary>
    /// <param name="name">The sample's name, for example <see cref="AzuminoFy2020"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="KeyNotFoundException">No sample has that name; the message lists the names.</exception>
    public static string ReadJson(string name)
    {
        var resource = "LocalStrategy.Kpi.Samples." + name + ".json";
        using var stream = typeof(SampleDocuments).Assembly.GetManifestResourceStream(resource)
            ?? throw new KeyNotFoundException(string.Format(CultureInfo.InvariantCulture, "No sample is named '{0}'. Samples: {1}.", name, string.Join(", ", Names)));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Loads a sample as a strategy.</summary>
    /// <param name="name">The sample's name.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="KeyNotFoundException">No sample has that name.</exception>
    public static Strategy Load(string name) => StrategyJson.Read(ReadJson(name)).GetValueOrThrow();
}
