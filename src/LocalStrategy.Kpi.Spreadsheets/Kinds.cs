using System.Text;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>The words sheets use for a value's kind (値の種類) and for how an indicator is graded (評価方法), and the format's own names.</summary>
internal static class Kinds
{
    internal static ValueKind? ValueKindOf(string text)
        => Squeeze(text) switch
        {
            "単年度" or "単年" or "年間" or "annualFlow" => ValueKind.AnnualFlow,
            "累計" or "累積" or "cumulative" => ValueKind.Cumulative,
            "水準" or "現況" or "時点" or "level" => ValueKind.Level,
            "割合" or "率" or "percentage" => ValueKind.Percentage,
            "点数" or "スコア" or "score" => ValueKind.Score,
            "段階" or "milestoneStage" => ValueKind.MilestoneStage,
            _ => null,
        };

    internal static GradingBasis? BasisOf(string text)
        => Squeeze(text) switch
        {
            "目標値" or "目標" or "target" => GradingBasis.Target,
            "推移" or "傾向" or "前年比" or "trend" => GradingBasis.Trend,
            "個別" or "個別評価" or "所管課評価" or "manual" => GradingBasis.Manual,
            _ => null,
        };

    private static string Squeeze(string text) => HeaderLayout.Squeeze(text.Normalize(NormalizationForm.FormKC));
}
