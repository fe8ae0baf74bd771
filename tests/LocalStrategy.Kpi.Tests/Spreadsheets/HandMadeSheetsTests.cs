using System.Text;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Spreadsheets;
using Xunit;
using static LocalStrategy.Kpi.Tests.Spreadsheets.SheetEditing;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// Sheets made by hand with the layouts cities keep: a title row, a cover sheet first, a header over
/// two rows with the year merged across 目標値/実績値/評価, a basic goal merged down, numbers stored as
/// text with full-width digits and thousands commas, △, 以上/以下, 未公表, a percentage format, a
/// formula's cached value, rich text with furigana typed into a cell, a blank separator row and notes
/// under the table; and CSV in Shift_JIS.
/// </summary>
public sealed class HandMadeSheetsTests
{
    private static readonly SpreadsheetImportOptions Options = new()
    {
        Sheet = "KPI一覧",
        Municipality = "安曇野市",
        PlanPeriod = new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)),
        Policy = "azumino",
    };

    // The layout is what cities print; the numbers are made up for the layout and are not Azumino's (the
    // samples themselves are written by hand in HandMadeSampleSheets, number for number).
    private static Dictionary<string, Value> OddSheet() => new()
    {
        ["A1"] = new(Text: "安曇野市まち・ひと・しごと創生総合戦略　KPI進捗状況"),
        ["A4"] = new(Text: "基本目標"),
        ["B4"] = new(Text: "具体的な施策"),
        ["C4"] = new(Text: "重要業績評価指標\n（KPI）"),
        ["D4"] = new(Text: "単位"),
        ["E4"] = new(Text: "基準値"),
        ["F4"] = new(Text: "基準年度"),
        ["G4"] = new(Text: "令和2年度"),
        ["J4"] = new(Text: "R3"),
        ["L4"] = new(Text: "増減の方向"),
        ["M4"] = new(Text: "備考"),
        ["G5"] = new(Text: "目標値"),
        ["H5"] = new(Text: "実績値"),
        ["I5"] = new(Text: "評価"),
        ["J5"] = new(Text: "目標"),
        ["K5"] = new(Text: "実績"),
        ["A6"] = new(Text: "基本目標1 新たな雇用を生み出す"),
        ["B6"] = new(Text: "商工業の振興"),
        ["C6"] = new(Text: "新規起業者数"),
        ["D6"] = new(Text: "人"),
        ["E6"] = new(Number: "0"),
        ["F6"] = new(Text: "R1"),
        ["G6"] = new(Number: "10"),
        ["H6"] = new(Number: "7"),
        ["I6"] = new(Text: "A"),
        ["J6"] = new(Number: "12"),
        ["L6"] = new(Text: "増加"),
        ["M6"] = new(Text: "R3は集計中"),
        ["C7"] = new(Text: "製造品出荷額等"),
        ["D7"] = new(Text: "億円"),
        ["E7"] = new(Text: "3,512", Shared: false),
        ["F7"] = new(Text: "H30年度"),
        ["G7"] = new(Text: "３，６００"),
        ["H7"] = new(Text: "3,402億円"),
        ["I7"] = new(Text: "C"),
        ["J7"] = new(Text: "3,700以上"),
        ["K7"] = new(Text: "未公表"),
        ["L7"] = new(Text: "↑"),
        ["A9"] = new(Text: "基本目標2 移り住みたくなるまち"),
        ["B9"] = new(Text: "移住・定住"),
        ["C9"] = new(Text: "転出超過数", Shared: false, Rich: true),
        ["D9"] = new(Text: "人"),
        ["E9"] = new(Text: "△120"),
        ["F9"] = new(Text: "令和元年度"),
        ["G9"] = new(Text: "△100以下"),
        ["H9"] = new(Text: "▲95"),
        ["I9"] = new(Text: "B"),
        ["L9"] = new(Text: "減少"),
        ["C10"] = new(Text: "就業率"),
        ["D10"] = new(Text: "%"),
        ["E10"] = new(Number: "0.612", Percent: true),
        ["F10"] = new(Number: "2019"),
        ["G10"] = new(Number: "0.62", Percent: true),
        ["H10"] = new(Number: "0.63000000000000012", Percent: true, Formula: "0.3+0.33"),
        ["I10"] = new(Text: "A"),
        ["L10"] = new(Text: "増加"),
        ["A12"] = new(Text: "※ 実績値は各年度末時点。"),
        ["A13"] = new(Text: "出典：各課調べ"),
    };

    private static readonly string[] Merges = ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:I4", "J4:K4", "L4:L5", "M4:M5", "A6:A7", "B6:B7", "A9:A10", "B9:B10"];

    private static Indicator Find(Strategy strategy, string name) => strategy.AllIndicators().Single(p => p.Indicator.Name == name).Indicator;

    [Fact]
    public void A_planners_sheet_with_an_odd_layout_imports_without_a_map()
    {
        var read = KpiSheets.Import(new MemoryStream(Workbook("KPI一覧", OddSheet(), Merges, secondSheet: "表紙")), SheetFormat.Xlsx, "kpi.xlsx", Options);

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        var strategy = read.Value!;
        Assert.Equal("安曇野市まち・ひと・しごと創生総合戦略　KPI進捗状況", strategy.Title);
        Assert.Equal(["基本目標1 新たな雇用を生み出す", "基本目標2 移り住みたくなるまち"], strategy.Goals.Select(g => g.Title));
        Assert.Equal(["商工業の振興"], strategy.Goals[0].Measures.Select(m => m.Title));
        Assert.Equal(["新規起業者数", "製造品出荷額等"], strategy.Goals[0].Measures[0].Indicators.Select(i => i.Name));
        Assert.Equal(["転出超過数", "就業率"], strategy.Goals[1].Measures[0].Indicators.Select(i => i.Name));

        var starts = Find(strategy, "新規起業者数");
        Assert.Equal(0m, starts.Baseline!.Value);
        Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(2019)), starts.Baseline.Period);
        Assert.Equal([(2020, 10m), (2021, 12m)], starts.Targets.Select(t => (t.Year.Year, t.Value!.Value)));
        Assert.Equal(7m, starts.ObservationFor(new FiscalYear(2020))!.Value);
        Assert.Equal("A", starts.ObservationFor(new FiscalYear(2020))!.PublishedGrade);
        Assert.Equal("R3は集計中", starts.Note);
        Assert.Equal(Direction.HigherIsBetter, starts.Direction);

        var shipments = Find(strategy, "製造品出荷額等");
        Assert.Equal(3512m, shipments.Baseline!.Value);
        Assert.Equal(ReportingPeriod.OfFiscalYear(new FiscalYear(2018)), shipments.Baseline.Period);
        Assert.Equal(3600m, shipments.TargetFor(new FiscalYear(2020))!.Value);
        Assert.Equal(TargetComparison.AtLeast, shipments.TargetFor(new FiscalYear(2021))!.Comparison);
        Assert.Equal(3402m, shipments.ObservationFor(new FiscalYear(2020))!.Value);
        Assert.Equal(ObservationStatus.NotPublished, shipments.ObservationFor(new FiscalYear(2021))!.Status);
        Assert.Null(shipments.ObservationFor(new FiscalYear(2021))!.Value);

        var outflow = Find(strategy, "転出超過数");
        Assert.Equal(-120m, outflow.Baseline!.Value);
        Assert.Equal(-100m, outflow.TargetFor(new FiscalYear(2020))!.Value);
        Assert.Equal(TargetComparison.AtMost, outflow.TargetFor(new FiscalYear(2020))!.Comparison);
        Assert.Equal(-95m, outflow.ObservationFor(new FiscalYear(2020))!.Value);
        Assert.Equal(Direction.LowerIsBetter, outflow.Direction);

        var employment = Find(strategy, "就業率");
        Assert.Equal(61.2m, employment.Baseline!.Value);      // 0.612 shown as 61.2%
        Assert.Equal(62m, employment.TargetFor(new FiscalYear(2020))!.Value);
        Assert.Equal(63m, employment.ObservationFor(new FiscalYear(2020))!.Value); // the formula's cached value, as displayed
        Assert.Equal(ValueKind.Percentage, employment.ValueKind);
    }

    [Theory]
    [InlineData("H6", "12a", "KPI一覧!H6", "not a number")]
    [InlineData("G7", "3,60", "KPI一覧!G7", "commas must group thousands")]
    [InlineData("H7", "3,402件", "KPI一覧!H7", "the unit '件' after it is not the indicator's unit '億円'")]
    [InlineData("F9", "昨年度", "KPI一覧!F9", "is not a period")]
    [InlineData("L10", "上がる", "KPI一覧!L10", "is not a direction")]
    public void A_bad_cell_is_named_by_its_reference_and_nothing_is_imported(string reference, string text, string path, string reason)
    {
        var cells = OddSheet();
        cells[reference] = new(Text: text);

        var read = KpiSheets.Import(new MemoryStream(Workbook("KPI一覧", cells, Merges, secondSheet: "表紙")), SheetFormat.Xlsx, "kpi.xlsx", Options);

        Assert.False(read.IsValid);
        Assert.Null(read.Value);
        var error = Assert.Single(read.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Message.English, StringComparison.Ordinal);
        Assert.NotEmpty(error.Message.Japanese);
        Assert.Equal(text, error.AttemptedValue);
    }

    [Fact]
    public void A_formula_without_a_cached_value_is_reported_and_never_evaluated()
    {
        var cells = OddSheet();
        cells["H6"] = new(Formula: "SUM(1,2)");

        var read = KpiSheets.Import(new MemoryStream(Workbook("KPI一覧", cells, Merges, secondSheet: "表紙")), SheetFormat.Xlsx, "kpi.xlsx", Options);

        var error = Assert.Single(read.Errors);
        Assert.Equal(SheetProblemCodes.FormulaWithoutValue, error.Code);
        Assert.Equal("KPI一覧!H6", error.Path);
    }

    [Fact]
    public void What_the_sheet_does_not_hold_must_be_given_and_each_missing_setting_is_named()
    {
        var read = KpiSheets.Import(new MemoryStream(Workbook("KPI一覧", OddSheet(), Merges, secondSheet: "表紙")), SheetFormat.Xlsx, "kpi.xlsx", new SpreadsheetImportOptions { Sheet = "KPI一覧" });

        Assert.Equal(["municipality"], read.Errors.Select(e => e.Path));
        Assert.Equal(SheetProblemCodes.MissingSetting, read.Errors[0].Code);
    }

    [Fact]
    public void A_sheet_name_that_is_not_in_the_workbook_is_named_with_the_ones_that_are()
    {
        var read = KpiSheets.Import(new MemoryStream(Workbook("KPI一覧", OddSheet(), Merges, secondSheet: "表紙")), SheetFormat.Xlsx, "kpi.xlsx", new SpreadsheetImportOptions { Sheet = "KPI" });

        var error = Assert.Single(read.Errors);
        Assert.Equal(SheetProblemCodes.SheetNotFound, error.Code);
        Assert.Contains("'表紙', 'KPI一覧'", error.Message.English, StringComparison.Ordinal);
    }

    // A long table (one row per indicator and year) saved by Excel as "CSV" on a Japanese desktop: Shift_JIS, CRLF, a note with a line break.
    private const string LongCsv =
        "伊那市 KPI 実績一覧\r\n"
        + "\r\n"
        + "基本目標,施策,指標名,単位,方向,基準値,基準年度,年度,目標値,実績値,評価,備考\r\n"
        + "1 しごと,企業誘致,誘致企業数,社,増加,2,令和5年度,令和7年度,3,4,A,\"市内の工業団地、\r\n産業用地への立地\"\r\n"
        + ",,誘致企業数,社,増加,2,令和5年度,令和8年度,5,速報値 5,,\r\n"
        + ",子育て,待機児童数,人,減少,12,R5,R7,0,0,A,\r\n"
        + ",,待機児童数,人,減少,12,R5,R8,0,調査中,,\r\n"
        + "\r\n"
        + "※速報値は翌年度に確定する。\r\n";

    [Theory]
    [InlineData("shift_jis", true)]
    [InlineData(null, true)]     // detected: not UTF-8, so CP932
    [InlineData(null, false)]    // UTF-8 with a BOM
    public void A_long_csv_as_offices_save_it_imports(string? encoding, bool shiftJis)
    {
        var bytes = shiftJis ? CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes(LongCsv) : Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(LongCsv)).ToArray();

        var read = KpiSheets.Import(new MemoryStream(bytes), SheetFormat.Csv, "ina-kpi.csv", new SpreadsheetImportOptions { Encoding = encoding, Municipality = "伊那市", PlanPeriod = new FiscalYearRange(new FiscalYear(2025), new FiscalYear(2029)) });

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        var strategy = read.Value!;
        Assert.Equal("伊那市 KPI 実績一覧", strategy.Title);
        var firms = Find(strategy, "誘致企業数");
        Assert.Equal([(2025, 3m), (2026, 5m)], firms.Targets.Select(t => (t.Year.Year, t.Value!.Value)));
        Assert.Equal(4m, firms.ObservationFor(new FiscalYear(2025))!.Value);
        Assert.Equal(ObservationStatus.Preliminary, firms.ObservationFor(new FiscalYear(2026))!.Status);
        Assert.Equal(5m, firms.ObservationFor(new FiscalYear(2026))!.Value);
        Assert.Equal("市内の工業団地、\r\n産業用地への立地", firms.Note);
        var waiting = Find(strategy, "待機児童数");
        Assert.Equal(Direction.LowerIsBetter, waiting.Direction);
        Assert.Equal(ObservationStatus.NotPublished, waiting.ObservationFor(new FiscalYear(2026))!.Status);
        Assert.Equal(["企業誘致", "子育て"], strategy.Goals.Single().Measures.Select(m => m.Title));
    }

    [Fact]
    public void A_csv_named_as_utf8_that_is_not_is_refused_with_the_encoding_named()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(932)!.GetBytes(LongCsv);

        var read = KpiSheets.Import(new MemoryStream(bytes), SheetFormat.Csv, "ina-kpi.csv", new SpreadsheetImportOptions { Encoding = "utf-8" });

        var error = Assert.Single(read.Errors);
        Assert.Equal(SheetProblemCodes.EncodingMismatch, error.Code);
        Assert.Contains("utf-8", error.Message.English, StringComparison.Ordinal);
    }
}
