using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Spreadsheets;
using LocalStrategy.Kpi.Tests.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// A sheet graded as it is read writes, byte for byte, what importing it and streaming the document
/// writes, with the same tallies: the samples written by the library and by hand, generated strategies,
/// a long CSV; and rows out of the document's order, a setting not given and a bad cell are named.
/// </summary>
public sealed class SheetStreamingTests
{
    private static readonly FiscalYearRange InaPlan = new(new FiscalYear(2025), new FiscalYear(2029));

    private const string LongCsv =
        "伊那市 KPI 実績一覧\r\n"
        + "基本目標,施策,指標名,単位,方向,基準値,基準年度,年度,目標値,実績値,評価\r\n"
        + "1 しごと,企業誘致,誘致企業数,社,増加,2,令和5年度,令和7年度,3,4,A\r\n"
        + ",,誘致企業数,社,増加,2,令和5年度,令和8年度,5,速報値 5,\r\n"
        + ",子育て,待機児童数,人,減少,12,R5,R7,0,0,A\r\n"
        + ",,待機児童数,人,減少,12,R5,R8,0,調査中,\r\n"
        + "2 ひと,移住,転入者数,人,増加,300,R5,R7,320,330,A\r\n";

    private static (StreamingGradeResult Result, string Text) Streamed(byte[] sheet, SheetFormat format, string name, SpreadsheetImportOptions import, StreamingGradeOptions options)
    {
        using var output = new MemoryStream();
        var result = KpiSheets.Grade(new MemoryStream(sheet), format, name, output, options, import);
        return (result, Encoding.UTF8.GetString(output.ToArray()));
    }

    private static void AssertStreamsAsImported(byte[] sheet, SheetFormat format, string name, SpreadsheetImportOptions import, StreamingGradeOptions options)
    {
        var imported = KpiSheets.Import(new MemoryStream(sheet), format, name, import);
        Assert.True(imported.IsValid, string.Join(Environment.NewLine, imported.Errors));
        using var expected = new MemoryStream();
        var document = StreamingGrader.Grade(new MemoryStream(Encoding.UTF8.GetBytes(StrategyJson.Write(imported.Value))), expected, options);

        var (streamed, text) = Streamed(sheet, format, name, import, options);

        Assert.True(streamed.IsValid, string.Join(Environment.NewLine, streamed.Errors));
        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), text);
        Assert.Equal(document.Kpis!.Rows, streamed.Kpis!.Rows);
        Assert.Equal(document.GoalIndicators!.Rows, streamed.GoalIndicators!.Rows);
        Assert.Equal(document.Indicators, streamed.Indicators);
    }

    private static byte[] Written(Strategy strategy, SheetFormat format)
    {
        using var sheet = new MemoryStream();
        KpiSheets.WriteStrategy(strategy, sheet, format);
        return sheet.ToArray();
    }

    public static TheoryData<string, SheetFormat, StreamingFormat> Samples()
    {
        var data = new TheoryData<string, SheetFormat, StreamingFormat>();
        foreach (var name in SampleDocuments.Names)
        {
            data.Add(name, SheetFormat.Xlsx, StreamingFormat.JsonLines);
            data.Add(name, SheetFormat.Csv, StreamingFormat.Csv);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_written_as_a_sheet_streams_as_its_import_does(string name, SheetFormat format, StreamingFormat output)
    {
        var sample = SampleDocuments.Load(name);
        for (var year = sample.PlanPeriod.First; year <= sample.PlanPeriod.Last; year = year.Plus(1))
        {
            AssertStreamsAsImported(Written(sample, format), format, name + ".sheet", SampleSheetsTests.OptionsFor(sample), new StreamingGradeOptions(year) { Format = output });
        }
    }

    [Theory]
    [MemberData(nameof(SampleSheetsTests.SampleNames), MemberType = typeof(SampleSheetsTests))]
    public void A_sample_kept_by_hand_in_an_odd_layout_streams_as_its_import_does(string name)
    {
        var sample = SampleDocuments.Load(name);
        var import = SampleSheetsTests.OptionsFor(sample) with { Sheet = HandMadeSampleSheets.SheetName, Title = null };

        AssertStreamsAsImported(HandMadeSampleSheets.Write(sample), SheetFormat.Xlsx, name + ".xlsx", import, new StreamingGradeOptions(sample.PlanPeriod.First));
    }

    // A sheet knows goals and measures by their titles: generated strategies whose titles tell them apart
    // (two measures of one goal with the same title are one measure to a sheet; see the test below).
    private static Gen<Strategy> TitledApart { get; } = ValidStrategies.Strategy.Where(strategy =>
        Apart(strategy.Goals.Select(g => g.Title))
        && strategy.Goals.All(g => Apart(g.Measures.Select(m => m.Title)) && g.Measures.All(m => Apart(m.SubMeasures.Select(x => x.Title)))));

    private static bool Apart(IEnumerable<string> titles)
    {
        var trimmed = titles.Select(t => t.Trim()).ToList();
        return trimmed.All(t => t.Length > 0) && trimmed.Distinct(StringComparer.Ordinal).Count() == trimmed.Count;
    }

    [Fact]
    public void Generated_strategies_written_as_sheets_stream_as_their_imports_do()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(TitledApart.ToArbitrary(), Gen.Elements(SheetFormat.Xlsx, SheetFormat.Csv).ToArbitrary(), (strategy, format) =>
        {
            var import = new SpreadsheetImportOptions { Municipality = strategy.Municipality.Name, Title = strategy.Title, PlanPeriod = strategy.PlanPeriod, StrategyId = strategy.Id, Policy = "azumino" };
            AssertStreamsAsImported(Written(strategy, format), format, "generated", import, new StreamingGradeOptions(strategy.PlanPeriod.First));
        }));

    [Fact]
    public void Two_measures_of_a_goal_with_one_title_are_one_measure_to_a_sheet_so_the_second_is_out_of_order()
    {
        var csv = LongCsv.Replace(",子育て,待機児童数", ",企業誘致,待機児童数", StringComparison.Ordinal)
            .Replace("2 ひと,移住,転入者数", ",子育て,転入者数", StringComparison.Ordinal)
            + ",企業誘致,新規就業者数,人,増加,10,R5,R7,12,13,A\r\n";

        var (result, _) = Streamed(Encoding.UTF8.GetBytes(csv), SheetFormat.Csv, "ina-kpi.csv", LongOptions(), new StreamingGradeOptions(new FiscalYear(2025)));
        var imported = KpiSheets.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SheetFormat.Csv, "ina-kpi.csv", LongOptions());

        Assert.Equal([(SheetProblemCodes.RowsOutOfOrder, "ina-kpi!C8")], result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Equal(["企業誘致", "子育て"], imported.Value!.Goals[0].Measures.Select(m => m.Title));
        Assert.Equal(3, imported.Value.Goals[0].Measures[0].Indicators.Count);
    }

    [Fact]
    public void A_long_csv_with_a_row_per_year_streams_as_its_import_does()
        => AssertStreamsAsImported(Encoding.UTF8.GetBytes(LongCsv), SheetFormat.Csv, "ina-kpi.csv", LongOptions(), new StreamingGradeOptions(new FiscalYear(2025)));

    [Fact]
    public void A_goal_whose_rows_come_back_later_is_named_and_nothing_after_it_is_written()
    {
        var csv = LongCsv + "1 しごと,企業誘致,新規就業者数,人,増加,10,R5,R7,12,13,A\r\n";

        var (result, text) = Streamed(Encoding.UTF8.GetBytes(csv), SheetFormat.Csv, "ina-kpi.csv", LongOptions(), new StreamingGradeOptions(new FiscalYear(2025)));

        var error = Assert.Single(result.Errors);
        Assert.Equal(SheetProblemCodes.RowsOutOfOrder, error.Code);
        Assert.Equal("ina-kpi!C8", error.Path);
        Assert.Contains("1 しごと", error.Message.English, StringComparison.Ordinal);
        Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(KpiSheets.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SheetFormat.Csv, "ina-kpi.csv", LongOptions()).IsValid);
    }

    [Fact]
    public void An_indicator_whose_year_rows_are_apart_is_named()
    {
        var csv = LongCsv + "1 しごと,子育て,待機児童数,人,減少,12,R5,R9,0,,\r\n";

        var (result, _) = Streamed(Encoding.UTF8.GetBytes(csv), SheetFormat.Csv, "ina-kpi.csv", LongOptions(), new StreamingGradeOptions(new FiscalYear(2025)));

        Assert.Equal([(SheetProblemCodes.RowsOutOfOrder, "ina-kpi!C8")], result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Contains("rows 5 and 8", result.Errors[0].Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_period_not_given_and_a_document_to_fill_are_named_before_any_row_is_read()
    {
        var (result, text) = Streamed(Encoding.UTF8.GetBytes(LongCsv), SheetFormat.Csv, "ina-kpi.csv", LongOptions() with { PlanPeriod = null, Into = SampleDocuments.Load("ina-3rd-strategy") }, new StreamingGradeOptions(new FiscalYear(2025)));

        Assert.Equal([(SheetProblemCodes.MissingSetting, "planPeriod"), (SheetProblemCodes.MissingSetting, "into")], result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Equal(string.Empty, text);
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_named_by_its_reference_and_stops_the_lines()
    {
        var csv = LongCsv.Replace("330,A", "三百三十人くらい,A", StringComparison.Ordinal);

        var (result, text) = Streamed(Encoding.UTF8.GetBytes(csv), SheetFormat.Csv, "ina-kpi.csv", LongOptions(), new StreamingGradeOptions(new FiscalYear(2025)));

        Assert.Equal([(SheetProblemCodes.NotANumber, "ina-kpi!J7")], result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void An_indicator_refused_at_its_first_row_is_named_once_not_at_each_of_its_rows()
    {
        var csv = LongCsv
            + "1 しごと,企業誘致,新規就業者数,人,増加,10,R5,R7,12,13,A\r\n"
            + ",,新規就業者数,人,増加,10,R5,R8,14,,\r\n";

        var (result, _) = Streamed(Encoding.UTF8.GetBytes(csv), SheetFormat.Csv, "ina-kpi.csv", LongOptions(), new StreamingGradeOptions(new FiscalYear(2025)));

        Assert.Equal([(SheetProblemCodes.RowsOutOfOrder, "ina-kpi!C8")], result.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void An_indicator_id_taken_by_a_measure_with_only_sub_measures_is_named_as_on_import()
    {
        var csv = "ID,基本目標,施策,具体的な施策,指標名,単位,方向,年度,目標値,実績値\r\n"
            + "k1,1 しごと,企業誘致,工業団地,誘致企業数,社,増加,R7,3,4\r\n"
            + "m1-1,1 しごと,企業誘致,工業団地,新規立地件数,件,増加,R7,2,2\r\n";
        var options = LongOptions() with { Title = "KPI" };

        var imported = KpiSheets.Import(new MemoryStream(Encoding.UTF8.GetBytes(csv)), SheetFormat.Csv, "ina-kpi.csv", options);
        var (result, _) = Streamed(Encoding.UTF8.GetBytes(csv), SheetFormat.Csv, "ina-kpi.csv", options, new StreamingGradeOptions(new FiscalYear(2025)));

        Assert.Contains(imported.Errors, e => e.Code == LocalStrategy.Kpi.Validation.ValidationCodes.DuplicateId);
        Assert.Contains(result.Errors, e => e.Code == LocalStrategy.Kpi.Validation.ValidationCodes.DuplicateId);
    }

    [Fact]
    public void A_failure_writing_the_output_is_thrown_as_it_was_not_named_a_damaged_workbook()
    {
        var failing = new FailingStream();

        var thrown = Assert.Throws<IOException>(() => KpiSheets.Grade(new MemoryStream(Encoding.UTF8.GetBytes(LongCsv)), SheetFormat.Csv, "ina-kpi.csv", failing, new StreamingGradeOptions(new FiscalYear(2025)), LongOptions()));
        Assert.Equal("No space left on device", thrown.Message);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void WriteByte(byte value) => throw new IOException("No space left on device");
    }

    private static SpreadsheetImportOptions LongOptions() => new() { Municipality = "伊那市", PlanPeriod = InaPlan, Policy = "ina" };
}
