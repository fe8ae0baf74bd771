using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Grading;

public sealed class GradeResultTests
{
    [Fact]
    public void The_default_result_is_not_graded_and_says_why()
    {
        var result = default(GradeResult);

        Assert.False(result.IsGraded);
        Assert.Same(Grade.NotGradable, result.Grade);
        Assert.Equal("notGraded", result.Rule.Id);
        Assert.Equal(string.Empty, result.IndicatorId);
        Assert.Equal("not a result of grading (the default value)", result.ReasonText.English);
        Assert.Equal("評価されていない結果（既定値）", result.ReasonText.Japanese);
    }

    [Fact]
    public void A_graded_result_has_no_reason_text()
    {
        var result = Indicators.Grade(Indicators.WithTarget(Direction.HigherIsBetter, 100m, 100m));

        Assert.True(result.IsGraded);
        Assert.Same(LocalizedText.Empty, result.ReasonText);
    }

    [Fact]
    public void A_not_gradable_result_names_the_year_in_both_languages()
    {
        var result = Indicators.Grade(Indicators.WithTarget(Direction.HigherIsBetter, 100m, null));

        Assert.False(result.IsGraded);
        Assert.Equal(new LocalizedText("令和2年度の実績値なし", "no actual for FY2020"), result.ReasonText);
    }
}

public sealed class LabelTests
{
    [Fact]
    public void A_grade_carries_its_label_as_one_text_in_two_languages()
    {
        var grade = new Grade("S", new LocalizedText("S評価", "S"));

        Assert.Equal("S評価", grade.Label.Japanese);
        Assert.Equal("S", grade.Label.English);
        Assert.Equal(new Grade("S", new LocalizedText("別", "other")), grade);
    }

    [Theory]
    [InlineData("", "S")]
    [InlineData("S評価", " ")]
    public void A_grade_label_may_not_be_blank_in_either_language(string japanese, string english)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Grade("S", new LocalizedText(japanese, english)));

        Assert.Equal("label", ex.ParamName);
    }

    [Fact]
    public void A_rule_carries_its_description_as_one_text_in_two_languages()
    {
        var rule = new GradingRule("city.1", new LocalizedText("達成率で評価", "Graded by achievement rate"));

        Assert.Equal("達成率で評価", rule.Description.Japanese);
        Assert.Equal("Graded by achievement rate", rule.Description.English);
        Assert.NotEqual(new GradingRule("city.1", new LocalizedText("達成率で評価", "Other")), rule);
        Assert.Throws<ArgumentException>(() => new GradingRule("city.1", new LocalizedText("達成率で評価", "")));
    }
}
