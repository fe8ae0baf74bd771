using System.Globalization;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Validation;
using NodaTime;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests;

/// <summary>Writing, period texts and validation messages do not depend on the current culture.</summary>
public sealed class CultureInvarianceTests
{
    private static readonly string[] PeriodTexts =
    [
        "令和2年度", "R2", "r2", "R元", "平成27年度", "H30", "h30", "2020年度", "(2018)", "（2018）", "令和６年10月1日現在", "Ｒ２",
        "平成31年4月30日", "令和元年5月1日", "平成31年5月1日", "令和元年4月30日", "FY2020", "2024-10", "2024-10-01", "Ｉ", "ı2", "İ",
    ];

    public static TheoryData<string> Cultures() => new() { "ja-JP", "en-US", "de-DE", "tr-TR" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Writing_the_sample_gives_the_same_text_in_every_culture(string culture)
    {
        var sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        var expected = CultureScope.In(CultureInfo.InvariantCulture, () => StrategyJson.Write(sample));

        var actual = CultureScope.In(CultureInfo.GetCultureInfo(culture), () => StrategyJson.Write(StrategyJson.Read(SampleDocuments.ReadJson(SampleDocuments.AzuminoFy2020)).GetValueOrThrow()));

        Assert.Equal(expected, actual);
        Assert.Contains("\"value\": 20.6", actual, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Japanese_periods_are_read_and_written_the_same_in_every_culture(string culture)
    {
        var expected = CultureScope.In(CultureInfo.InvariantCulture, DescribePeriods);

        var actual = CultureScope.In(CultureInfo.GetCultureInfo(culture), DescribePeriods);

        Assert.Equal(expected, actual);
        Assert.Contains("r2 -> FY2020 -> 令和2年度", actual);
        Assert.Contains("h30 -> FY2018 -> 平成30年度", actual);
        Assert.Contains("2024-10-01 -> 2024-10-01 -> 令和6年10月1日", actual);
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Validation_messages_are_the_same_in_every_culture(string culture)
    {
        var json = With(d =>
        {
            Percent(d)["baseline"]!["value"] = 100.5m;
            FirstKpi(d)["unit"]!["scale"] = -0.25m;
            FirstKpi(d)["targets"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["year"] = "FY2021", ["comparison"] = "between", ["min"] = 1.5m, ["max"] = 0.5m },
                new System.Text.Json.Nodes.JsonObject { ["year"] = "FY2030", ["value"] = 1234567.89m });
            FirstKpi(d)["direction"] = "ınc";
            d["generation"] = 0;
        });
        string Describe() => string.Join("\n", DocumentErrors.All(json));
        var expected = CultureScope.In(CultureInfo.InvariantCulture, Describe);

        var actual = CultureScope.In(CultureInfo.GetCultureInfo(culture), Describe);

        Assert.Equal(expected, actual);
        Assert.Contains("found 100.5.", actual, StringComparison.Ordinal);
        Assert.Contains("found -0.25.", actual, StringComparison.Ordinal);
        Assert.Contains("has min 1.5 above max 0.5.", actual, StringComparison.Ordinal);
        Assert.Contains("The target for FY2030 lies outside the plan period FY2020-FY2024.", actual, StringComparison.Ordinal);
        Assert.Contains("令和12年度の目標は計画期間（令和2年度〜令和6年度）の外にあります。", actual, StringComparison.Ordinal);
    }

    [Fact]
    public void The_culture_is_restored_after_each_check()
    {
        var before = CultureInfo.CurrentCulture;

        CultureScope.In(CultureInfo.GetCultureInfo("tr-TR"), () => CultureInfo.CurrentCulture.Name);

        Assert.Equal(before, CultureInfo.CurrentCulture);
    }

    private static string DescribePeriods()
    {
        var lines = new List<string>();
        foreach (var text in PeriodTexts)
        {
            lines.Add(JapanesePeriods.TryParse(text, out var period, out var error)
                ? $"{text} -> {period} -> {JapanesePeriods.Format(period)}"
                : $"{text} -> {error}");
        }

        for (var year = 1988; year <= 2031; year++)
        {
            var fy = new FiscalYear(year);
            lines.Add($"{fy} {JapanesePeriods.Format(fy)} {JapanesePeriods.FormatShort(fy)} {JapanesePeriods.ParseFiscalYear(JapanesePeriods.FormatShort(fy))}");
        }

        lines.Add(JapanesePeriods.Format(ReportingPeriod.OfDate(new LocalDate(2019, 4, 30))));
        return string.Join("\n", lines);
    }
}
