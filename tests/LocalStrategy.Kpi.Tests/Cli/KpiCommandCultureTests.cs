using System.Globalization;
using LocalStrategy.Kpi.Cli;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Cli;

public sealed class KpiCommandCultureTests
{
    private static readonly string[] Cultures = { "ja-JP", "en-US", "de-DE", "tr-TR" };

    [Theory]
    [InlineData("grade", "--format", "json")]
    [InlineData("grade", "--format", "json", "--decimals", "1")]
    [InlineData("grade")]
    public void Output_is_identical_under_every_culture(params string[] args)
    {
        var outputs = Cultures.Select(c => (Culture: c, Output: RunUnder(c, args))).ToList();

        // A culture leaking into the output (93,1 in de-DE, İ for i in tr-TR) shows as a difference.
        Assert.All(outputs, o => Assert.Equal(outputs[0].Output, o.Output));
        Assert.Contains(args.Contains("json") ? "0.9311023622047244094488188976" : "93.1%", outputs[0].Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_culture_is_restored_after_each_run()
    {
        var before = CultureInfo.CurrentCulture;

        _ = RunUnder("tr-TR", "grade", "--format", "json");

        Assert.Equal(before, CultureInfo.CurrentCulture);
    }

    private static string RunUnder(string culture, params string[] args)
    {
        var culture0 = CultureInfo.CurrentCulture;
        var ui0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            // The switch took: de-DE and tr-TR write a decimal comma.
            Assert.Equal(culture, CultureInfo.CurrentCulture.Name);
            Assert.Equal(culture is "de-DE" or "tr-TR" ? "0,5" : "0.5", 0.5m.ToString(CultureInfo.CurrentCulture));
            using var output = new StringWriter(CultureInfo.CurrentCulture);
            using var error = new StringWriter(CultureInfo.CurrentCulture);
            var code = KpiCommand.Run(args, output, error);
            Assert.Equal(KpiCommand.Success, code);
            return output.ToString();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = ui0;
        }
    }
}
