using LocalStrategy.Kpi.Cli;
using LocalStrategy.Kpi.Tests.Cli;
using LocalStrategy.Kpi.Tests.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>The CLI's reading limits come from the environment; run alone, as the environment is the process's.</summary>
[Collection(ProcessEnvironment.Name)]
public sealed class ReadLimitsEnvironmentTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "kpi-limits-" + Guid.NewGuid().ToString("N") + ".json");

    public ReadLimitsEnvironmentTests() => File.WriteAllText(path, TestDocument.Minimal);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("KPI_MAX_BYTES", null);
        File.Delete(path);
    }

    [Fact]
    public void Kpi_max_bytes_lowers_the_size_limit()
    {
        Environment.SetEnvironmentVariable("KPI_MAX_BYTES", "100");

        var (code, _, error) = CliRunner.Run("validate", path);

        Assert.Equal(KpiCommand.Invalid, code);
        Assert.Contains("DocumentTooLarge", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_that_is_not_a_number_is_a_usage_error_that_names_it()
    {
        Environment.SetEnvironmentVariable("KPI_MAX_BYTES", "lots");

        var (code, _, error) = CliRunner.Run("validate", path);

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("KPI_MAX_BYTES=lots is not a whole number", error, StringComparison.Ordinal);
    }
}

/// <summary>Tests that change the process's environment run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    internal const string Name = "process environment";
}
