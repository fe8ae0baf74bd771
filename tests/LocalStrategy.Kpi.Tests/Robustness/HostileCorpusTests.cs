using System.Diagnostics;
using System.Reflection;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Publishing;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Cli;
using LocalStrategy.Kpi.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>
/// Every input of <see cref="HostileCorpus"/> gives a named error or a correct result: no exception, no
/// stack trace, a few seconds at most, memory in proportion to the input. Through the library and
/// through the CLI.
/// </summary>
public sealed class HostileCorpusTests
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    private static readonly HashSet<string> KnownCodes = new(
        typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(PolicyValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!),
        StringComparer.Ordinal);

    [Fact]
    public void The_corpus_holds_at_least_three_hundred_inputs_of_every_kind()
    {
        var names = HostileCorpus.All.Select(c => c.Name).ToList();

        Assert.True(names.Count >= 300, names.Count + " inputs");
        Assert.Contains(names, n => n.StartsWith("policy ", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("cut at", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("encoded as", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("nesting 100,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_input_gives_a_named_error_or_a_result_through_the_library()
    {
        var failures = new List<string>();
        foreach (var input in HostileCorpus.All)
        {
            var clock = Stopwatch.StartNew();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                Check(input);
            }
            catch (Exception ex)
            {
                failures.Add(input.Name + ": " + ex.GetType().Name + ": " + ex.Message);
                continue;
            }

            var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
            if (clock.Elapsed > PerInput)
            {
                failures.Add(input.Name + ": took " + clock.Elapsed);
            }

            if (used > (64L * input.Bytes.Length) + (512L * 1024 * 1024))
            {
                failures.Add(input.Name + ": allocated " + used + " bytes for " + input.Bytes.Length);
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60).Select(f => f.Length > 220 ? f[..220] : f)));
    }

    [Fact]
    public void Every_input_gives_exit_0_1_or_2_and_no_stack_trace_through_the_cli()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kpi-corpus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var failures = new List<string>();
        try
        {
            var chosen = HostileCorpus.All.Where((c, i) => i % 7 == 0 || c.Bytes.Length > 100_000 || !c.Name.Contains(" = ", StringComparison.Ordinal)).ToList();
            Assert.True(chosen.Count >= 100, chosen.Count + " inputs");
            for (var i = 0; i < chosen.Count; i++)
            {
                var input = chosen[i];
                var path = Path.Combine(directory, i + ".json");
                File.WriteAllBytes(path, input.Bytes);
                var runs = input.IsPolicy
                    ? new[] { new[] { "policy", "validate", path }, new[] { "grade", "--policy-file", path } }
                    : new[] { new[] { "validate", path }, new[] { "grade", path, "--policy", "azumino", "--format", "json" }, new[] { "vision", path } };
                foreach (var args in runs)
                {
                    var clock = Stopwatch.StartNew();
                    var (code, _, error) = CliRunner.Run(args);
                    if (code is not (0 or 1 or 2) || error.Contains("   at ", StringComparison.Ordinal) || error.Contains("Unhandled", StringComparison.Ordinal) || clock.Elapsed > PerInput)
                    {
                        failures.Add(input.Name + " (" + args[0] + "): exit " + code + " in " + clock.Elapsed + ": " + error[..Math.Min(300, error.Length)]);
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(60).Select(f => f.Length > 220 ? f[..220] : f)));
    }

    private static void Check(HostileCorpus.Case input)
    {
        using var stream = new MemoryStream(input.Bytes);
        if (input.IsPolicy)
        {
            var read = PolicyJson.ReadStream(stream);
            CheckErrors(read.Errors, read.IsValid);
            if (read.IsValid)
            {
                var registry = new PolicyRegistry();
                if (registry.TryAdd(read.Value, out var errors))
                {
                    new StrategyGrader(registry).Grade(LocalStrategy.Kpi.Samples.SampleDocuments.Load(LocalStrategy.Kpi.Samples.SampleDocuments.AzuminoFy2020), new FiscalYear(2020), read.Value.Name);
                }
                else
                {
                    CheckErrors(errors, false);
                }
            }

            return;
        }

        var strategy = StrategyJson.ReadStream(stream);
        CheckErrors(strategy.Errors, strategy.IsValid);
        if (strategy.IsValid)
        {
            var report = new StrategyGrader().Grade(strategy.Value, new FiscalYear(2020), "azumino");
            _ = EvaluationReportJson.Write(report);
            _ = EvaluationDocument.ToHtml(report);
            if (strategy.Value.Population is not null)
            {
                _ = PopulationVisionReportJson.Write(PopulationVisionReport.Create(strategy.Value));
            }
        }
    }

    private static void CheckErrors(LocalStrategy.Kpi.Model.ValueList<ValidationError> errors, bool valid)
    {
        if (valid)
        {
            return;
        }

        Assert.NotEmpty(errors);
        Assert.True(errors.Count <= DocumentReadOptions.Default.MaxProblems + 1, errors.Count + " errors");
        foreach (var e in errors)
        {
            Assert.Contains(e.Code, KnownCodes);
            Assert.StartsWith("$", e.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(e.Message.English));
            Assert.False(string.IsNullOrWhiteSpace(e.Message.Japanese));
            if (e.Message.English.Length >= 2000)
            {
                Assert.Fail("A message of " + e.Message.English.Length + " characters: " + e.Message.English[..200]);
            }
        }
    }
}
