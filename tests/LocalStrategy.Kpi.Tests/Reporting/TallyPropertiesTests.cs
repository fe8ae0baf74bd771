using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Policies;
using LocalStrategy.Kpi.Reporting;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Reporting;

public sealed class TallyPropertiesTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(1_000);
    private static readonly IReadOnlyList<Grade> Scale = AzuminoPolicy.Default.Scale;
    private static readonly Gen<Grade[]> Grades = Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Elements(Scale.ToArray()), n));

    [Fact]
    public void Counts_sum_to_the_total_and_each_count_is_how_often_its_grade_occurs()
    {
        Check.One(Quick, Prop.ForAll(Grades.ToArbitrary(), grades =>
        {
            var tally = Tally.Of(grades, Scale, 0);
            return tally.Total == grades.Length
                && tally.Rows.Sum(r => r.Count) == grades.Length
                && tally.Rows.All(r => r.Count == grades.Count(g => g.Equals(r.Grade)));
        }));
    }

    [Fact]
    public void Rows_follow_the_scale_order_with_not_gradable_only_when_it_occurs()
    {
        Check.One(Quick, Prop.ForAll(Grades.ToArbitrary(), grades =>
        {
            var expected = Scale.Where(g => !g.Equals(Grade.NotGradable) || grades.Contains(Grade.NotGradable)).Select(g => g.Code);
            return Tally.Of(grades, Scale, 0).Rows.Select(r => r.Grade.Code).SequenceEqual(expected);
        }));
    }

    [Fact]
    public void Percentages_sum_to_100_whenever_anything_was_counted()
    {
        Check.One(Quick, Prop.ForAll(Grades.ToArbitrary(), Gen.Choose(0, 1).ToArbitrary(), (grades, decimals) =>
        {
            var sum = Tally.Of(grades, Scale, decimals).Rows.Sum(r => r.Percent);
            return grades.Length == 0 ? sum == 0m : sum == 100m;
        }));
    }

    [Fact]
    public void A_sum_of_tallies_is_the_tally_of_all_their_grades_together()
    {
        var groups = Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Grades, n)).ToArbitrary();
        Check.One(Quick, Prop.ForAll(groups, Gen.Choose(0, 2).ToArbitrary(), (parts, decimals) =>
        {
            var sum = Tally.Sum(parts.Select(p => Tally.Of(p, Scale, decimals)), Scale, decimals);
            var whole = Tally.Of(parts.SelectMany(p => p), Scale, decimals);

            Assert.Equal(whole.Total, sum.Total);
            Assert.Equal(whole.Rows, sum.Rows);
        }));
    }
}
