namespace LocalStrategy.Kpi.Publishing;

/// <summary>The report's one stylesheet, inline: screen and A4 print, Japanese fonts first, no web font fetched.</summary>
internal static class HtmlStyle
{
    internal const string Css = """
        :root { color-scheme: light; }
        body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; color: #222; margin: 0 auto; max-width: 1120px; padding: 24px; line-height: 1.5; font-size: 14px; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 19px; border-bottom: 2px solid #1f5fa8; padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        .meta { color: #555; margin: 0 0 16px; }
        .warning { border: 1px solid #c0392b; background: #fdf2f0; padding: 8px 12px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 12px; }
        th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; }
        th { background: #eef2f7; text-align: left; font-weight: 600; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.grade { white-space: nowrap; font-weight: 600; }
        td.grade span.swatch { display: inline-block; width: 9px; height: 9px; margin-right: 4px; border-radius: 2px; }
        .status { color: #a04000; font-size: 11px; }
        .rule { font-size: 11px; color: #555; }
        .disagrees { color: #c0392b; font-weight: 600; }
        .tallies td, .tallies th { font-size: 13px; }
        .trends { display: grid; grid-template-columns: repeat(auto-fill, minmax(270px, 1fr)); gap: 8px 14px; }
        figure { margin: 0; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-size: 11px; color: #333; }
        .legend { font-size: 11px; color: #444; }
        .legend span { margin-right: 12px; }
        svg text { font-family: inherit; }
        footer { margin-top: 32px; color: #777; font-size: 11px; }
        @page { size: A4; margin: 14mm 12mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          section.goal, section.population, section.notes { break-before: page; page-break-before: always; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          h2, h3 { break-after: avoid; page-break-after: avoid; }
          table { font-size: 8pt; }
        }
        """;
}
