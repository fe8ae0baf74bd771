using System.Globalization;
using System.Text;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Spreadsheets;

// This file is long: one pass over a sheet's rows with the cell reading it needs, and splitting it
// would scatter the row state (the current goal and measure) over several classes.
// Reads a KPI table into a strategy: finds the header, reads each indicator row (wide: one row per
// indicator with value columns per year; long: one row per indicator and year), carries goal and
// measure cells down where they are written once, skips blank, note and title rows, and collects
// every unreadable cell before giving up, so that nothing is half-imported.
internal sealed class SheetImporter
{
    private readonly string sheet;
    private readonly SpreadsheetImportOptions options;
    private readonly List<ValidationError> errors = [];
    private readonly List<ValidationError> warnings = [];
    private readonly List<GoalBuilder> goals = [];
    private readonly Dictionary<string, IndicatorBuilder> byKey = new(StringComparer.Ordinal);
    private HeaderLayout layout = null!;

    // Grading as the sheet is read (Grade): the writer each finished indicator goes to, the indicator
    // being read and its place, where each indicator's first row was, and how many problems were passed on.
    private StreamingGradeWriter? grading;
    private readonly RowOrder order = new();
    private readonly Dictionary<string, int> firstRows = new(StringComparer.Ordinal);
    private RowOrder.Place? place;
    private string? refused;
    private int reported;

    private SheetImporter(string sheet, SpreadsheetImportOptions options)
    {
        this.sheet = sheet;
        this.options = options;
    }

    internal static DocumentReadResult<Strategy> Import(string sheetName, IEnumerable<SheetRow> rows, string documentName, SpreadsheetImportOptions options)
    {
        var importer = new SheetImporter(sheetName, options);
        return importer.Run(rows, documentName);
    }

    /// <summary>
    /// Grades a sheet's indicators as its rows are read, each written as soon as its last row is read:
    /// the rows must be in the document's order (<see cref="RowOrder"/>), and the settings a sheet does
    /// not hold (municipality, plan period) must be given, the plan period included.
    /// </summary>
    internal static StreamingGradeResult Grade(string sheetName, IEnumerable<SheetRow> rows, string documentName, SpreadsheetImportOptions options, Stream output, StreamingGradeOptions gradeOptions)
    {
        var importer = new SheetImporter(sheetName, options);
        return importer.RunGrading(rows, documentName, output, gradeOptions);
    }

    private StreamingGradeResult RunGrading(IEnumerable<SheetRow> rows, string documentName, Stream output, StreamingGradeOptions gradeOptions)
    {
        using var enumerator = rows.GetEnumerator();
        var consumed = new List<SheetRow>();
        if (Begin(enumerator, consumed) is { } failure)
        {
            return StreamingGradeResult.Failure(failure);
        }

        var missing = MissingSettings(options.PlanPeriod, streaming: true);
        if (missing.Count > 0)
        {
            return StreamingGradeResult.Failure(missing);
        }

        var outline = new Strategy(options.StrategyId ?? Slug(documentName), new Municipality(options.Municipality!), (options.Title ?? layout.Title)!, options.PlanPeriod!.Value)
        {
            GradingPolicy = options.Policy,
        };
        using var writer = new StreamingGradeWriter(outline, output, gradeOptions);
        grading = writer;
        foreach (var row in consumed.Where(r => r.Number > layout.LastRow))
        {
            ReadRow(row);
            PassOnProblems();
        }

        while (enumerator.MoveNext())
        {
            ReadRow(enumerator.Current);
            PassOnProblems();
        }

        Finish();
        PassOnProblems();
        return writer.Complete();
    }

    private void PassOnProblems()
    {
        for (; reported < errors.Count; reported++)
        {
            grading!.Report(errors[reported]);
        }
    }

    // The indicator being read is complete: built, given its ID when the sheet has none, checked, graded and written.
    private void Finish()
    {
        if (current is { } builder && place is { } at && byKey.Count > 0 && builder.ToIndicator(errors, warnings) is { } indicator)
        {
            PassOnProblems();
            grading!.Add(new IndicatorPlacement(at.Goal, at.Measure, indicator.Id.Length > 0 ? indicator : indicator with { Id = at.Id }), builder.NameReference);
        }

        // Warnings are not reported when grading as read (import shows them): none are kept either.
        warnings.Clear();
        byKey.Clear();
        place = null;
    }

    // A new indicator starts at this row (grading as read): the one before is finished; false when the
    // row cannot be taken (the indicator was listed before, or its goal or measure is out of order).
    private bool Starting(string key, SheetRow row, string goalTitle, SheetCell name)
    {
        Finish();
        if (key == refused)
        {
            // The next row of an indicator refused at its first row: named once, there.
            return false;
        }

        refused = key;
        var number = row.Number.ToString(CultureInfo.InvariantCulture);
        if (firstRows.TryGetValue(key, out var first))
        {
            var firstRow = first.ToString(CultureInfo.InvariantCulture);
            errors.Add(layout.Find(ColumnRole.Year) is null
                ? Problem(SheetProblemCodes.UnknownIndicator, Ref(name), name.Text, "The indicator '" + name.Text.Trim() + "' is listed twice (rows " + firstRow + " and " + number + ").", "指標「" + name.Text.Trim() + "」が2回あります。")
                : Problem(SheetProblemCodes.RowsOutOfOrder, Ref(name), name.Text, "The rows of '" + name.Text.Trim() + "' are not together (rows " + firstRow + " and " + number + "): to grade a sheet as it is read, each indicator's rows must follow one another. Sort the sheet, or import it (kpi import) and grade the document.", "指標「" + name.Text.Trim() + "」の行が離れています（" + firstRow + " 行目と " + number + " 行目）。読みながら評価するには各指標の行を続けてください。並べ替えるか、取り込んで（kpi import）から評価してください。"));
            return false;
        }

        place = order.Next(goalTitle, currentMeasure, currentSubMeasure, out var outOfOrder);
        if (place is null)
        {
            errors.Add(Problem(SheetProblemCodes.RowsOutOfOrder, Ref(name), name.Text, "Row " + number + " belongs to '" + outOfOrder + "', whose rows came before: to grade a sheet as it is read, each basic goal's rows must be together, its own indicators first, then each measure's rows together, its own before its sub-measures'. Sort the sheet, or import it (kpi import) and grade the document.", number + " 行目の「" + outOfOrder + "」は前の行に出てきています。読みながら評価するには、基本目標ごと・施策ごとに行をまとめてください（基本目標の指標、施策の指標、その下の施策の指標の順）。並べ替えるか、取り込んで（kpi import）から評価してください。"));
            return false;
        }

        firstRows.Add(key, row.Number);
        refused = null;
        return true;
    }

    private DocumentReadResult<Strategy> Run(IEnumerable<SheetRow> rows, string documentName)
    {
        using var enumerator = rows.GetEnumerator();
        var consumed = new List<SheetRow>();
        if (Begin(enumerator, consumed) is { } failure)
        {
            return DocumentReadResult<Strategy>.Failure(failure, documentName);
        }

        foreach (var row in consumed.Where(r => r.Number > layout.LastRow))
        {
            ReadRow(row);
        }

        while (enumerator.MoveNext())
        {
            ReadRow(enumerator.Current);
        }

        if (errors.Count > 0)
        {
            return DocumentReadResult<Strategy>.Failure(errors, documentName);
        }

        return options.Into is { } into ? Fill(into, documentName) : Build(documentName);
    }

    // Finds the header row and its columns; the problem when there is none.
    private ValidationError[]? Begin(IEnumerator<SheetRow> enumerator, List<SheetRow> consumed)
    {
        var found = HeaderLayout.Find(enumerator, consumed, ColumnMap.From(options.Columns), options.HeaderRow);
        if (found is null)
        {
            return [Problem(SheetProblemCodes.NoHeaderRow, sheet + "!A1", null,
                    options.HeaderRow is { } row ? "Row " + row.ToString(CultureInfo.InvariantCulture) + " (HeaderRow) is not in the sheet." : "No header row was found in the first 30 rows: a KPI table needs a header with an indicator-name column (指標名, KPI, 数値目標) and at least two more known columns (基本目標, 施策, 単位, 基準値, 目標値, 実績値, 年度…), or a map that names the columns.",
                    options.HeaderRow is not null ? "指定の見出し行がシートにありません。" : "先頭30行に見出し行が見つかりません。指標名（指標名・KPI・数値目標）の列と、ほかに2つ以上の既知の列（基本目標・施策・単位・基準値・目標値・実績値・年度など）が必要です。")];
        }

        layout = found;
        if (layout.Find(ColumnRole.Name) is null)
        {
            return [Problem(SheetProblemCodes.NoHeaderRow, sheet + "!A" + layout.LastRow.ToString(CultureInfo.InvariantCulture), null,
                    "The header row has no indicator-name column: name one in the map (\"columns\": { \"成果指標\": \"name\" }).",
                    "見出し行に指標名の列がありません。対応表で指定してください（\"columns\": { \"成果指標\": \"name\" }）。")];
        }

        return null;
    }

    private string? currentGoal;
    private string? currentMeasure;
    private string? currentSubMeasure;

    private void ReadRow(SheetRow row)
    {
        if (row.IsBlank)
        {
            return;
        }

        var nameColumn = layout.Find(ColumnRole.Name)!;
        var name = row[nameColumn.Index];
        var filled = row.Cells.Where(c => !c.IsBlank).ToList();
        if (name.IsBlank)
        {
            var first = filled[0].Text.Trim();
            if (IsNote(first))
            {
                return;
            }

            if (filled.Count == 1 && !filled[0].IsNumber)
            {
                // A heading row across the table: a basic goal, or a measure under the current one.
                if (first.Contains("基本目標") || layout.Find(ColumnRole.Goal) is null && currentGoal is null)
                {
                    currentGoal = first;
                    currentMeasure = null;
                    currentSubMeasure = null;
                }
                else
                {
                    currentMeasure = first;
                    currentSubMeasure = null;
                }

                return;
            }

            errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(name), null, "The row has values but no indicator name.", "値はありますが指標名がありません。"));
            return;
        }

        var goalCell = Text(row, ColumnRole.Goal);
        var measureCell = Text(row, ColumnRole.Measure);
        var subCell = Text(row, ColumnRole.SubMeasure);
        if (goalCell is not null)
        {
            // A goal written on the row starts its own group: its measure cells are its own.
            currentGoal = goalCell;
            currentMeasure = measureCell;
            currentSubMeasure = subCell;
        }
        else
        {
            if (measureCell is not null)
            {
                currentMeasure = measureCell;
                currentSubMeasure = subCell;
            }
            else if (subCell is not null)
            {
                currentSubMeasure = subCell;
            }
        }

        var goalTitle = currentGoal ?? sheet;
        var id = Text(row, ColumnRole.Id);
        var key = id ?? goalTitle + "\u0001" + currentMeasure + "\u0001" + currentSubMeasure + "\u0001" + name.Text.Trim();
        var longYear = layout.Find(ColumnRole.Year) is { } yearColumn ? ReadYear(row[yearColumn.Index]) : null;
        if (byKey.TryGetValue(key, out var indicator))
        {
            if (longYear is null)
            {
                errors.Add(Problem(SheetProblemCodes.UnknownIndicator, Ref(name), name.Text, "The indicator '" + name.Text.Trim() + "' is listed twice (rows " + indicator.Row.ToString(CultureInfo.InvariantCulture) + " and " + row.Number.ToString(CultureInfo.InvariantCulture) + ").", "指標「" + name.Text.Trim() + "」が2回あります。"));
                return;
            }
        }
        else
        {
            if (grading is not null && !Starting(key, row, goalTitle, name))
            {
                return;
            }

            indicator = new IndicatorBuilder(row.Number, id, name.Text.Trim(), Ref(name));
            byKey.Add(key, indicator);
            if (grading is null)
            {
                var goal = goals.FirstOrDefault(g => g.Title == goalTitle);
                if (goal is null)
                {
                    goal = new GoalBuilder(goalTitle);
                    goals.Add(goal);
                }

                goal.Place(currentMeasure, currentSubMeasure, indicator);
            }

            ReadIndicator(row, indicator);
        }

        ReadValues(row, indicator, longYear);
    }

    private static bool IsNote(string text)
        => text.StartsWith("※", StringComparison.Ordinal) || text.StartsWith("注", StringComparison.Ordinal) || text.StartsWith("(注", StringComparison.Ordinal)
            || text.StartsWith("（注", StringComparison.Ordinal) || text.StartsWith("出典", StringComparison.Ordinal) || text.StartsWith("資料", StringComparison.Ordinal)
            || text.StartsWith("備考", StringComparison.Ordinal) || text.StartsWith("*", StringComparison.Ordinal);

    private string? Text(SheetRow row, ColumnRole role)
        => layout.Find(role) is { } column && row[column.Index] is { IsBlank: false } cell ? cell.Text.Trim() : null;

    private string Ref(in SheetCell cell) => sheet + "!" + cell.Reference;

    private FiscalYear? ReadYear(in SheetCell cell)
    {
        if (cell.IsBlank)
        {
            errors.Add(Problem(SheetProblemCodes.NoYear, Ref(cell), null, "The fiscal year is empty.", "年度が空欄です。"));
            return null;
        }

        var text = cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n) ? n.ToString("0", CultureInfo.InvariantCulture) : cell.Text.Trim();
        if (JapanesePeriods.TryParseFiscalYear(text, out var year, out _))
        {
            return year;
        }

        errors.Add(Problem(SheetProblemCodes.NotAYear, Ref(cell), cell.Text, "'" + cell.Text.Trim() + "' is not a fiscal year (write 令和2年度, R2, 2020 or FY2020).", "「" + cell.Text.Trim() + "」は年度として読めません（令和2年度・R2・2020・FY2020 のように書いてください）。"));
        return null;
    }

    // A baseline's period: a fiscal year (R1, 令和元年度, 2019), else any period the library reads (令和2年10月1日).
    private ReportingPeriod? ReadPeriod(in SheetCell cell)
    {
        var text = cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == decimal.Truncate(n) ? n.ToString("0", CultureInfo.InvariantCulture) : cell.Text.Trim();
        if (JapanesePeriods.TryParseFiscalYear(text, out var year, out _))
        {
            return ReportingPeriod.OfFiscalYear(year);
        }

        if (JapanesePeriods.TryParse(text, out var period, out _))
        {
            return period;
        }

        errors.Add(Problem(SheetProblemCodes.NotAYear, Ref(cell), cell.Text, "'" + cell.Text.Trim() + "' is not a period (write 令和元年度, R1, 2019, or a date such as 令和2年10月1日).", "「" + cell.Text.Trim() + "」は期間として読めません（令和元年度・R1・2019、または令和2年10月1日のように書いてください）。"));
        return null;
    }

    private IndicatorBuilder? current;

    /// <summary>What marks a preliminary actual written as text: 12.3（速報値）, 着手（速報値）.</summary>
    internal const string PreliminaryMark = "（速報値）";

    private void ReadIndicator(SheetRow row, IndicatorBuilder indicator)
    {
        current = indicator;
        indicator.Unit = Text(row, ColumnRole.Unit) ?? string.Empty;
        indicator.Note = Text(row, ColumnRole.Note);
        indicator.Source = Text(row, ColumnRole.Source);
        if (layout.Find(ColumnRole.Kind) is { } kindColumn && row[kindColumn.Index] is { IsBlank: false } kindCell)
        {
            var kind = HeaderLayout.Squeeze(kindCell.Text.Normalize(NormalizationForm.FormKC)).ToUpperInvariant();
            indicator.Kind = kind switch
            {
                "KPI" => IndicatorKind.Kpi,
                "KGI" => IndicatorKind.Kgi,
                "数値目標" or "NUMERICGOAL" => IndicatorKind.NumericGoal,
                _ => null,
            };
            if (indicator.Kind is null)
            {
                errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(kindCell), kindCell.Text, "'" + kindCell.Text.Trim() + "' is not a kind of indicator (KPI, KGI or 数値目標).", "「" + kindCell.Text.Trim() + "」は指標の区分として読めません（KPI・KGI・数値目標）。"));
            }
        }

        if (layout.Find(ColumnRole.Direction) is { } directionColumn && row[directionColumn.Index] is { IsBlank: false } directionCell)
        {
            indicator.Direction = Directions.Read(directionCell.Text);
            if (indicator.Direction is null)
            {
                errors.Add(Problem(SheetProblemCodes.UnknownDirection, Ref(directionCell), directionCell.Text, "'" + directionCell.Text.Trim() + "' is not a direction (増加, 減少, 維持, 範囲, 段階; ↑, ↓).", "「" + directionCell.Text.Trim() + "」は方向として読めません（増加・減少・維持・範囲・段階、↑・↓）。"));
            }
        }

        if (layout.Find(ColumnRole.ValueKind) is { } valueKindColumn && row[valueKindColumn.Index] is { IsBlank: false } valueKindCell)
        {
            indicator.ValueKind = Kinds.ValueKindOf(valueKindCell.Text);
            if (indicator.ValueKind is null)
            {
                errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(valueKindCell), valueKindCell.Text, "'" + valueKindCell.Text.Trim() + "' is not a kind of value (単年度, 累計, 水準, 割合, 点数, 段階; or annualFlow, cumulative, level, percentage, score, milestoneStage).", "「" + valueKindCell.Text.Trim() + "」は値の種類として読めません（単年度・累計・水準・割合・点数・段階）。"));
            }
        }

        if (layout.Find(ColumnRole.Basis) is { } basisColumn && row[basisColumn.Index] is { IsBlank: false } basisCell)
        {
            indicator.Basis = Kinds.BasisOf(basisCell.Text);
            if (indicator.Basis is null)
            {
                errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(basisCell), basisCell.Text, "'" + basisCell.Text.Trim() + "' is not a way of grading (目標値, 推移, 個別; or target, trend, manual).", "「" + basisCell.Text.Trim() + "」は評価方法として読めません（目標値・推移・個別）。"));
            }
        }

        if (Text(row, ColumnRole.Stages) is { } stages)
        {
            indicator.Stages = stages.Split('→').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        }

        if (layout.Find(ColumnRole.Baseline) is { } baselineColumn)
        {
            var cell = row[baselineColumn.Index];
            if (indicator.IsMilestone)
            {
                indicator.BaselineStage = cell.IsBlank ? null : cell.Text.Trim();
            }
            else if (ReadNumber(cell, indicator.Unit) is { } value)
            {
                if (value.Number is { } number)
                {
                    indicator.Baseline = number;
                }
            }

            indicator.BaselinePeriod = baselineColumn.Year is { } headerYear ? ReportingPeriod.OfFiscalYear(headerYear) : null;
        }

        if (layout.Find(ColumnRole.BaselineYear) is { } baselineYearColumn && row[baselineYearColumn.Index] is { IsBlank: false } baselineYearCell)
        {
            indicator.BaselinePeriod = ReadPeriod(baselineYearCell);
        }

        if (layout.Find(ColumnRole.Year) is null && layout.Find(ColumnRole.Target) is { } targetColumn && !row[targetColumn.Index].IsBlank)
        {
            var year = targetColumn.Year;
            if (layout.Find(ColumnRole.TargetYear) is { } targetYearColumn && row[targetYearColumn.Index] is { IsBlank: false } targetYearCell)
            {
                year = ReadYear(targetYearCell);
            }

            year ??= options.PlanPeriod?.Last;
            if (year is null)
            {
                errors.Add(Problem(SheetProblemCodes.NoYear, Ref(row[targetColumn.Index]), row[targetColumn.Index].Text, "The target has no fiscal year: add a 目標年度 column, name the year in the header (目標値（R6）), or give the plan period (its last year is then the target's).", "目標値の年度がわかりません。目標年度の列を設けるか、見出しに年度を書く（目標値（R6））か、計画期間を指定してください（その最終年度を目標年度とします）。"));
            }
            else
            {
                ReadTarget(row[targetColumn.Index], indicator, year.Value);
            }
        }
    }

    private void ReadValues(SheetRow row, IndicatorBuilder indicator, FiscalYear? longYear)
    {
        current = indicator;
        foreach (var column in layout.Columns)
        {
            if (column.Role is not (ColumnRole.Target or ColumnRole.Actual or ColumnRole.Grade) || (column.Role == ColumnRole.Target && column.Year is null && longYear is null))
            {
                continue;
            }

            var cell = row[column.Index];
            if (cell.IsBlank)
            {
                continue;
            }

            var year = column.Year ?? longYear ?? options.Year;
            if (year is null)
            {
                errors.Add(Problem(SheetProblemCodes.NoYear, Ref(cell), cell.Text, "The column '" + column.Header + "' names no fiscal year: add a 年度 column, name the year in the header (実績値（R2）), or give the year as an option.", "列「" + column.Header + "」の年度がわかりません。年度の列を設けるか、見出しに年度を書く（実績値（R2））か、年度を指定してください。"));
                continue;
            }

            switch (column.Role)
            {
                case ColumnRole.Target:
                    ReadTarget(cell, indicator, year.Value);
                    break;
                case ColumnRole.Actual:
                    ReadActual(cell, indicator, year.Value);
                    break;
                default:
                    indicator.Grades[year.Value] = (cell.Text.Trim(), Ref(cell));
                    break;
            }
        }
    }

    private void ReadTarget(in SheetCell cell, IndicatorBuilder indicator, FiscalYear year)
    {
        if (cell.IsFormula && cell.Text.StartsWith("=", StringComparison.Ordinal))
        {
            FormulaWithoutValue(cell);
            return;
        }

        if (indicator.IsMilestone)
        {
            indicator.Targets[year] = new Target(year) { Stage = cell.Text.Trim() };
            return;
        }

        var text = cell.IsNumber ? string.Empty : cell.Text.Normalize(NormalizationForm.FormKC);
        var dash = text.IndexOf('~');
        if (dash > 0)
        {
            // A range: 10～15.
            if (JapaneseNumbers.TryRead(text.Substring(0, dash), indicator.Unit, out var low, out _) && low.Number is { } min
                && JapaneseNumbers.TryRead(text.Substring(dash + 1), indicator.Unit, out var high, out _) && high.Number is { } max && min <= max)
            {
                indicator.Targets[year] = new Target(year) { Comparison = TargetComparison.Between, Min = min, Max = max };
            }
            else
            {
                errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(cell), cell.Text, "'" + Short(cell.Text) + "' is not a range (write 10～15, the lower end first).", "「" + Short(cell.Text) + "」は範囲として読めません（10～15 のように小さい方から書いてください）。"));
            }

            return;
        }

        if (ReadNumber(cell, indicator.Unit) is not { } value || value.IsBlank)
        {
            return;
        }

        if (value.Number is not { } number || value.Status != ObservationStatus.Final)
        {
            errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(cell), cell.Text, "A target must be a number, not '" + cell.Text.Trim() + "'.", "目標値は数値で書いてください（「" + cell.Text.Trim() + "」）。"));
            return;
        }

        indicator.Targets[year] = new Target(year) { Value = number, Comparison = value.Comparison };
    }

    private void ReadActual(in SheetCell cell, IndicatorBuilder indicator, FiscalYear year)
    {
        if (cell.IsFormula && cell.Text.StartsWith("=", StringComparison.Ordinal))
        {
            FormulaWithoutValue(cell);
            return;
        }

        if (indicator.IsMilestone)
        {
            // A stage (with （速報値） when preliminary), or a marker (未公表, 休止) that says why there is none.
            var stage = cell.Text.Trim();
            if (JapaneseNumbers.TryRead(stage, null, out var marker, out _) && marker is { Number: null, IsBlank: false })
            {
                indicator.Actuals[year] = new Observation(year) { Status = marker.Status };
            }
            else if (stage.EndsWith(PreliminaryMark, StringComparison.Ordinal) && stage.Length > PreliminaryMark.Length)
            {
                indicator.Actuals[year] = new Observation(year) { Stage = stage.Substring(0, stage.Length - PreliminaryMark.Length).Trim(), Status = ObservationStatus.Preliminary };
            }
            else
            {
                indicator.Actuals[year] = new Observation(year) { Stage = stage };
            }

            return;
        }

        if (ReadNumber(cell, indicator.Unit) is not { } value || value.IsBlank)
        {
            return;
        }

        if (value.Comparison != TargetComparison.Reach)
        {
            errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(cell), cell.Text, "An actual is a number, not a target ('" + cell.Text.Trim() + "').", "実績値に以上・以下は書けません（「" + cell.Text.Trim() + "」）。"));
            return;
        }

        indicator.Actuals[year] = new Observation(year) { Value = value.Number, Status = value.Status };
    }

    private void FormulaWithoutValue(in SheetCell cell)
        => errors.Add(Problem(SheetProblemCodes.FormulaWithoutValue, Ref(cell), cell.Text, "The formula has no calculated value (formulas are not evaluated here): open and save the workbook in Excel or LibreOffice first, or type the value.", "数式に計算結果が保存されていません（ここでは数式を計算しません）。Excel などで開いて保存し直すか、値を入力してください。"));

    private CellValue? ReadNumber(in SheetCell cell, string unit)
    {
        if (cell.IsFormula && cell.Text.StartsWith("=", StringComparison.Ordinal))
        {
            FormulaWithoutValue(cell);
            return null;
        }

        // Without a unit column, the unit written with the numbers (25.0%) is the indicator's; every cell must then agree.
        var known = layout.Find(ColumnRole.Unit) is null && unit.Length == 0 ? null : unit;
        if (JapaneseNumbers.TryRead(cell, known, out var value, out var reason))
        {
            if (known is null && value.Unit is { } written && current is not null)
            {
                current.Unit = written;
            }

            return value;
        }

        errors.Add(Problem(SheetProblemCodes.NotANumber, Ref(cell), cell.Text, "'" + Short(cell.Text) + "': " + reason.English + ".", "「" + Short(cell.Text) + "」：" + reason.Japanese + "。"));
        return null;
    }

    private static string Short(string text) => text.Length > 100 ? string.Concat(text.Remove(100), "…") : text;

    private static ValidationError Problem(string code, string path, string? value, string english, string japanese)
        => new(code, path, value is null ? null : Short(value), new LocalizedText(japanese, english));

    private DocumentReadResult<Strategy> Build(string documentName)
    {
        var years = byKey.Values.SelectMany(i => i.Targets.Keys.Concat(i.Actuals.Keys)).ToList();
        var plan = options.PlanPeriod ?? (years.Count > 0 ? new FiscalYearRange(years.Min(), years.Max()) : (FiscalYearRange?)null);
        var missing = MissingSettings(plan, streaming: false);
        var title = options.Title ?? layout.Title;
        var built = new List<(IndicatorBuilder Builder, Indicator Indicator)>();
        foreach (var indicator in byKey.Values)
        {
            if (indicator.ToIndicator(errors, warnings) is { } done)
            {
                built.Add((indicator, done));
            }
        }

        if (missing.Count > 0 || errors.Count > 0)
        {
            return DocumentReadResult<Strategy>.Failure(missing.Concat(errors), documentName);
        }

        var indicators = built.ToDictionary(b => b.Builder, b => b.Indicator);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var strategy = new Strategy(options.StrategyId ?? Slug(documentName), new Municipality(options.Municipality!), title!, plan!.Value)
        {
            GradingPolicy = options.Policy,
            Goals = ValueList<BasicGoal>.From(goals.Select((g, i) => g.ToGoal(i + 1, indicators, paths)).ToList()),
        };
        var invalid = StrategyJson.Validate(strategy);
        if (invalid.Count > 0)
        {
            return DocumentReadResult<Strategy>.Failure(invalid.Select(e => Locate(e, paths)), documentName);
        }

        return DocumentReadResult<Strategy>.Success(strategy, ValueList<ValidationError>.From(warnings), documentName);
    }

    // What the sheet does not hold and was not given. Grading as the sheet is read needs the plan period
    // given (the years of every row are not known until the last) and cannot fill a document.
    private List<ValidationError> MissingSettings(FiscalYearRange? plan, bool streaming)
    {
        var missing = new List<ValidationError>();
        if (options.Municipality is null)
        {
            missing.Add(Problem(SheetProblemCodes.MissingSetting, "municipality", null, "The sheet does not say which municipality it is: give it (" + Where("--municipality", "municipality", streaming) + ").", "シートに自治体名がありません。自治体名を指定してください（" + Where("--municipality", "municipality", streaming) + "）。"));
        }

        if ((options.Title ?? layout.Title) is null)
        {
            missing.Add(Problem(SheetProblemCodes.MissingSetting, "title", null, "The sheet has no title row: give the strategy's title (" + Where("--title", "title", streaming) + ").", "シートに表題の行がありません。戦略の名称を指定してください（" + Where("--title", "title", streaming) + "）。"));
        }

        if (plan is null)
        {
            missing.Add(Problem(SheetProblemCodes.MissingSetting, "planPeriod", null, streaming ? "A sheet graded as it is read needs the plan period given (\"planPeriod\": { \"first\": \"FY2020\", \"last\": \"FY2024\" } in the map, PlanPeriod in code): its years are not known until the last row." : "The sheet names no fiscal year: give the plan period (--plan-period FY2020-FY2024).", streaming ? "読みながら評価するときは計画期間を指定してください（対応表の \"planPeriod\"）。" : "シートに年度がありません。計画期間を指定してください（--plan-period FY2020-FY2024）。"));
        }

        if (streaming && options.Into is not null)
        {
            missing.Add(Problem(SheetProblemCodes.MissingSetting, "into", null, "A sheet graded as it is read cannot fill a document (Into): import it with Into, then grade the document.", "読みながら評価するときは既存の文書に記入できません。取り込んで（--into）から評価してください。"));
        }

        return missing;
    }

    // Where a setting is given: an option of kpi import, or a key of the map document (kpi grade --stream --map) and its option in code.
    private static string Where(string option, string key, bool streaming)
        => streaming ? "\"" + key + "\" in the map, or SpreadsheetImportOptions" : option;

    // A problem the document's own validation found, named by the cell of the indicator's name.
    private static ValidationError Locate(ValidationError error, Dictionary<string, string> paths)
    {
        var best = paths.Keys.Where(p => error.Path.StartsWith(p, StringComparison.Ordinal)).OrderByDescending(p => p.Length).FirstOrDefault();
        return best is null ? error : error with { Path = paths[best] + " (" + error.Path + ")" };
    }

    private DocumentReadResult<Strategy> Fill(Strategy into, string documentName)
    {
        var byId = byKey.Values.Where(i => i.Id is not null).ToDictionary(i => i.Id!, StringComparer.Ordinal);
        var known = new HashSet<string>(into.AllIndicators().Select(p => p.Indicator.Id), StringComparer.Ordinal);
        foreach (var row in byKey.Values)
        {
            if (row.Id is null || !known.Contains(row.Id))
            {
                errors.Add(Problem(SheetProblemCodes.UnknownIndicator, row.NameReference, row.Id, row.Id is null ? "The row has no ID, so it cannot be matched to an indicator of the document being filled." : "The document being filled has no indicator '" + row.Id + "'.", row.Id is null ? "ID がないため、記入先の文書の指標と対応づけられません。" : "記入先の文書に指標「" + row.Id + "」がありません。"));
            }
        }

        if (errors.Count > 0)
        {
            return DocumentReadResult<Strategy>.Failure(errors, documentName);
        }

        var filled = StrategyRewriter.Map(into, indicator => byId.TryGetValue(indicator.Id, out var row) ? row.FillInto(indicator, warnings) : indicator);
        var invalid = StrategyJson.Validate(filled);
        return invalid.Count > 0
            ? DocumentReadResult<Strategy>.Failure(invalid, documentName)
            : DocumentReadResult<Strategy>.Success(filled, ValueList<ValidationError>.From(warnings), documentName);
    }

    internal static string Slug(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name) ?? string.Empty;
        var builder = new StringBuilder();
        foreach (var c in stem.ToLowerInvariant())
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "imported" : slug;
    }
}
