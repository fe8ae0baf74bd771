using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using static LocalStrategy.Kpi.Tests.Spreadsheets.SheetEditing;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// A sample written as a planning section's own workbook would be, cell by cell with the Open XML SDK's
/// DOM and not through the library's writer: a cover sheet first; two title lines; a header over two
/// rows with each year merged across 目標/実績/評価; Japanese words for direction, kind of value and
/// way of grading; a basic goal merged down its rows and a measure written once; a blank row between
/// goals; numbers as full-width text, with thousands commas, △ for minus, or as numbers with a
/// percentage format; 未公表, 休止 and (速報値); notes under the table.
/// </summary>
internal static class HandMadeSampleSheets
{
    internal const string SheetName = "KPI進捗";

    private static readonly string[] Fixed = ["指標ID", "基本目標", "施策", "具体的な施策", "区分", "成果指標（KPI）", "単位", "増減の\n方向", "値の種類", "評価方法", "段階", "基準値", "基準年度"];

    internal static byte[] Write(Strategy strategy)
    {
        var cells = new Dictionary<string, Value>(StringComparer.Ordinal);
        var merges = new List<string>();
        var years = Enumerable.Range(strategy.PlanPeriod.First.Year, strategy.PlanPeriod.Last.Year - strategy.PlanPeriod.First.Year + 1).Select(y => new FiscalYear(y)).ToArray();
        cells["A1"] = new(Text: strategy.Municipality.Name + " " + strategy.Title);
        cells["A2"] = new(Text: "（単位：各指標のとおり。評価は所管課による。）");
        for (var c = 0; c < Fixed.Length; c++)
        {
            cells[Ref(c + 1, 4)] = new(Text: Fixed[c]);
            merges.Add(Ref(c + 1, 4) + ":" + Ref(c + 1, 5));
        }

        for (var y = 0; y < years.Length; y++)
        {
            var first = Fixed.Length + (y * 3) + 1;
            cells[Ref(first, 4)] = new(Text: JapanesePeriods.Format(years[y]));
            merges.Add(Ref(first, 4) + ":" + Ref(first + 2, 4));
            cells[Ref(first, 5)] = new(Text: "目標");
            cells[Ref(first + 1, 5)] = new(Text: "実績");
            cells[Ref(first + 2, 5)] = new(Text: "評価");
        }

        var row = 6;
        var n = 0;
        foreach (var goal in strategy.Goals)
        {
            var goalFirstRow = row;
            var placements = goal.Indicators.Select(i => ((Measure?)null, (Measure?)null, i))
                .Concat(goal.Measures.SelectMany(m => m.Indicators.Select(i => ((Measure?)m, (Measure?)null, i))
                    .Concat(m.SubMeasures.SelectMany(s => s.Indicators.Select(i => ((Measure?)m, (Measure?)s, i))))))
                .ToList();
            Measure? lastMeasure = null;
            foreach (var (measure, sub, indicator) in placements)
            {
                if (row == goalFirstRow)
                {
                    cells[Ref(2, row)] = new(Text: goal.Title);
                }

                // A measure written once for its rows; a goal's own indicators come first, with none.
                if (measure is not null && !ReferenceEquals(measure, lastMeasure))
                {
                    cells[Ref(3, row)] = new(Text: measure.Title);
                    lastMeasure = measure;
                }

                if (sub is not null)
                {
                    cells[Ref(4, row)] = new(Text: sub.Title);
                }

                WriteIndicator(cells, row, indicator, years, n++);
                row++;
            }

            if (row - 1 > goalFirstRow)
            {
                merges.Add(Ref(2, goalFirstRow) + ":" + Ref(2, row - 1));
            }

            row++; // a blank row between goals
        }

        cells[Ref(1, row + 1)] = new(Text: "※ 評価欄は所管課による評価（A：目標達成 B：概ね順調 C：努力を要する）。");
        cells[Ref(1, row + 2)] = new(Text: "出典：各所管課調べ");
        return Workbook(SheetName, cells, merges, secondSheet: "表紙");
    }

    private static void WriteIndicator(Dictionary<string, Value> cells, int row, Indicator indicator, FiscalYear[] years, int n)
    {
        var percent = indicator.Unit.Label == "%";
        cells[Ref(1, row)] = new(Text: indicator.Id);
        cells[Ref(5, row)] = new(Text: indicator.Kind switch { IndicatorKind.Kgi => "KGI", IndicatorKind.NumericGoal => "数値目標", _ => "KPI" });
        cells[Ref(6, row)] = new(Text: indicator.Name);
        if (indicator.Unit.Label.Length > 0)
        {
            cells[Ref(7, row)] = new(Text: indicator.Unit.Label);
        }

        cells[Ref(8, row)] = new(Text: indicator.Direction switch
        {
            Direction.HigherIsBetter => n % 2 == 0 ? "増加" : "↑",
            Direction.LowerIsBetter => n % 2 == 0 ? "減少" : "↓",
            Direction.Maintain => "維持",
            Direction.WithinRange => "範囲",
            _ => "段階",
        });
        cells[Ref(9, row)] = new(Text: indicator.ValueKind switch
        {
            ValueKind.AnnualFlow => "単年度",
            ValueKind.Cumulative => "累計",
            ValueKind.Percentage => "割合",
            ValueKind.Score => "点数",
            ValueKind.MilestoneStage => "段階",
            _ => "水準",
        });
        cells[Ref(10, row)] = new(Text: indicator.Basis switch { GradingBasis.Target => "目標値", GradingBasis.Trend => "推移", _ => "個別" });
        if (indicator.Stages.Count > 0)
        {
            cells[Ref(11, row)] = new(Text: string.Join("→", indicator.Stages));
        }

        if (indicator.Baseline is { } baseline)
        {
            if (baseline.Stage is not null)
            {
                cells[Ref(12, row)] = new(Text: baseline.Stage);
            }
            else if (baseline.Value is { } value)
            {
                cells[Ref(12, row)] = Number(value, percent, n);
            }

            if (baseline.Period is { } period)
            {
                cells[Ref(13, row)] = new(Text: period.Kind == PeriodKind.FiscalYear ? JapanesePeriods.FormatShort(FiscalYear.Containing(period.Start)) : JapanesePeriods.Format(period));
            }
        }

        for (var y = 0; y < years.Length; y++)
        {
            var column = Fixed.Length + (y * 3) + 1;
            if (indicator.Targets.FirstOrDefault(t => t.Year == years[y]) is { } target)
            {
                cells[Ref(column, row)] = target switch
                {
                    { Stage: { } stage } => new(Text: stage),
                    { Comparison: TargetComparison.AtLeast, Value: { } v } => new(Text: Text(v, n) + "以上"),
                    { Comparison: TargetComparison.AtMost, Value: { } v } => new(Text: Text(v, n) + "以下"),
                    { Comparison: TargetComparison.Between, Min: { } min, Max: { } max } => new(Text: Text(min, n) + "～" + Text(max, n)),
                    { Value: { } v } => Number(v, percent, n),
                    _ => new(Text: "―"),
                };
            }

            if (indicator.ObservationFor(years[y]) is { } observation)
            {
                var actual = observation switch
                {
                    { Status: ObservationStatus.NotPublished } => new Value(Text: "未公表"),
                    { Status: ObservationStatus.Suspended } => new Value(Text: "休止"),
                    { Stage: { } stage, Status: ObservationStatus.Preliminary } => new Value(Text: stage + "（速報値）"),
                    { Stage: { } stage } => new Value(Text: stage),
                    { Value: { } v, Status: ObservationStatus.Preliminary } => new Value(Text: Text(v, n) + "(速報値)"),
                    { Value: { } v } => Number(v, percent, n),
                    _ => null,
                };
                if (actual is not null)
                {
                    cells[Ref(column + 1, row)] = actual;
                }

                if (observation.PublishedGrade is { } grade && actual is not null)
                {
                    cells[Ref(column + 2, row)] = new(Text: grade);
                }
            }
        }
    }

    // Numbers as people keep them: a percentage as a number with a percentage format; others by turns
    // as a number, as full-width text with thousands commas, or as text with △ for minus.
    private static Value Number(decimal value, bool percent, int n)
    {
        if (percent)
        {
            return new(Number: (value / 100m).ToString(CultureInfo.InvariantCulture), Percent: true);
        }

        return (n % 3) switch
        {
            0 => new(Number: value.ToString(CultureInfo.InvariantCulture)),
            1 => new(Text: FullWidth(Text(value, n))),
            _ => new(Text: Text(value, n), Shared: false),
        };
    }

    private static string Text(decimal value, int n)
    {
        var magnitude = Math.Abs(value);
        var text = magnitude == decimal.Truncate(magnitude) && magnitude >= 1000m
            ? magnitude.ToString("#,0", CultureInfo.InvariantCulture)
            : magnitude.ToString(CultureInfo.InvariantCulture);
        return value < 0m ? (n % 2 == 0 ? "△" : "▲") + text : text;
    }

    private static string Ref(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
}
