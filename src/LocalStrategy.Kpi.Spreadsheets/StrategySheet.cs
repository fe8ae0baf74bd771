using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// A strategy as the wide KPI table cities print, one row per indicator: ID, 基本目標, 施策, 具体的な施策,
/// 指標名, 区分, 単位, 方向, 値の種類, 評価方法, 段階, 基準値, 基準年度, then 目標値 / 実績値 / 評価 under each
/// fiscal year, and 備考. The importer reads it back without a map. As an entry template, the empty
/// actual cells are marked for input and checked.
/// </summary>
internal sealed class StrategySheet
{
    internal const int HeaderRows = 3;

    private static readonly string[] Fixed = ["ID", "基本目標", "施策", "具体的な施策", "指標名", "区分", "単位", "方向", "値の種類", "評価方法", "段階", "基準値", "基準年度", "出典"];
    private static readonly double[] FixedWidths = [12, 24, 24, 24, 36, 9, 9, 7, 12, 10, 20, 11, 13, 16];

    private readonly Strategy strategy;
    private readonly FiscalYear[] years;
    private readonly bool template;

    internal StrategySheet(Strategy strategy, bool template)
    {
        this.strategy = strategy;
        this.template = template;
        var named = strategy.AllIndicators().SelectMany(p => p.Indicator.Targets.Select(t => t.Year).Concat(p.Indicator.Observations.Select(o => o.Year)));
        years = Enumerable.Range(strategy.PlanPeriod.First.Year, strategy.PlanPeriod.Last.Year - strategy.PlanPeriod.First.Year + 1).Select(y => new FiscalYear(y)).Concat(named).Distinct().OrderBy(y => y).ToArray();
    }

    internal int Width => Fixed.Length + (years.Length * 3) + 1;

    internal SheetSpec Spec(int indicatorCount)
    {
        var spec = new SheetSpec("KPI") { FrozenRows = HeaderRows, FrozenColumns = 5 };
        spec.Widths.AddRange(FixedWidths);
        foreach (var unused in years)
        {
            spec.Widths.AddRange([11, 13, 7]);
        }

        spec.Widths.Add(30);
        for (var c = 1; c <= Fixed.Length; c++)
        {
            spec.Merges.Add(Ref(c, 2) + ":" + Ref(c, 3));
        }

        for (var y = 0; y < years.Length; y++)
        {
            var first = Fixed.Length + (y * 3) + 1;
            spec.Merges.Add(Ref(first, 2) + ":" + Ref(first + 2, 2));
            if (template && indicatorCount > 0)
            {
                spec.ActualRanges.Add(Ref(first + 1, HeaderRows + 1) + ":" + Ref(first + 1, HeaderRows + indicatorCount));
            }
        }

        spec.Merges.Add(Ref(Width, 2) + ":" + Ref(Width, 3));
        spec.AutoFilter = "A3:" + Ref(Width, HeaderRows + Math.Max(1, indicatorCount));
        return spec;
    }

    private static string Ref(int column, int row) => SheetCell.ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    internal IEnumerable<IReadOnlyList<OutCell>> Rows()
    {
        var title = new OutCell[Width];
        title[0] = OutCell.Of(strategy.Municipality.Name + "　" + strategy.Title + (template ? "　実績入力シート" : "　KPI一覧"), XlsxStyles.Title);
        for (var i = 1; i < Width; i++)
        {
            title[i] = OutCell.Empty();
        }

        yield return title;
        var upper = new List<OutCell>(Width);
        var lower = new List<OutCell>(Width);
        foreach (var name in Fixed)
        {
            upper.Add(OutCell.Of(name, XlsxStyles.Header));
            lower.Add(OutCell.Empty(XlsxStyles.Header));
        }

        foreach (var year in years)
        {
            upper.Add(OutCell.Of(JapanesePeriods.Format(year), XlsxStyles.Header));
            upper.Add(OutCell.Empty(XlsxStyles.Header));
            upper.Add(OutCell.Empty(XlsxStyles.Header));
            lower.Add(OutCell.Of("目標値", XlsxStyles.Header));
            lower.Add(OutCell.Of("実績値", XlsxStyles.Header));
            lower.Add(OutCell.Of("評価", XlsxStyles.Header));
        }

        upper.Add(OutCell.Of("備考", XlsxStyles.Header));
        lower.Add(OutCell.Empty(XlsxStyles.Header));
        yield return upper;
        yield return lower;

        foreach (var goal in strategy.Goals)
        {
            // A goal's own indicators first, with an empty 施策: then no measure is carried down to them.
            foreach (var indicator in goal.Indicators)
            {
                yield return Row(goal, null, null, indicator);
            }

            foreach (var measure in goal.Measures)
            {
                foreach (var indicator in measure.Indicators)
                {
                    yield return Row(goal, measure, null, indicator);
                }

                foreach (var sub in Flatten(measure.SubMeasures))
                {
                    foreach (var indicator in sub.Indicators)
                    {
                        yield return Row(goal, measure, sub, indicator);
                    }
                }
            }
        }
    }

    private static IEnumerable<Measure> Flatten(IEnumerable<Measure> measures)
        => measures.SelectMany(m => new[] { m }.Concat(Flatten(m.SubMeasures)));

    private List<OutCell> Row(BasicGoal goal, Measure? measure, Measure? sub, Indicator indicator)
    {
        var milestone = indicator.Direction == Direction.Milestone;
        var row = new List<OutCell>(Width)
        {
            OutCell.Of(indicator.Id),
            OutCell.Of(goal.Title),
            OutCell.Of(measure?.Title),
            OutCell.Of(sub?.Title),
            OutCell.Of(indicator.Name),
            OutCell.Of(indicator.Kind switch { IndicatorKind.Kgi => "KGI", IndicatorKind.NumericGoal => "数値目標", _ => "KPI" }),
            OutCell.Of(indicator.Unit.Label),
            OutCell.Of(Directions.Write(indicator.Direction)),
            OutCell.Of(JsonName(indicator.ValueKind.ToString())),
            OutCell.Of(JsonName(indicator.Basis.ToString())),
            OutCell.Of(indicator.Stages.Count > 0 ? string.Join("→", indicator.Stages) : null),
            milestone ? OutCell.Of(indicator.Baseline?.Stage) : Number(indicator.Baseline?.Value),
            OutCell.Of(indicator.Baseline?.Period is { } period ? JapanesePeriods.Format(period) : null),
            OutCell.Of(indicator.Source),
        };
        foreach (var year in years)
        {
            var target = indicator.Targets.FirstOrDefault(t => t.Year == year);
            var observation = indicator.ObservationFor(year);
            row.Add(TargetCell(target, milestone));
            row.Add(ActualCell(observation, milestone));
            row.Add(OutCell.Of(observation?.PublishedGrade));
        }

        row.Add(OutCell.Of(indicator.Note));
        return row;
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static OutCell Number(decimal? value) => value is { } v ? OutCell.Value(v) : OutCell.Of((string?)null);

    private static OutCell TargetCell(Target? target, bool milestone)
    {
        if (target is null)
        {
            return OutCell.Of((string?)null);
        }

        if (milestone || target.Stage is not null)
        {
            return OutCell.Of(target.Stage);
        }

        return target.Comparison switch
        {
            TargetComparison.Between when target.Min is { } min && target.Max is { } max => OutCell.Of(min.ToString(CultureInfo.InvariantCulture) + "～" + max.ToString(CultureInfo.InvariantCulture)),
            TargetComparison.AtLeast when target.Value is { } v => OutCell.Of(v.ToString(CultureInfo.InvariantCulture) + "以上"),
            TargetComparison.AtMost when target.Value is { } v => OutCell.Of(v.ToString(CultureInfo.InvariantCulture) + "以下"),
            _ => Number(target.Value),
        };
    }

    private OutCell ActualCell(Observation? observation, bool milestone)
    {
        if (observation is null || (observation.Value is null && observation.Stage is null && observation.Status is ObservationStatus.Final or ObservationStatus.Preliminary))
        {
            return template ? OutCell.Empty(XlsxStyles.Input) : OutCell.Of((string?)null);
        }

        return observation.Status switch
        {
            ObservationStatus.NotPublished => OutCell.Of("未公表"),
            ObservationStatus.Suspended => OutCell.Of("休止"),
            ObservationStatus.Preliminary when milestone => OutCell.Of(observation.Stage + SheetImporter.PreliminaryMark),
            _ when milestone => OutCell.Of(observation.Stage),
            ObservationStatus.Preliminary => OutCell.Of(observation.Value!.Value.ToString(CultureInfo.InvariantCulture) + SheetImporter.PreliminaryMark),
            _ => Number(observation.Value),
        };
    }
}
