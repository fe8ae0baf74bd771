using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

public sealed class TallyTests
{
    private static readonly IReadOnlyList<Grade> Scale = AzuminoPolicy.Default.Scale;

    [Fact]
    public void Azuminos_24_kpis_tally_as_published()
    {
        // 000: A 10 (42 %), B 5 (21 %), D 6 (25 %), 測定不能 3 (12 %) of 24; given out of order.
        var grades = Repeat(AzuminoPolicy.D, 6)
            .Concat(Repeat(AzuminoPolicy.A, 10))
            .Concat(Repeat(AzuminoPolicy.Unmeasurable, 3))
            .Concat(Repeat(AzuminoPolicy.B, 5));

        var tally = Tally.Of(grades, Scale, 0);

        Assert.Equal(24, tally.Total);
        Assert.Equal(
            new[] { ("A", 10, 42m), ("B", 5, 21m), ("C", 0, 0m), ("D", 6, 25m), ("Unmeasurable", 3, 12m) },
            tally.Rows.Select(r => (r.Grade.Code, r.Count, r.Percent)).ToArray());
    }

    [Fact]
    public void Every_grade_of_the_scale_has_a_row_even_when_nothing_got_it()
    {
        var tally = Tally.Of(Array.Empty<Grade>(), Scale, 0);

        Assert.Equal(0, tally.Total);
        Assert.Equal(new[] { "A", "B", "C", "D", "Unmeasurable" }, tally.Rows.Select(r => r.Grade.Code).ToArray());
        Assert.All(tally.Rows, r => Assert.Equal((0, 0m), (r.Count, r.Percent)));
    }

    [Fact]
    public void The_not_gradable_row_appears_only_when_it_occurs_and_comes_last()
    {
        var without = Tally.Of(new[] { AzuminoPolicy.A, AzuminoPolicy.C }, Scale, 0);
        var with = Tally.Of(new[] { Grade.NotGradable, AzuminoPolicy.A, AzuminoPolicy.C, Grade.NotGradable }, Scale, 0);

        Assert.DoesNotContain(without.Rows, r => r.Grade.Equals(Grade.NotGradable));
        Assert.Equal(new[] { "A", "B", "C", "D", "Unmeasurable", "NotGradable" }, with.Rows.Select(r => r.Grade.Code).ToArray());
        Assert.Equal(2, with.CountOf("NotGradable"));
        Assert.Equal(new[] { 25m, 0m, 25m, 0m, 0m, 50m }, with.Rows.Select(r => r.Percent).ToArray());
    }

    [Fact]
    public void A_grade_outside_the_scale_gets_a_row_after_the_scale()
    {
        var foreign = new Grade("S", new LocalizedText("S評価", "S"));

        var tally = Tally.Of(new[] { foreign, AzuminoPolicy.B }, Scale, 0);

        Assert.Equal("S", tally.Rows[^1].Grade.Code);
        Assert.Equal(1, tally.CountOf("S"));
        Assert.Equal(2, tally.Total);
        Assert.Equal(100m, tally.Rows.Sum(r => r.Percent));
    }

    [Fact]
    public void Percentages_can_have_one_decimal_place()
    {
        var tally = Tally.Of(new[] { AzuminoPolicy.A, AzuminoPolicy.A, AzuminoPolicy.D }, Scale, 1);

        Assert.Equal(new[] { 66.7m, 0.0m, 0.0m, 33.3m, 0.0m }, tally.Rows.Select(r => r.Percent).ToArray());
    }

    [Fact]
    public void Count_of_an_absent_code_is_0()
    {
        Assert.Equal(0, Tally.Of(new[] { AzuminoPolicy.A }, Scale, 0).CountOf("Z"));
    }

    private static IEnumerable<Grade> Repeat(Grade grade, int count) => Enumerable.Repeat(grade, count);
}
