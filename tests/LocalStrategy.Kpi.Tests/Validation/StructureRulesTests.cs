using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using Xunit;
using static LocalStrategy.Kpi.Tests.Validation.TestDocument;

namespace LocalStrategy.Kpi.Tests.Validation;

/// <summary>The local rules of viewpoints, goals, measures (and sub-measures) and projects.</summary>
public sealed class StructureRulesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_priority_level_outside_1_to_4_is_OutOfRange(int level)
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.OutOfRange,
                "$.goals[0].measures[0].priorityLevel",
                level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new LocalizedText($"優先度（priorityLevel）は 1（必須施策）から 4（構想）にしてください。値: {level}。", $"The priority level must be 1 (必須施策) to 4 (構想); found {level}.")),
            DocumentErrors.Single(With(d => Measure(d)["priorityLevel"] = level)));

    [Fact]
    public void A_sub_measure_priority_level_is_checked_too()
    {
        var error = DocumentErrors.Single(With(d => Measure(d)["subMeasures"]![0]!["priorityLevel"] = 9));

        Assert.Equal(ValidationCodes.OutOfRange, error.Code);
        Assert.Equal(MeasurePath + ".subMeasures[0].priorityLevel", error.Path);
        Assert.Equal("9", error.AttemptedValue);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Priority_levels_1_and_4_are_valid(int level)
        => Assert.True(StrategyJson.Read(With(d => Measure(d)["priorityLevel"] = level)).IsValid);

    [Fact]
    public void A_goal_without_a_code_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.goals[0].code", null, new LocalizedText("「番号」（code）は必須です。", "The field 'code' is required.")),
            DocumentErrors.Single(With(d => Goal(d).Remove("code"))));

    [Fact]
    public void A_viewpoint_with_a_blank_title_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.viewpoints[0].title", string.Empty, new LocalizedText("「名称」（title）が空です。", "The field 'title' must not be blank.")),
            DocumentErrors.Single(With(d => d["viewpoints"]![0]!["title"] = string.Empty)));

    [Fact]
    public void A_project_without_an_id_is_Required()
        => Assert.Equal(
            new ValidationError(ValidationCodes.Required, "$.projects[0].id", null, new LocalizedText("「ID」（id）は必須です。", "The field 'id' is required.")),
            DocumentErrors.Single(With(d => d["projects"]![0]!.AsObject().Remove("id"))));

    [Fact]
    public void A_sub_measure_without_a_title_is_Required()
        => Assert.Equal(
            new ValidationError(
                ValidationCodes.Required,
                "$.goals[0].measures[0].subMeasures[0].title",
                null,
                new LocalizedText("「名称」（title）は必須です。", "The field 'title' is required.")),
            DocumentErrors.Single(With(d => Measure(d)["subMeasures"]![0]!.AsObject().Remove("title"))));
}
