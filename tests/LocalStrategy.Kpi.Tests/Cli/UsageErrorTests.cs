using LocalStrategy.Kpi.Cli;
using Xunit;
using static LocalStrategy.Kpi.Tests.Cli.CliRunner;

namespace LocalStrategy.Kpi.Tests.Cli;

/// <summary>Every usage error exits 2, as the help says (1 means "the document is not valid").</summary>
public sealed class UsageErrorTests
{
    public static TheoryData<string[], string> UsageErrors { get; } = new()
    {
        { new[] { "grade", "--format", "xml" }, "'xml'" },
        { new[] { "grade", "--decimals", "3" }, "'3'" },
        { new[] { "--bogus" }, "--bogus" },
        { new[] { "no-such-command" }, "no-such-command" },
        { new[] { "validate" }, "Required argument missing for command: 'validate'" },
        { new[] { "validate", "a.json", "b.json" }, "b.json" },
        { new[] { "vision", "--format", "xml" }, "'xml'" },
        { new[] { "vision", "--interpolation", "cubic" }, "'cubic'" },
        { new[] { "policy", "validate" }, "Required argument missing for command: 'validate'" },
        { new[] { "policy", "show" }, "Required argument missing for command: 'show'" },
        { new[] { "samples", "extra" }, "extra" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void A_usage_error_exits_2_names_what_is_wrong_and_points_to_the_help(string[] args, string named)
    {
        var (code, output, error) = Run(args);

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("kpi --help", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_not_an_error()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains("grade", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_year_given_for_year_is_a_usage_error_naming_it()
    {
        // 令和2年 is the calendar year 2020, not the fiscal year 令和2年度 (issue 11).
        var (code, output, error) = Run("grade", "--year", "令和2年");

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("--year: '令和2年' is a calendar year, not a fiscal year.", error, StringComparison.Ordinal);
    }
}
