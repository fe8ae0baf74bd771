using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;

namespace LocalStrategy.Kpi.Publishing;

/// <summary>The report's own words in the chosen language, and numbers and periods written culture-invariantly.</summary>
internal sealed class ReportText
{
    internal ReportText(ReportLanguage language) => Language = language;

    internal ReportLanguage Language { get; }

    internal bool Japanese => Language != ReportLanguage.English;

    internal string LanguageTag => Japanese ? "ja" : "en";

    internal string T(string japanese, string english) => Japanese ? japanese : english;

    internal string Of(LocalizedText text) => Japanese ? text.Japanese : text.English;

    /// <summary>A number as the source wrote it: its decimal places kept (50.0 stays 50.0), with thousands separators.</summary>
    internal static string Number(decimal value)
        => value.ToString("N" + ((decimal.GetBits(value)[3] >> 16) & 0xFF).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    internal static string? Number(decimal? value) => value is { } v ? Number(v) : null;

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal string Year(FiscalYear year) => Japanese ? JapanesePeriods.Format(year) : year.ToString();

    internal string Period(ReportingPeriod period) => Japanese ? JapanesePeriods.Format(period) : period.ToString();

    internal string PlanPeriod(FiscalYearRange range) => Year(range.First) + T("〜", " to ") + Year(range.Last);

    internal string Status(ObservationStatus status) => status switch
    {
        ObservationStatus.Preliminary => T("速報値", "preliminary"),
        ObservationStatus.NotPublished => T("未公表", "not published"),
        ObservationStatus.Suspended => T("休止", "suspended"),
        _ => string.Empty,
    };

    internal string Agreement(Agreement agreement) => agreement switch
    {
        Reporting.Agreement.Agrees => T("一致", "agrees"),
        Reporting.Agreement.Disagrees => T("不一致", "disagrees"),
        Reporting.Agreement.NotRecomputable => T("公表評価を採用", "published kept"),
        _ => string.Empty,
    };

    internal string Kind(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Kgi => "KGI",
        IndicatorKind.Kpi => "KPI",
        _ => T("数値目標", "numeric goal"),
    };

    /// <summary>A tally as a line: <c>A 10 (42%)、B 8 (33%) … 計 24</c>.</summary>
    internal string TallyLine(Tally tally)
        => tally.Total == 0
            ? T("なし", "none")
            : string.Join(T("、", ", "), tally.Rows.Select(r => Of(r.Grade.Label) + " " + Count(r.Count) + " (" + r.Percent.ToString(CultureInfo.InvariantCulture) + "%)"))
              + T("　計 ", "; total ") + Count(tally.Total);
}
