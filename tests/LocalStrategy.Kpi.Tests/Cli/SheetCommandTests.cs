using System.Text;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Spreadsheets;
using LocalStrategy.Kpi.Tests.Spreadsheets;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Cli;

/// <summary>
/// The spreadsheet loop from the command line: kpi template, a department's input, kpi import --into,
/// kpi grade --format xlsx|csv; a city's sheet imported with options or a map; exit codes and messages.
/// </summary>
public sealed class SheetCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kpi-sheets-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string PathOf(string name) => Path.Combine(folder, name);

    [Fact]
    public void Template_fill_import_into_and_grade_work_from_the_command_line()
    {
        // The Azumino document without its FY2020 actuals, as the planning section keeps it before the year's input.
        var sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        var blank = Kpi.Spreadsheets.StrategyRewriterAccess.WithoutObservations(sample);
        File.WriteAllText(PathOf("plan.json"), StrategyJson.Write(blank));

        var template = CliRunner.Run("template", PathOf("plan.json"), "-o", PathOf("entry.xlsx"));
        Assert.Equal(0, template.Code);
        Assert.Contains("29 indicators to fill in", template.Error, StringComparison.Ordinal);

        var typed = sample.AllIndicators()
            .Where(p => p.Indicator.ObservationFor(new FiscalYear(2020)) is { Value: { }, Status: ObservationStatus.Final })
            .ToDictionary(p => p.Indicator.Id, p => p.Indicator.ObservationFor(new FiscalYear(2020))!.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.WriteAllBytes(PathOf("entry.xlsx"), SheetEditing.FillActuals(File.ReadAllBytes(PathOf("entry.xlsx")), "令和2年度", typed));

        var import = CliRunner.Run("import", PathOf("entry.xlsx"), "--into", PathOf("plan.json"), "-o", PathOf("filled.json"));
        Assert.True(import.Code == 0, import.Error);
        Assert.Contains("Filled 29 indicators", import.Error, StringComparison.Ordinal);
        var filled = StrategyJson.ReadFile(PathOf("filled.json")).GetValueOrThrow();
        Assert.Equal(typed.Count, filled.AllIndicators().Count(p => p.Indicator.ObservationFor(new FiscalYear(2020))?.Value is not null));

        var graded = CliRunner.Run("grade", PathOf("filled.json"), "--year", "FY2020", "--format", "xlsx", "-o", PathOf("graded.xlsx"));
        Assert.True(graded.Code == 0, graded.Error);
        var csv = CliRunner.Run("grade", PathOf("filled.json"), "--year", "FY2020", "--format", "csv");
        Assert.Equal(0, csv.Code);
        var rows = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(30, rows.Length); // the header and 29 indicators
        Assert.StartsWith("ID,基本目標,施策,指標名", rows[0], StringComparison.Ordinal);

        // The graded workbook opens and has the table and the tallies.
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(PathOf("graded.xlsx"), false);
        Assert.Equal(["評価", "集計"], workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value!));
    }

    [Fact]
    public void A_city_sheet_imports_with_the_settings_given_as_options()
    {
        using (var file = File.Create(PathOf("azumino.xlsx")))
        {
            KpiSheets.WriteStrategy(SampleDocuments.Load(SampleDocuments.AzuminoFy2020), file, SheetFormat.Xlsx);
        }

        var run = CliRunner.Run("import", PathOf("azumino.xlsx"), "--municipality", "安曇野市", "--plan-period", "R2-R6", "--policy", "azumino");

        Assert.True(run.Code == 0, run.Error);
        var strategy = StrategyJson.Read(run.Output).GetValueOrThrow();
        Assert.Equal(new FiscalYearRange(new FiscalYear(2020), new FiscalYear(2024)), strategy.PlanPeriod);
        Assert.Equal("azumino", strategy.GradingPolicy);
        Assert.Equal("azumino", strategy.Id);
        Assert.Contains("Imported 29 indicators", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_graded_with_stream_and_a_map_writes_the_lines_its_import_then_grade_writes()
    {
        using (var file = File.Create(PathOf("azumino.xlsx")))
        {
            KpiSheets.WriteStrategy(SampleDocuments.Load(SampleDocuments.AzuminoFy2020), file, SheetFormat.Xlsx);
        }

        File.WriteAllText(PathOf("settings.json"), "{ \"municipality\": \"安曇野市\", \"planPeriod\": { \"first\": \"R2\", \"last\": \"R6\" }, \"policy\": \"azumino\" }");
        var imported = CliRunner.Run("import", PathOf("azumino.xlsx"), "--map", PathOf("settings.json"), "-o", PathOf("azumino.json"));
        Assert.True(imported.Code == 0, imported.Error);

        var streamed = CliRunner.Run("grade", PathOf("azumino.xlsx"), "--stream", "--year", "FY2020", "--map", PathOf("settings.json"), "--format", "csv", "-o", PathOf("sheet.csv"));
        var fromDocument = CliRunner.Run("grade", PathOf("azumino.json"), "--stream", "--year", "FY2020", "--format", "csv", "-o", PathOf("document.csv"));

        Assert.True(streamed.Code == 0, streamed.Error);
        Assert.Equal(0, fromDocument.Code);
        Assert.Contains("29 indicators graded for FY2020 by azumino", streamed.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(PathOf("document.csv")), File.ReadAllText(PathOf("sheet.csv")));
    }

    [Fact]
    public void A_sheet_is_graded_only_with_stream_and_without_its_plan_period_nothing_is_left_behind()
    {
        File.WriteAllText(PathOf("kpi.csv"), "基本目標,指標名,単位,方向,目標値（R2）,実績値（R2）\r\n1 しごと,新規起業者数,人,増加,10,7\r\n", new UTF8Encoding(true));

        var whole = CliRunner.Run("grade", PathOf("kpi.csv"), "--year", "FY2020");
        var unplanned = CliRunner.Run("grade", PathOf("kpi.csv"), "--stream", "--year", "FY2020", "-o", PathOf("out.jsonl"));
        var mapForADocument = CliRunner.Run("grade", "--sample", "azumino-fy2020", "--stream", "--year", "FY2020", "--map", PathOf("settings.json"));

        Assert.Equal(2, whole.Code);
        Assert.Contains("--stream", whole.Error, StringComparison.Ordinal);
        Assert.Equal(1, unplanned.Code);
        Assert.Contains("MissingSetting", unplanned.Error, StringComparison.Ordinal);
        Assert.Contains("plan period", unplanned.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(PathOf("out.jsonl")));
        Assert.False(File.Exists(PathOf("out.jsonl.partial")));
        Assert.Equal(2, mapForADocument.Code);
    }

    [Fact]
    public void A_sheet_with_bad_cells_exits_1_naming_each_cell_in_both_languages()
    {
        File.WriteAllText(PathOf("bad.csv"), "指標名,単位,基準値,令和2年度\r\n新規起業者数,人,0,7件\r\n転出者数,人,12a,3\r\n", new UTF8Encoding(false));

        var run = CliRunner.Run("import", PathOf("bad.csv"), "--municipality", "安曇野市", "--title", "t");

        Assert.Equal(1, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("2 problem(s) / 2 件の問題", run.Error, StringComparison.Ordinal);
        Assert.Contains("NotANumber at bad!D2 (value: 7件)", run.Error, StringComparison.Ordinal);
        Assert.Contains("NotANumber at bad!C3 (value: 12a)", run.Error, StringComparison.Ordinal);
        Assert.Contains("数値として読めません", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nosuch.xlsx")]
    [InlineData("kpi.ods")]
    public void A_file_that_cannot_be_read_as_a_sheet_exits_2(string name)
    {
        var run = CliRunner.Run("import", PathOf(name));

        Assert.Equal(2, run.Code);
    }

    [Fact]
    public void A_bad_plan_period_or_a_missing_output_for_xlsx_is_a_usage_error()
    {
        var plan = CliRunner.Run("import", PathOf("x.csv"), "--plan-period", "2020");
        Assert.Equal(2, plan.Code);
        Assert.Contains("--plan-period: '2020' is not a plan period", plan.Error, StringComparison.Ordinal);
        var xlsx = CliRunner.Run("grade", "--sample", "azumino-fy2020", "--format", "xlsx");
        Assert.Equal(2, xlsx.Code);
        Assert.Contains("add -o graded.xlsx", xlsx.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("template", "--sample", "azumino-fy2020").Code);
    }

    [Fact]
    public void A_map_names_the_columns_of_a_layout_the_usual_headers_do_not_cover()
    {
        // A layout of its own; the indicator and its numbers are made up for the map, not taken from Ami's plan.
        File.WriteAllText(PathOf("ami.csv"), "成果指標一覧\r\n\r\n番号,成果指標名,現状値,R7目安,最新の値,担当課\r\n1,町民活動参加率,25.0%,30.0%,27.5%,町民活動推進課\r\n", new UTF8Encoding(true));
        File.WriteAllText(PathOf("map.json"), """
            { "headerRow": 3, "municipality": "阿見町", "title": "第3次阿見町総合計画", "planPeriod": { "first": "FY2025", "last": "FY2027" },
              "columns": { "成果指標名": "name", "現状値": "baseline", "$D": "target:FY2025", "最新の値": "actual:FY2025", "担当課": "ignore", "番号": "id" } }
            """);

        var run = CliRunner.Run("import", PathOf("ami.csv"), "--map", PathOf("map.json"));

        Assert.True(run.Code == 0, run.Error);
        var indicator = StrategyJson.Read(run.Output).GetValueOrThrow().AllIndicators().Single().Indicator;
        Assert.Equal("1", indicator.Id);
        Assert.Equal(25.0m, indicator.Baseline!.Value);
        Assert.Equal(30.0m, indicator.TargetFor(new FiscalYear(2025))!.Value);
        Assert.Equal(27.5m, indicator.ObservationFor(new FiscalYear(2025))!.Value);
        Assert.Equal(Direction.HigherIsBetter, indicator.Direction);  // from baseline 25 to target 30, with a warning
        Assert.Contains("warning NoDirection", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_that_is_not_valid_is_reported_with_its_paths()
    {
        File.WriteAllText(PathOf("map.json"), """{ "headerRow": 0, "columns": { "$1": "name", "指標": "size" }, "colour": "red" }""");

        var run = CliRunner.Run("import", PathOf("x.csv"), "--map", PathOf("map.json"));

        Assert.Equal(2, run.Code);
        Assert.Contains("MapInvalid at $.colour", run.Error, StringComparison.Ordinal);
        Assert.Contains("MapInvalid at $.headerRow", run.Error, StringComparison.Ordinal);
        Assert.Contains("MapInvalid at $.columns['$1']", run.Error, StringComparison.Ordinal);
        Assert.Contains("MapInvalid at $.columns['指標']", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_larger_than_a_map_can_be_is_refused_without_reading_it_whole()
    {
        File.WriteAllBytes(PathOf("huge-map.json"), new byte[2 * 1024 * 1024]);

        var run = CliRunner.Run("import", PathOf("x.csv"), "--map", PathOf("huge-map.json"));

        Assert.Equal(2, run.Code);
        Assert.Contains("at most 1,048,576 bytes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grade_in_a_year_without_an_actual_is_a_warning_of_its_own()
    {
        File.WriteAllText(PathOf("g.csv"), "指標名,単位,方向,基準値,令和2年度 目標値,令和2年度 実績値,令和2年度 評価\r\n新規起業者数,人,増加,0,10,,A\r\n", new UTF8Encoding(false));

        var run = CliRunner.Run("import", PathOf("g.csv"), "--municipality", "安曇野市", "--title", "t");

        Assert.True(run.Code == 0, run.Error);
        Assert.Contains("warning GradeWithoutActual at g!G2", run.Error, StringComparison.Ordinal);
    }
}
