using System.Text;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>The words sheets use for an indicator's direction (方向, 増減の方向).</summary>
internal static class Directions
{
    internal static Direction? Read(string text)
    {
        var s = HeaderLayout.Squeeze(text.Normalize(NormalizationForm.FormKC));
        return s switch
        {
            "増加" or "増" or "上昇" or "向上" or "拡大" or "↑" or "⇧" or "↗" or "高" or "higherIsBetter" => Direction.HigherIsBetter,
            "減少" or "減" or "低下" or "縮小" or "削減" or "抑制" or "↓" or "⇩" or "↘" or "低" or "lowerIsBetter" => Direction.LowerIsBetter,
            "維持" or "→" or "横ばい" or "maintain" => Direction.Maintain,
            "範囲" or "withinRange" => Direction.WithinRange,
            "段階" or "milestone" => Direction.Milestone,
            _ => null,
        };
    }

    /// <summary>The word a sheet written by this library uses.</summary>
    internal static string Write(Direction direction) => direction switch
    {
        Direction.HigherIsBetter => "増加",
        Direction.LowerIsBetter => "減少",
        Direction.Maintain => "維持",
        Direction.WithinRange => "範囲",
        _ => "段階",
    };
}
