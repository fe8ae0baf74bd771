using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Cli;
using LocalStrategy.Kpi.Tests.Cli;
using LocalStrategy.Kpi.Tests.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>The command line against what a careless or malicious user types or uploads.</summary>
public sealed class CliHostileInputTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "kpi-hostile-" + Guid.NewGuid().ToString("N"));

    public CliHostileInputTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("@/tmp")]
    [InlineData("@/dev/zero")]
    [InlineData("@does-not-exist")]
    public void An_at_sign_is_a_file_name_not_a_response_file(string argument)
    {
        var (code, output, error) = CliRunner.Run("grade", argument);

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Cannot read '" + argument + "'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_whose_name_starts_with_an_at_sign_is_read()
    {
        var path = Path.Combine(directory, "@mini.json");
        File.WriteAllText(path, TestDocument.Minimal);

        var (code, output, _) = CliRunner.Run("validate", path);

        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains(": valid.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("grade", "--policy-file")]
    [InlineData("policy", "list", "--policy-file")]
    public void An_option_given_without_its_value_is_a_usage_error(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("--policy-file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_errors_are_in_english_whatever_the_machines_language()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            var (code, _, error) = CliRunner.Run("grade", "--format", "xml");
            Assert.Equal(KpiCommand.UsageError, code);
            Assert.Contains("Argument 'xml' not recognized", error, StringComparison.Ordinal);
            Assert.Contains("使い方は", error, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void A_folder_given_as_the_document_is_named_as_a_folder()
    {
        var (code, _, error) = CliRunner.Run("validate", directory);

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("is a folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Control_characters_and_direction_overrides_never_reach_the_terminal_raw()
    {
        var path = Path.Combine(directory, "evil.json");
        File.WriteAllText(path, TestDocument.With(d =>
        {
            TestDocument.FirstKpi(d)["name"] = "\u001b[2J\u001b[31mevil\u0007\u202Etxt.exe";
            d["title"] = "title\u0000with NUL";
        }));

        foreach (var args in new[] { new[] { "grade", path, "--policy", "azumino" }, new[] { "validate", path } })
        {
            var (code, output, error) = CliRunner.Run(args);
            Assert.Equal(KpiCommand.Success, code);
            foreach (var c in new[] { '\u001b', '\u0007', '\u202E', '\u0000' })
            {
                Assert.DoesNotContain(c, output + error);
            }
        }

        var table = CliRunner.Run("grade", path, "--policy", "azumino").Output;
        Assert.Contains("\\u001B[31mevil\\u0007\\u202Etxt.exe", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_of_a_bad_value_name_the_value_with_controls_escaped()
    {
        var path = Path.Combine(directory, "bad.json");
        File.WriteAllText(path, TestDocument.With(d => TestDocument.FirstKpi(d)["direction"] = "up\u001b[31m"));

        var (code, _, error) = CliRunner.Run("validate", path);

        Assert.Equal(KpiCommand.Invalid, code);
        Assert.Contains("(value: up\\u001B[31m)", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void The_table_of_twenty_thousand_goals_is_written_in_seconds()
    {
        var path = Path.Combine(directory, "goals.json");
        File.WriteAllText(path, TestDocument.With(d =>
        {
            var goals = new JsonArray();
            for (var i = 0; i < 20_000; i++)
            {
                goals.Add(JsonNode.Parse("{ \"id\": \"g" + i + "\", \"code\": \"" + i + "\", \"title\": \"目標\", \"indicators\": [ { \"id\": \"i" + i + "\", \"kind\": \"kpi\", \"name\": \"指標\", \"unit\": { \"label\": \"人\" }, \"direction\": \"higherIsBetter\", \"valueKind\": \"level\", \"basis\": \"target\", \"targets\": [ { \"year\": \"FY2020\", \"value\": 10 } ], \"observations\": [ { \"year\": \"FY2020\", \"value\": 9 } ] } ] }"));
            }

            d["goals"] = goals;
            d.Remove("projects");
            d.Remove("viewpoints");
        }));

        var clock = Stopwatch.StartNew();
        var (code, output, error) = CliRunner.Run("grade", path, "--policy", "azumino", "--year", "FY2020");

        Assert.True(code == 0, error);
        Assert.Contains("KPI: A評価 0 (0%)  B評価 20000 (100%)", output, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "took " + clock.Elapsed);
    }
}
