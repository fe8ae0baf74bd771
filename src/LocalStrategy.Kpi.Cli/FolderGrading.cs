using System.Globalization;
using System.Text;
using System.Text.Json;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// <c>kpi grade &lt;folder&gt;</c>: every strategy document of a folder (one per municipality) graded in
/// parallel across the cores, then rolled up per prefecture and for the country, per policy (grades of
/// different scales are never added). A document is read, graded and dropped, so memory holds one
/// document per core and a small summary per document, whatever their number. Progress goes to standard
/// error; every document that is not valid is named, none skipped silently, and the exit code is 1 when
/// there is one.
/// </summary>
internal static class FolderGrading
{
    private const string UnknownPrefecture = "(都道府県なし)";

    internal static int Run(GradeRequest request, string folder, TextWriter output, TextWriter error)
    {
        if (request.Format is not ("table" or "json"))
        {
            error.WriteLine("A folder is graded to a table or JSON (--format table|json); grade one document for csv or xlsx.");
            error.WriteLine("フォルダーの評価結果は table か json で出力します。");
            return KpiCommand.UsageError;
        }

        if (request.Year is null)
        {
            error.WriteLine("A folder needs --year: every document is graded for the same fiscal year, so that they can be added up.");
            error.WriteLine("フォルダーを評価するには --year で年度を指定してください（同じ年度で集計します）。");
            return KpiCommand.UsageError;
        }

        if (!JapanesePeriods.TryParseFiscalYear(request.Year, out var year, out var yearError))
        {
            error.WriteLine("--year: " + yearError);
            return KpiCommand.UsageError;
        }

        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            error.WriteLine("The folder '" + TerminalText.Safe(folder) + "' holds no strategy documents (*.json).");
            error.WriteLine("フォルダーに戦略の文書（*.json）がありません。");
            return KpiCommand.UsageError;
        }

        var registry = PolicyCommand.Registry(request.PolicyFiles, error, out var registryCode, out var fromFile);
        if (registry is null || ReadLimits.FromEnvironment(error) is not { } limits)
        {
            return registry is null ? registryCode : KpiCommand.UsageError;
        }

        var results = new Outcome[files.Length];
        var progress = new Progress(files.Length, error);
        Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            results[i] = GradeOne(files[i], request.Policy ?? fromFile?.Name, registry, year, request.Decimals, limits);
            progress.Done();
        });
        progress.Finish();

        var invalid = results.Where(r => r.Errors is not null).ToList();
        foreach (var bad in invalid)
        {
            KpiCommand.WriteErrors(bad.File, bad.Errors!, error);
        }

        var graded = results.Where(r => r.Errors is null).ToList();
        var rollUps = RollUps(graded, registry, request.Decimals);
        if (request.Format == "json")
        {
            output.WriteLine(Json(year, graded, invalid, rollUps));
        }
        else
        {
            Table(year, graded.Count, invalid.Count, rollUps, output);
        }

        if (invalid.Count > 0)
        {
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} of {1} documents are not valid and are not counted (listed above). / {1} 件中 {0} 件の文書に問題があり、集計に含めていません。", invalid.Count, files.Length));
            return KpiCommand.Invalid;
        }

        return KpiCommand.Success;
    }

    private static Outcome GradeOne(string file, string? policyOverride, PolicyRegistry registry, FiscalYear year, int decimals, DocumentReadOptions limits)
    {
        DocumentReadResult<Model.Strategy> read;
        try
        {
            read = StrategyJson.ReadFile(file, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Outcome.Invalid(file, [new ValidationError("FileNotReadable", file, null, new Model.LocalizedText("ファイルを読み込めません。", "The file cannot be read: " + e.Message))]);
        }

        if (!read.IsValid)
        {
            return Outcome.Invalid(file, read.Errors);
        }

        var strategy = read.Value;
        var policyName = policyOverride ?? strategy.GradingPolicy;
        if (policyName is null || !registry.TryGet(policyName, out var policy))
        {
            var message = policyName is null
                ? new Model.LocalizedText("文書に評価方法（gradingPolicy）がありません。--policy で指定してください。", "The document names no grading policy; pass --policy.")
                : new Model.LocalizedText("評価方法「" + policyName + "」はありません。", "No grading policy is named '" + policyName + "'. Known policies: " + string.Join(", ", registry.Names) + ".");
            return Outcome.Invalid(file, [new ValidationError("UnknownPolicy", "$.gradingPolicy", policyName, message)]);
        }

        var report = new StrategyGrader(registry).Grade(strategy, year, policy.Name, decimals);
        var prefecture = strategy.Municipality.Prefecture ?? UnknownPrefecture;
        return new Outcome(file, null, strategy.Id, strategy.Municipality.Name, prefecture, policy.Name, report.Kpis, report.GoalIndicators);
    }

    private static List<RollUp> RollUps(List<Outcome> graded, PolicyRegistry registry, int decimals)
    {
        var rollUps = new List<RollUp>();
        foreach (var byPolicy in graded.GroupBy(g => g.Policy!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var scale = registry.Get(byPolicy.Key).Scale;
            foreach (var byPrefecture in byPolicy.GroupBy(g => g.Prefecture!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                rollUps.Add(new RollUp(byPolicy.Key, byPrefecture.Key, byPrefecture.Count(), Tally.Sum(byPrefecture.Select(g => g.Kpis!), scale, decimals), Tally.Sum(byPrefecture.Select(g => g.GoalIndicators!), scale, decimals)));
            }

            rollUps.Add(new RollUp(byPolicy.Key, null, byPolicy.Count(), Tally.Sum(byPolicy.Select(g => g.Kpis!), scale, decimals), Tally.Sum(byPolicy.Select(g => g.GoalIndicators!), scale, decimals)));
        }

        return rollUps;
    }

    private static void Table(FiscalYear year, int graded, int invalid, List<RollUp> rollUps, TextWriter output)
    {
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} ({1}): {2:N0} documents graded, {3:N0} not valid.", year, JapanesePeriods.Format(year), graded, invalid));
        foreach (var byPolicy in rollUps.GroupBy(r => r.Policy, StringComparer.Ordinal))
        {
            output.WriteLine();
            output.WriteLine("Policy " + TerminalText.Safe(byPolicy.Key) + " / 評価方法 " + TerminalText.Safe(byPolicy.Key));
            foreach (var rollUp in byPolicy)
            {
                var name = rollUp.Prefecture is null ? "全国 (country)" : TerminalText.Safe(rollUp.Prefecture);
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: {1:N0} documents, {2:N0} KPIs: {3}", name, rollUp.Documents, rollUp.Kpis.Total, Counts(rollUp.Kpis)));
                if (rollUp.GoalIndicators.Total > 0)
                {
                    output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: {1:N0} numeric goals: {2}", name, rollUp.GoalIndicators.Total, Counts(rollUp.GoalIndicators)));
                }
            }
        }
    }

    private static string Counts(Tally tally)
        => string.Join(", ", tally.Rows.Select(r => string.Format(CultureInfo.InvariantCulture, "{0} {1:N0} ({2}%)", TerminalText.Safe(r.Grade.Label.Japanese), r.Count, r.Percent.ToString(CultureInfo.InvariantCulture))));

    private static string Json(FiscalYear year, List<Outcome> graded, List<Outcome> invalid, List<RollUp> rollUps)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("year", year.ToString());
            json.WriteStartArray("documents");
            foreach (var g in graded)
            {
                json.WriteStartObject();
                json.WriteString("file", Path.GetFileName(g.File));
                json.WriteString("id", g.Id);
                json.WriteString("municipality", g.Municipality);
                json.WriteString("prefecture", g.Prefecture);
                json.WriteString("policy", g.Policy);
                WriteTally(json, "kpis", g.Kpis!);
                WriteTally(json, "goalIndicators", g.GoalIndicators!);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rollUps");
            foreach (var r in rollUps)
            {
                json.WriteStartObject();
                json.WriteString("policy", r.Policy);
                json.WriteString("scope", r.Prefecture is null ? "country" : "prefecture");
                if (r.Prefecture is not null)
                {
                    json.WriteString("prefecture", r.Prefecture);
                }

                json.WriteNumber("documents", r.Documents);
                WriteTally(json, "kpis", r.Kpis);
                WriteTally(json, "goalIndicators", r.GoalIndicators);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("invalid");
            foreach (var bad in invalid)
            {
                json.WriteStartObject();
                json.WriteString("file", Path.GetFileName(bad.File));
                json.WriteStartArray("errors");
                foreach (var e in bad.Errors!)
                {
                    json.WriteStartObject();
                    json.WriteString("code", e.Code);
                    json.WriteString("path", e.Path);
                    json.WriteString("message", e.Message.English);
                    json.WriteString("messageJa", e.Message.Japanese);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteTally(Utf8JsonWriter json, string name, Tally tally)
    {
        json.WriteStartObject(name);
        json.WriteNumber("total", tally.Total);
        json.WriteStartArray("grades");
        foreach (var row in tally.Rows)
        {
            json.WriteStartObject();
            json.WriteString("grade", row.Grade.Code);
            json.WriteString("label", row.Grade.Label.Japanese);
            json.WriteNumber("count", row.Count);
            json.WriteNumber("percent", row.Percent);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private sealed record Outcome(string File, IReadOnlyList<ValidationError>? Errors, string? Id, string? Municipality, string? Prefecture, string? Policy, Tally? Kpis, Tally? GoalIndicators)
    {
        internal static Outcome Invalid(string file, IReadOnlyList<ValidationError> errors) => new(file, errors, null, null, null, null, null, null);
    }

    private sealed record RollUp(string Policy, string? Prefecture, int Documents, Tally Kpis, Tally GoalIndicators);

    // Progress on standard error: a bar redrawn in place on a terminal, a plain line each tenth when redirected.
    private sealed class Progress
    {
        private readonly int total;
        private readonly TextWriter error;
        private readonly bool terminal;
        private readonly object gate = new();
        private int done;
        private int reported;

        internal Progress(int total, TextWriter error)
        {
            this.total = total;
            this.error = error;
            terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        }

        internal void Done()
        {
            var now = Interlocked.Increment(ref done);
            if (total < 20)
            {
                return;
            }

            lock (gate)
            {
                if (terminal)
                {
                    var width = 30;
                    var filled = now * width / total;
                    error.Write(string.Format(CultureInfo.InvariantCulture, "\r[{0}{1}] {2:N0}/{3:N0}", new string('#', filled), new string('.', width - filled), now, total));
                }
                else if (now * 10 / total > reported)
                {
                    reported = now * 10 / total;
                    error.WriteLine(string.Format(CultureInfo.InvariantCulture, "graded {0:N0} of {1:N0} documents ({2}%)", now, total, now * 100 / total));
                }
            }
        }

        internal void Finish()
        {
            if (terminal && total >= 20)
            {
                error.WriteLine();
            }
        }
    }
}
