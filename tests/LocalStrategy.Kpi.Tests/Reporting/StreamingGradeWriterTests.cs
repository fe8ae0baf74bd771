using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Reporting;
using LocalStrategy.Kpi.Samples;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

/// <summary>
/// The writer that grades indicators as a source gives them writes what the streaming path writes for
/// the same strategy as a document, byte for byte, in JSON Lines and CSV, with the same tallies; and it
/// names each problem at the location given with the indicator.
/// </summary>
public sealed class StreamingGradeWriterTests
{
    private static readonly FiscalYearRange Plan = new(new FiscalYear(2020), new FiscalYear(2024));

    // The strategy without its indicators (its goals' and measures' lists emptied).
    internal static Strategy Outline(Strategy strategy)
        => strategy with { Goals = ValueList<BasicGoal>.From(strategy.Goals.Select(g => g with { Indicators = ValueList<Indicator>.Empty, Measures = Stripped(g.Measures) })) };

    private static ValueList<Measure> Stripped(ValueList<Measure> measures)
        => ValueList<Measure>.From(measures.Select(m => m with { Indicators = ValueList<Indicator>.Empty, SubMeasures = Stripped(m.SubMeasures) }));

    private static (StreamingGradeResult Result, byte[] Bytes) Written(Strategy strategy, StreamingGradeOptions options)
    {
        using var output = new MemoryStream();
        using var writer = new StreamingGradeWriter(Outline(strategy), output, options);
        var n = 0;
        foreach (var placement in strategy.AllIndicators())
        {
            writer.Add(placement, "#" + (n++).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return (writer.Complete(), output.ToArray());
    }

    private static (StreamingGradeResult Result, byte[] Bytes) Streamed(Strategy strategy, StreamingGradeOptions options)
    {
        using var output = new MemoryStream();
        var result = StreamingGrader.Grade(new MemoryStream(Encoding.UTF8.GetBytes(StrategyJson.Write(strategy))), output, options);
        return (result, output.ToArray());
    }

    private static void AssertSameAsTheDocumentStream(Strategy strategy, StreamingGradeOptions options)
    {
        var (written, bytes) = Written(strategy, options);
        var (streamed, expected) = Streamed(strategy, options);

        Assert.True(streamed.IsValid, string.Join(Environment.NewLine, streamed.Errors));
        Assert.True(written.IsValid, string.Join(Environment.NewLine, written.Errors));
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(bytes));
        Assert.Equal(streamed.Kpis!.Rows, written.Kpis!.Rows);
        Assert.Equal(streamed.GoalIndicators!.Rows, written.GoalIndicators!.Rows);
        Assert.Equal(streamed.Indicators, written.Indicators);
        Assert.Equal(streamed.Policy, written.Policy);
    }

    [Theory]
    [InlineData("azumino-fy2020", 2020, StreamingFormat.JsonLines)]
    [InlineData("ina-3rd-strategy", 2025, StreamingFormat.JsonLines)]
    [InlineData("ami-3rd-strategy", 2026, StreamingFormat.Csv)]
    [InlineData("azumino-fy2020", 2020, StreamingFormat.Csv)]
    public void A_sample_added_indicator_by_indicator_writes_what_its_document_streams_to(string name, int year, StreamingFormat format)
        => AssertSameAsTheDocumentStream(SampleDocuments.Load(name), new StreamingGradeOptions(new FiscalYear(year)) { Format = format });

    [Fact]
    public void Generated_strategies_added_indicator_by_indicator_write_what_their_documents_stream_to()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(ValidStrategies.Strategy.ToArbitrary(), Gen.Elements(StreamingFormat.JsonLines, StreamingFormat.Csv).ToArbitrary(), (strategy, format) =>
            AssertSameAsTheDocumentStream(strategy, new StreamingGradeOptions(strategy.PlanPeriod.First) { Policy = "azumino", Format = format })));

    [Fact]
    public void Problems_are_named_at_the_location_given_and_nothing_is_written_after_the_first()
    {
        var goal = new BasicGoal("g1", "1", "目標");
        var good = Kpi("k1", 2020);
        using var output = new MemoryStream();
        using var writer = new StreamingGradeWriter(Outline(Strategy()), output, new StreamingGradeOptions(new FiscalYear(2020)));

        writer.Add(new IndicatorPlacement(goal, null, good), "KPI!B4");
        writer.Add(new IndicatorPlacement(goal, null, Kpi("k1", 2020)), "KPI!B5");
        writer.Add(new IndicatorPlacement(goal, null, Kpi("k2", 2031)), "KPI!B6");
        writer.Add(new IndicatorPlacement(goal, null, Kpi("k3", 2020)), "KPI!B7");
        var result = writer.Complete();

        Assert.False(result.IsValid);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("{\"id\":\"k1\"", Assert.Single(lines), StringComparison.Ordinal);
        Assert.Equal(
            [(ValidationCodes.DuplicateId, "KPI!B5.id"), (ValidationCodes.OutsidePlanPeriod, "KPI!B6.targets[0].year"), (ValidationCodes.OutsidePlanPeriod, "KPI!B6.observations[0].year")],
            result.Errors.Select(e => (e.Code, e.Path)));
        Assert.Contains("KPI!B4", result.Errors[0].Message.English, StringComparison.Ordinal);
        Assert.Null(result.Kpis);
    }

    [Fact]
    public void An_identifier_taken_by_a_goal_is_a_problem_for_an_indicator_and_the_same_goal_again_is_not()
    {
        var goal = new BasicGoal("g1", "1", "目標");
        using var output = new MemoryStream();
        using var writer = new StreamingGradeWriter(Outline(Strategy()), output, new StreamingGradeOptions(new FiscalYear(2020)));

        writer.Add(new IndicatorPlacement(goal, null, Kpi("k1", 2020)), "a");
        writer.Add(new IndicatorPlacement(goal with { Title = "同じ目標" }, null, Kpi("k2", 2020)), "b");
        Assert.True(writer.IsValid);
        writer.Add(new IndicatorPlacement(goal, new Measure("k1", "1-1", "施策"), Kpi("k3", 2020)), "c");
        writer.Add(new IndicatorPlacement(goal, null, Kpi("g1", 2020)), "d");

        Assert.Equal([(ValidationCodes.DuplicateId, "c.measure.id"), (ValidationCodes.DuplicateId, "d.id")], writer.Complete().Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_problem_the_source_reports_makes_the_result_not_valid_and_stops_the_lines()
    {
        var goal = new BasicGoal("g1", "1", "目標");
        using var output = new MemoryStream();
        using var writer = new StreamingGradeWriter(Outline(Strategy()), output, new StreamingGradeOptions(new FiscalYear(2020)));
        writer.Report(new ValidationError("NotANumber", "KPI!F9", "abc", new LocalizedText("数値ではありません。", "Not a number.")));
        writer.Add(new IndicatorPlacement(goal, null, Kpi("k1", 2020)), "KPI!B9");

        Assert.Equal(0, output.Length);
        Assert.Equal(["NotANumber"], writer.Complete().Errors.Select(e => e.Code));
    }

    [Fact]
    public void An_outline_with_indicators_or_an_unknown_policy_is_refused_and_adding_after_complete_throws()
    {
        var strategy = SampleDocuments.Load("azumino-fy2020");
        Assert.Throws<ArgumentException>(() => new StreamingGradeWriter(strategy, new MemoryStream(), new StreamingGradeOptions(new FiscalYear(2020))));

        using var writer = new StreamingGradeWriter(Outline(strategy), new MemoryStream(), new StreamingGradeOptions(new FiscalYear(2020)) { Policy = "no-such" });
        Assert.Equal(["UnknownPolicy"], writer.Complete().Errors.Select(e => e.Code));
        Assert.Throws<InvalidOperationException>(() => writer.Add(strategy.AllIndicators().First(), "x"));
    }

    [Fact]
    public void A_goal_or_measure_is_checked_as_a_document_s_the_first_time_it_comes()
    {
        using var output = new MemoryStream();
        using var writer = new StreamingGradeWriter(Outline(Strategy()), output, new StreamingGradeOptions(new FiscalYear(2020)));

        writer.Add(new IndicatorPlacement(new BasicGoal("g1", "1", " "), null, Kpi("k1", 2020)), "row 4");
        writer.Add(new IndicatorPlacement(new BasicGoal("g2", "2", "目標"), new Measure("m2-1", "2-1", "施策") { PriorityLevel = 7 }, Kpi("k2", 2020)), "row 5");

        var paths = writer.Complete().Errors.Select(e => e.Path).ToList();
        Assert.Contains("row 4.goal.title", paths);
        Assert.Contains("row 5.measure.priorityLevel", paths);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Complete_after_dispose_still_flushes_the_output_once()
    {
        var output = new CountingFlushes();
        var writer = new StreamingGradeWriter(Outline(Strategy()), output, new StreamingGradeOptions(new FiscalYear(2020)));
        writer.Add(new IndicatorPlacement(new BasicGoal("g1", "1", "目標"), null, Kpi("k1", 2020)), "a");
        writer.Dispose();

        Assert.True(writer.Complete().IsValid);
        Assert.True(writer.Complete().IsValid);
        Assert.Equal(1, output.Flushes);
        Assert.Throws<ObjectDisposedException>(() => writer.Add(new IndicatorPlacement(new BasicGoal("g1", "1", "目標"), null, Kpi("k2", 2020)), "b"));
    }

    private sealed class CountingFlushes : MemoryStream
    {
        internal int Flushes { get; private set; }

        public override void Flush() => Flushes++;
    }

    private static Strategy Strategy() => new("s", new Municipality("安曇野市"), "総合戦略", Plan) { GradingPolicy = "azumino" };

    private static Indicator Kpi(string id, int year)
        => new(id, IndicatorKind.Kpi, "指標 " + id, new Unit("人"), Direction.HigherIsBetter, ValueKind.Level, GradingBasis.Target)
        {
            Targets = ValueList<Target>.Of(new Target(new FiscalYear(year)) { Value = 100m }),
            Observations = ValueList<Observation>.Of(new Observation(new FiscalYear(year)) { Value = 90m }),
        };
}
