using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Spreadsheets;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>
/// The three samples written as sheets by the library, imported back without a map and graded: the
/// same grades as the JSON documents they came from, in every plan year, from .xlsx and from CSV.
/// </summary>
public sealed class SampleSheetsTests
{
    public static TheoryData<string, SheetFormat> Samples()
    {
        var data = new TheoryData<string, SheetFormat>();
        foreach (var name in SampleDocuments.Names)
        {
            data.Add(name, SheetFormat.Xlsx);
            data.Add(name, SheetFormat.Csv);
        }

        return data;
    }

    internal static SpreadsheetImportOptions OptionsFor(Strategy sample) => new()
    {
        StrategyId = sample.Id,
        Municipality = sample.Municipality.Name,
        Title = sample.Title,
        PlanPeriod = sample.PlanPeriod,
        Policy = sample.GradingPolicy,
    };

    internal static DocumentReadResult<Strategy> RoundTrip(Strategy strategy, SheetFormat format, SpreadsheetImportOptions? options = null)
    {
        using var sheet = new MemoryStream();
        KpiSheets.WriteStrategy(strategy, sheet, format);
        sheet.Position = 0;
        return KpiSheets.Import(sheet, format, "sample" + (format == SheetFormat.Xlsx ? ".xlsx" : ".csv"), options ?? OptionsFor(strategy));
    }

    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in SampleDocuments.Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_written_as_a_sheet_imports_and_grades_as_its_json_does(string name, SheetFormat format)
    {
        var sample = SampleDocuments.Load(name);

        var read = RoundTrip(sample, format);

        AssertGradesAlike(name, sample, read);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_sample_kept_by_hand_in_an_odd_layout_imports_without_a_map_and_grades_as_its_json_does(string name)
    {
        var sample = SampleDocuments.Load(name);
        var sheet = HandMadeSampleSheets.Write(sample);

        var read = KpiSheets.Import(new MemoryStream(sheet), SheetFormat.Xlsx, name + ".xlsx", OptionsFor(sample) with { Sheet = HandMadeSampleSheets.SheetName, Title = null });

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal(sample.Municipality.Name + " " + sample.Title, read.Value!.Title); // the title row
        AssertGradesAlike(name, sample, read);
    }

    private static void AssertGradesAlike(string name, Strategy sample, DocumentReadResult<Strategy> read)
    {
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        var imported = read.Value!;
        Assert.Equal(sample.AllIndicators().Select(p => p.Indicator.Id), imported.AllIndicators().Select(p => p.Indicator.Id));
        var grader = new StrategyGrader();
        var compared = 0;
        for (var year = sample.PlanPeriod.First; year <= sample.PlanPeriod.Last; year = year.Next)
        {
            var expected = grader.Grade(sample, year).Evaluations;
            var actual = grader.Grade(imported, year).Evaluations.ToDictionary(e => e.Indicator.Id);
            foreach (var evaluation in expected)
            {
                var got = actual[evaluation.Indicator.Id];
                if (evaluation.Indicator.Basis == GradingBasis.Manual)
                {
                    // A grade given by hand (manualGrade) has no column: the sheet's 評価 is the published grade.
                    Assert.Equal(evaluation.PublishedCode, got.PublishedCode);
                    continue;
                }

                Assert.True(evaluation.Result.Grade.Code == got.Result.Grade.Code && evaluation.Result.Reason == got.Result.Reason, $"{name} {year} {evaluation.Indicator.Id}: {evaluation.Result.Grade.Code}/{evaluation.Result.Reason} from JSON, {got.Result.Grade.Code}/{got.Result.Reason} from the sheet");
                Assert.Equal(evaluation.Result.Numbers.Actual, got.Result.Numbers.Actual);
                Assert.Equal(evaluation.Result.Numbers.Target, got.Result.Numbers.Target);
                Assert.Equal(evaluation.PublishedCode, got.PublishedCode);
                compared++;
            }
        }

        Assert.True(compared > 0);
    }

    [Fact]
    public void The_entry_template_filled_in_and_imported_adds_the_actuals_and_changes_nothing_else()
    {
        // Azumino without its FY2020 actuals: the template's empty actual cells are where they go.
        var sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        var blank = sample with { Goals = ValueList<BasicGoal>.From(sample.Goals.Select(g => g with
        {
            Indicators = ValueList<Indicator>.From(g.Indicators.Select(i => i with { Observations = ValueList<Observation>.Empty })),
            Measures = ValueList<Measure>.From(g.Measures.Select(m => m with { Indicators = ValueList<Indicator>.From(m.Indicators.Select(i => i with { Observations = ValueList<Observation>.Empty })) })),
        })) };
        using var template = new MemoryStream();
        KpiSheets.WriteTemplate(blank, template);

        // A department types the FY2020 actuals, as numbers and as text, by hand.
        var typed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var placement in sample.AllIndicators())
        {
            var observation = placement.Indicator.ObservationFor(new FiscalYear(2020));
            if (observation?.Value is { } value && observation.Status == ObservationStatus.Final)
            {
                typed[placement.Indicator.Id] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var filled = SheetEditing.FillActuals(template.ToArray(), "令和2年度", typed);
        var read = KpiSheets.Import(new MemoryStream(filled), SheetFormat.Xlsx, "entry.xlsx", new SpreadsheetImportOptions { Into = blank });

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        var result = read.Value!;
        foreach (var (before, after) in blank.AllIndicators().Zip(result.AllIndicators()))
        {
            Assert.Equal(before.Indicator with { Observations = ValueList<Observation>.Empty }, after.Indicator with { Observations = ValueList<Observation>.Empty });
            var expected = typed.TryGetValue(before.Indicator.Id, out var text) ? decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : (decimal?)null;
            Assert.Equal(expected, after.Indicator.ObservationFor(new FiscalYear(2020))?.Value);
        }

        Assert.Equal(StrategyJson.Write(blank with { Goals = ValueList<BasicGoal>.Empty }), StrategyJson.Write(result with { Goals = ValueList<BasicGoal>.Empty }));
        Assert.Equal(typed.Count, result.AllIndicators().Count(p => p.Indicator.Observations.Count > 0));
    }
}

/// <summary>What the entry template gives a department: the header frozen, readable widths, input cells marked and checked, a filter.</summary>
public sealed class TemplateLayoutTests
{
    [Fact]
    public void The_template_freezes_the_header_marks_and_checks_the_actual_cells_and_has_a_filter()
    {
        var sample = SampleDocuments.Load(SampleDocuments.AzuminoFy2020);
        using var template = new MemoryStream();
        KpiSheets.WriteTemplate(sample, template);

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(template.ToArray()), false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Pane>().Single();
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(3, pane.VerticalSplit!.Value);   // title and the two header rows
        Assert.Equal(5, pane.HorizontalSplit!.Value); // ID to the indicator's name
        Assert.All(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>(), c => Assert.True(c.Width!.Value >= 7));
        Assert.True(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().ElementAt(4).Width!.Value >= 30); // names are long in Japanese
        Assert.NotNull(sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>().SingleOrDefault());

        // One check per year's 実績値 column, over every indicator row; the FY2020 actuals of the sample are the empty, marked cells.
        var validations = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().ToList();
        Assert.Equal(5, validations.Count);
        Assert.All(validations, v => Assert.EndsWith("4:" + new string(v.SequenceOfReferences!.InnerText!.Split(':')[1].TakeWhile(char.IsLetter).ToArray()) + "32", v.SequenceOfReferences!.InnerText, StringComparison.Ordinal));
        var formats = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>().ToList();
        var input = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Where(c => c.StyleIndex is { } s && formats[(int)s.Value].Protection?.Locked?.Value == false).ToList();
        var emptyActuals = sample.AllIndicators().Sum(p => 5 - p.Indicator.Observations.Select(o => o.Year).Distinct().Count(y => p.Indicator.ObservationFor(y) is { } o && (o.Value is not null || o.Stage is not null || o.Status is ObservationStatus.NotPublished or ObservationStatus.Suspended)));
        Assert.Equal(emptyActuals, input.Count);
        Assert.All(input, c => Assert.Null(c.CellValue));
    }
}
