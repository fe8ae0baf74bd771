using System.Text;
using System.Text.RegularExpressions;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// The header of a KPI table, found among the sheet's top rows: one row, or two (年度 above
/// 目標/実績), with the role and fiscal year of each column read from the usual Japanese names.
/// </summary>
internal sealed class HeaderLayout
{
    private const int RowsSearched = 30;

    // A fiscal year inside a header: 令和2年度, R2, H30年度, 2020年度, FY2020, (R6).
    private static readonly Regex YearToken = new(
        @"(?:FY(?<g>(?:19|20|21)[0-9]{2}))|(?<era>令和|平成|昭和|R|H|S)(?<y>元|[0-9]{1,2})(?:年度)?|(?<g2>(?:19|20|21)[0-9]{2})(?:年度)?",
        RegexOptions.CultureInvariant);

    private HeaderLayout(int lastRow, Column[] columns, string? title)
    {
        LastRow = lastRow;
        Columns = columns;
        Title = title;
    }

    /// <summary>Gets the header's last row: data starts below it.</summary>
    internal int LastRow { get; }

    internal Column[] Columns { get; }

    /// <summary>Gets the text of a title row above the header, if there is one.</summary>
    internal string? Title { get; }

    internal Column? Find(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role && c.Year is null);

    /// <summary>Finds the header among the first rows; the rows it read are returned so that none is read twice.</summary>
    internal static HeaderLayout? Find(IEnumerator<SheetRow> rows, List<SheetRow> consumed, ColumnMap map, int? headerRow)
    {
        var searched = headerRow is { } fixedRow ? Math.Max(fixedRow + 1, 2) : RowsSearched;
        while (consumed.Count < searched && rows.MoveNext())
        {
            consumed.Add(rows.Current);
        }

        for (var i = 0; i < consumed.Count; i++)
        {
            var upper = consumed[i];
            if (headerRow is { } wanted)
            {
                if (upper.Number != wanted)
                {
                    continue;
                }
            }
            else
            {
                var roles = upper.Cells.Where(c => !c.IsBlank).Select(c => map.Classify(c.Text, c.Column).Role).ToList();
                if (!roles.Contains(ColumnRole.Name) || roles.Count(r => r != ColumnRole.Unknown) < 3)
                {
                    continue;
                }
            }

            var title = consumed.Take(i).SelectMany(r => r.Cells).Where(c => !c.IsBlank).Select(c => c.Text.Trim()).FirstOrDefault();
            var lower = i + 1 < consumed.Count ? consumed[i + 1] : null;
            var twoRows = lower is not null && IsSubHeader(upper, lower, map);
            var columns = new List<Column>();
            var width = Math.Max(upper.Cells.Count == 0 ? 0 : upper.Cells.Max(c => c.Column), twoRows ? lower!.Cells.Max(c => c.Column) : 0);
            var carried = string.Empty;
            for (var column = 1; column <= width; column++)
            {
                var top = upper[column].Text.Trim();
                var bottom = twoRows ? lower![column].Text.Trim() : string.Empty;
                if (top.Length > 0)
                {
                    carried = top;
                }
                else if (bottom.Length > 0)
                {
                    // A header cell merged across the columns below it (令和2年度 over 目標 | 実績).
                    top = carried;
                }

                var text = (top + " " + bottom).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var (role, year) = map.Classify(text, column);
                if (year is not null && role == ColumnRole.Unknown)
                {
                    role = ColumnRole.Actual;
                }

                columns.Add(new Column(column, text, role, year));
            }

            // 具体的な施策 alone is the measure column; with 施策 it is the one below it.
            if (!columns.Any(c => c.Role == ColumnRole.Measure))
            {
                foreach (var c in columns.Where(c => c.Role == ColumnRole.SubMeasure))
                {
                    c.Role = ColumnRole.Measure;
                }
            }

            return new HeaderLayout(twoRows ? lower!.Number : upper.Number, columns.ToArray(), title);
        }

        return null;
    }

    // The row under a header is a second header row when it labels value columns (目標, 実績, 評価)
    // and holds no indicator name.
    private static bool IsSubHeader(SheetRow upper, SheetRow lower, ColumnMap map)
    {
        var nameColumn = upper.Cells.FirstOrDefault(c => map.Classify(c.Text, c.Column).Role == ColumnRole.Name).Column;
        if (!lower[nameColumn].IsBlank)
        {
            return false;
        }

        return lower.Cells.Any(c => !c.IsBlank && !c.IsNumber && map.Classify(c.Text, c.Column).Role is ColumnRole.Target or ColumnRole.Actual or ColumnRole.Grade);
    }

    /// <summary>The role and fiscal year a header names.</summary>
    internal static (ColumnRole Role, FiscalYear? Year) Classify(string header)
    {
        string h;
        try
        {
            h = Squeeze(header.Normalize(NormalizationForm.FormKC));
        }
        catch (ArgumentException)
        {
            return (ColumnRole.Unknown, null);
        }

        FiscalYear? year = null;
        if (!h.Contains("基準年") && !h.Contains("目標年度"))
        {
            var match = YearToken.Match(h);
            if (match.Success && TryYear(match, out var found))
            {
                year = found;
                h = h.Remove(match.Index, match.Length).Replace("()", string.Empty).Replace("[]", string.Empty);
            }
        }

        return (RoleOf(h), year);
    }

    private static bool TryYear(Match match, out FiscalYear year)
    {
        var text = match.Groups["g"].Success ? match.Groups["g"].Value
            : match.Groups["g2"].Success ? match.Groups["g2"].Value
            : match.Groups["era"].Value + match.Groups["y"].Value + "年度";
        return JapanesePeriods.TryParseFiscalYear(text, out year, out _);
    }

    private static ColumnRole RoleOf(string h)
    {
        if (h.Length == 0)
        {
            return ColumnRole.Unknown;
        }

        if (h is "ID" || h.EndsWith("ID", StringComparison.Ordinal) || h.Contains("指標コード"))
        {
            return ColumnRole.Id;
        }

        if (h.Contains("基本目標"))
        {
            return ColumnRole.Goal;
        }

        if (h.Contains("具体的な施策") || h.Contains("具体的施策"))
        {
            return ColumnRole.SubMeasure;
        }

        if (h.Contains("施策"))
        {
            return ColumnRole.Measure;
        }

        if (h.Contains("区分") || h.Contains("種別"))
        {
            return ColumnRole.Kind;
        }

        if (h.Contains("指標名") || h.Contains("重要業績評価指標") || h.Contains("成果指標") || h is "KPI" or "指標" or "数値目標" or "KPI名")
        {
            return ColumnRole.Name;
        }

        if (h.Contains("単位"))
        {
            return ColumnRole.Unit;
        }

        if (h.Contains("方向"))
        {
            return ColumnRole.Direction;
        }

        if (h.Contains("値の種類"))
        {
            return ColumnRole.ValueKind;
        }

        if (h.Contains("評価方法") || h.Contains("評価の基準"))
        {
            return ColumnRole.Basis;
        }

        if (h.Contains("段階"))
        {
            return ColumnRole.Stages;
        }

        if (h.Contains("基準年") || h is "策定年度")
        {
            return ColumnRole.BaselineYear;
        }

        if (h.Contains("基準値") || h.Contains("現状値") || h.Contains("策定時"))
        {
            return ColumnRole.Baseline;
        }

        if (h.Contains("目標年"))
        {
            return ColumnRole.TargetYear;
        }

        if (h.Contains("達成率") || h.Contains("達成度") || h.Contains("進捗率"))
        {
            return ColumnRole.Computed;
        }

        if (h.Contains("目標"))
        {
            return ColumnRole.Target;
        }

        if (h.Contains("実績"))
        {
            return ColumnRole.Actual;
        }

        if (h.Contains("評価"))
        {
            return ColumnRole.Grade;
        }

        if (h is "年度" or "対象年度" or "実績年度")
        {
            return ColumnRole.Year;
        }

        if (h.Contains("備考") || h.Contains("注記"))
        {
            return ColumnRole.Note;
        }

        if (h.Contains("出典") || h.Contains("出所") || h.Contains("資料"))
        {
            return ColumnRole.Source;
        }

        return ColumnRole.Unknown;
    }

    internal static string Squeeze(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>One column of the header.</summary>
    internal sealed class Column
    {
        internal Column(int index, string header, ColumnRole role, FiscalYear? year)
        {
            Index = index;
            Header = header;
            Role = role;
            Year = year;
        }

        internal int Index { get; }

        internal string Header { get; }

        internal ColumnRole Role { get; set; }

        internal FiscalYear? Year { get; }

    }
}
