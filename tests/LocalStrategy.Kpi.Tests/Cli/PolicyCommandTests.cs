using System.Text.Json.Nodes;
using LocalStrategy.Kpi.Cli;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Serialization;
using Xunit;
using static LocalStrategy.Kpi.Tests.Grading.Engine.PolicyDocuments;

namespace LocalStrategy.Kpi.Tests.Cli;

/// <summary><c>kpi policy …</c> and <c>kpi grade --policy-file</c>, in-process.</summary>
public sealed class PolicyCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "kpi-policy-tests-" + Guid.NewGuid().ToString("N"));

    public PolicyCommandTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Validate_accepts_a_valid_document()
    {
        var (code, output, error) = Run("policy", "validate", Write("p.json", Minimal));

        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal(string.Empty, error);
        Assert.EndsWith("p.json: valid. test-policy (テスト用の評価方法 / A policy for tests), 1 version(s), 2 rule(s).", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem_in_both_languages_and_exits_1()
    {
        var path = Write("bad.json", With(d =>
        {
            Bands(d)[0]!["grade"] = "S";
            Bands(d)[2]!.ReplaceWith(JsonNode.Parse("""{ "grade": "C", "op": ">=", "value": 0.6 }"""));
        }));

        var (code, output, error) = Run("policy", "validate", path);

        Assert.Equal(KpiCommand.Invalid, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("bad.json: 2 problem(s) / 2 件の問題", error, StringComparison.Ordinal);
        Assert.Contains("  UnknownGrade at $.versions[0].rules[1].bands[0].grade (value: S)", error, StringComparison.Ordinal);
        Assert.Contains("  BandGap at $.versions[0].rules[1].bands (value: -0.4 (-40.0%))", error, StringComparison.Ordinal);
        Assert.Contains("区分に隙間があります。", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_an_override_of_an_unknown_policy()
    {
        var path = Write("o.json", With(d => d["overrides"] = JsonNode.Parse("""[ { "indicator": "k1", "policy": "other-city" } ]""")));

        var (code, _, error) = Run("policy", "validate", path);

        Assert.Equal(KpiCommand.Invalid, code);
        Assert.Contains("UnknownPolicy at $.overrides[0].policy (value: other-city)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var (code, _, error) = Run("policy", "validate", Path.Combine(directory, "none.json"));

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("Cannot read", error, StringComparison.Ordinal);
        Assert.Contains("を読み込めません", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_shows_the_built_ins_with_their_rules_and_bands()
    {
        var (code, output, _) = Run("policy", "list");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains("azumino — 安曇野市 第2期総合戦略 進捗評価の基準 / Azumino City: progress evaluation of the 2nd strategy", output, StringComparison.Ordinal);
        Assert.Contains("    azumino.1: achievementRate against year, basis target", output, StringComparison.Ordinal);
        Assert.Contains("      A: ≥ 1.00 | B: ≥ 0.80 | C: ≥ 0.60 | D: any other value", output, StringComparison.Ordinal);
        Assert.Contains("      A: > 0 and changeFromPrevious > 0 | B: > 0 | C: = 0 | D: < 0", output, StringComparison.Ordinal);
        Assert.Contains("    ina.path: achievementRate against straightLine, basis target", output, StringComparison.Ordinal);
        Assert.Contains("ami — ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void List_includes_the_policy_files_given()
    {
        var (code, output, _) = Run("policy", "list", "--policy-file", Write("p.json", Minimal));

        Assert.Equal(KpiCommand.Success, code);
        Assert.Contains("test-policy — テスト用の評価方法 / A policy for tests", output, StringComparison.Ordinal);
        Assert.Contains("    not gradable, checked in order: noActual → N", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_writes_a_document_that_reads_back_as_the_built_in()
    {
        var (code, output, _) = Run("policy", "show", "ami");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal(BuiltInPolicies.Definition("ami"), PolicyJson.Read(output).GetValueOrThrow());
    }

    [Fact]
    public void Show_names_the_known_policies_for_an_unknown_name()
    {
        var (code, _, error) = Run("policy", "show", "other-city");

        Assert.Equal(KpiCommand.UsageError, code);
        Assert.Contains("Known policies: azumino, ina, ina-straight-line, ami.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Grade_uses_the_policy_of_the_policy_file()
    {
        // The Azumino sample graded by a policy that only knows A ≥ 100 %, B ≥ 80 %, C below:
        // 認定農業者数 272 / 280 = 97.1 % → B under the test policy as under Azumino's.
        var (code, output, error) = Run("grade", "--policy-file", Write("p.json", Minimal), "--format", "json");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal(string.Empty, error);
        var report = JsonNode.Parse(output)!;
        Assert.Equal("test-policy", (string?)report["policy"]);
        var farmers = report["indicators"]!.AsArray().Single(i => ((string?)i!["name"])!.Contains("認定農業者", StringComparison.Ordinal))!;
        Assert.Equal("B", (string?)farmers["grade"]);
        Assert.Equal("t.rate", (string?)farmers["rule"]);
    }

    [Fact]
    public void Grade_with_a_policy_name_picks_among_the_built_ins_and_the_files()
    {
        var (code, output, _) = Run("grade", "--policy-file", Write("p.json", Minimal), "--policy", "azumino", "--format", "json");

        Assert.Equal(KpiCommand.Success, code);
        Assert.Equal("azumino", (string?)JsonNode.Parse(output)!["policy"]);
    }

    [Fact]
    public void Grade_with_an_invalid_policy_file_lists_its_problems_and_exits_1()
    {
        var (code, _, error) = Run("grade", "--policy-file", Write("bad.json", With(d => d["name"] = "Bad Name")));

        Assert.Equal(KpiCommand.Invalid, code);
        Assert.Contains("InvalidName at $.name (value: Bad Name)", error, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
