using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LocalStrategy.Kpi.Cli;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;

namespace LocalStrategy.Kpi.Benchmarks;

/// <summary>
/// The whole country as a folder of documents, one per municipality (1,741 by default, as many as
/// Japan has; 5 goals × 4 measures × 5 KPIs with ten years each, in 47 prefectures): <c>kpi grade
/// &lt;folder&gt;</c> (read, grade and roll up per prefecture and for the country, on every core) against
/// the loop a developer would write with the library, one document at a time. The JSON roll-up goes
/// nowhere.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FolderBenchmarks
{
    private static readonly string[] Prefectures = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"];

    private string folder = string.Empty;

    /// <summary>Gets or sets the number of municipality documents.</summary>
    [Params(1_741)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "kpi-folder-benchmark-" + Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var random = new Random(1741);
        for (var i = 0; i < Documents; i++)
        {
            var strategy = Generated.Strategy(random, i, 5, 4, 5, 10);
            strategy = strategy with
            {
                Municipality = strategy.Municipality with { Prefecture = Prefectures[i % Prefectures.Length] },
                GradingPolicy = "azumino",
            };
            File.WriteAllText(Path.Combine(folder, "city-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".json"), StrategyJson.Write(strategy));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>The baseline: each document read, graded and added to its prefecture's tally in turn, on one core.</summary>
    /// <returns>The country's KPI count.</returns>
    [Benchmark(Baseline = true)]
    public int OneDocumentAtATime()
    {
        var registry = new PolicyRegistry();
        var grader = new StrategyGrader(registry);
        var byPrefecture = new Dictionary<string, List<Tally>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var strategy = StrategyJson.ReadFile(file).GetValueOrThrow();
            var report = grader.Grade(strategy, new FiscalYear(2020));
            var prefecture = strategy.Municipality.Prefecture!;
            if (!byPrefecture.TryGetValue(prefecture, out var tallies))
            {
                byPrefecture[prefecture] = tallies = new List<Tally>();
            }

            tallies.Add(report.Kpis);
        }

        var scale = registry.Get("azumino").Scale;
        var prefectures = byPrefecture.Values.Select(t => Tally.Sum(t, scale)).ToList();
        return Tally.Sum(prefectures, scale).Total;
    }

    /// <summary><c>kpi grade &lt;folder&gt; --year FY2020 --format json</c>, in process.</summary>
    /// <returns>The command's exit code (0).</returns>
    [Benchmark]
    public int KpiGradeFolder()
        => FolderGrading.Run(new GradeRequest(null, "FY2020", null, "json", 0, null, []), folder, TextWriter.Null, TextWriter.Null);
}
