using FluentValidation;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>The local rules of a basic goal.</summary>
internal sealed class GoalDtoValidator : AbstractValidator<GoalDto>
{
    internal GoalDtoValidator()
    {
        RuleFor(x => x.id).Required("id", "ID");
        RuleFor(x => x.code).Required("code", "番号");
        RuleFor(x => x.title).Required("title", "名称");
        RuleForEach(x => x.viewpointIds).NotNullItem("viewpointIds");
        RuleFor(x => x.lineage!.predecessorGoal).Required("predecessorGoal", "前期の基本目標").OverridePropertyName("lineage.predecessorGoal").When(x => x.lineage is not null);
        RuleFor(x => x.lineage!.relation).Known<GoalDto, Model.LineageRelation>("relation", "関係").OverridePropertyName("lineage.relation").When(x => x.lineage is not null);
        RuleForEach(x => x.alignments).NotNullItem("alignments");
        RuleForEach(x => x.alignments).SetValidator(new AlignmentDtoValidator());
        RuleFor(x => x.indicators).Custom(IndicatorRules.NoNullIndicator);
        RuleForEach(x => x.measures).NotNullItem("measures");
        RuleFor(x => x.indicators).Custom(IndicatorRules.DoubtfulIndicators);
        RuleForEach(x => x.measures).SetValidator(new MeasureDtoValidator());
    }
}

/// <summary>The local rules of a measure and, recursively, its sub-measures.</summary>
internal sealed class MeasureDtoValidator : AbstractValidator<MeasureDto>
{
    internal MeasureDtoValidator()
    {
        RuleFor(x => x.id).Required("id", "ID");
        RuleFor(x => x.code).Required("code", "番号");
        RuleFor(x => x.title).Required("title", "名称");
        RuleFor(x => x.priorityLevel)
            .Must(p => p is null || (p >= 1 && p <= 4))
            .Fails(ValidationCodes.OutOfRange, (_, p) => ValidationMessages.PriorityLevelOutOfRange(Text.Of(p)));
        RuleForEach(x => x.departments).NotNullItem("departments");
        RuleForEach(x => x.alignments).NotNullItem("alignments");
        RuleForEach(x => x.alignments).SetValidator(new AlignmentDtoValidator());
        RuleForEach(x => x.activities).NotNullItem("activities");
        RuleFor(x => x.indicators).Custom(IndicatorRules.NoNullIndicator);
        RuleForEach(x => x.subMeasures).NotNullItem("subMeasures");
        RuleFor(x => x.indicators).Custom(IndicatorRules.DoubtfulIndicators);
        RuleForEach(x => x.subMeasures).SetValidator(this);
    }
}

/// <summary>The local rules of a basic viewpoint.</summary>
internal sealed class ViewpointDtoValidator : AbstractValidator<ViewpointDto>
{
    internal ViewpointDtoValidator()
    {
        RuleFor(x => x.id).Required("id", "ID");
        RuleFor(x => x.title).Required("title", "名称");
    }
}

/// <summary>The local rules of a cross-cutting project.</summary>
internal sealed class ProjectDtoValidator : AbstractValidator<ProjectDto>
{
    internal ProjectDtoValidator()
    {
        RuleFor(x => x.id).Required("id", "ID");
        RuleFor(x => x.title).Required("title", "名称");
        RuleForEach(x => x.measureCodes).NotNullItem("measureCodes");
    }
}

/// <summary>The local rules of an alignment to another strategy's goal.</summary>
internal sealed class AlignmentDtoValidator : AbstractValidator<AlignmentDto>
{
    internal AlignmentDtoValidator()
    {
        RuleFor(x => x.framework).Required("framework", "上位計画");
        RuleFor(x => x.goal).Required("goal", "上位計画の目標");
    }
}

/// <summary>
/// The rules over a list of indicators, as one loop each instead of FluentValidation's per-element rules
/// (which build a context for every element, thousands of times in a large document): a null element is
/// named, and an indicator the quick check doubts goes through <see cref="IndicatorDtoValidator"/>, its
/// problems named under the indicator's path exactly as a per-element rule names them.
/// </summary>
internal static class IndicatorRules
{
    private static readonly IndicatorDtoValidator Rules = new();

    internal static void NoNullIndicator<T>(List<IndicatorDto>? indicators, ValidationContext<T> context)
    {
        for (var i = 0; i < (indicators?.Count ?? 0); i++)
        {
            if (indicators![i] is null)
            {
                var message = ValidationMessages.NullElement("indicators");
                context.AddFailure(new FluentValidation.Results.ValidationFailure(PathOf(context, i), message.English, null) { ErrorCode = ValidationCodes.Required, CustomState = message });
            }
        }
    }

    internal static void DoubtfulIndicators<T>(List<IndicatorDto>? indicators, ValidationContext<T> context)
    {
        for (var i = 0; i < (indicators?.Count ?? 0); i++)
        {
            var indicator = indicators![i];
            if (indicator is null || IndicatorQuickCheck.Passes(indicator))
            {
                continue;
            }

            foreach (var failure in FailuresOf(indicator, PathOf(context, i)))
            {
                context.AddFailure(failure);
            }
        }
    }

    /// <summary>The problems of one indicator, each named under the indicator's path (the streaming grader names them so too).</summary>
    internal static IEnumerable<FluentValidation.Results.ValidationFailure> FailuresOf(IndicatorDto indicator, string path)
    {
        var failures = Rules.Validate(indicator).Errors;
        foreach (var failure in failures)
        {
            failure.PropertyName = path + "." + failure.PropertyName;
        }

        return failures;
    }

    private static string PathOf<T>(ValidationContext<T> context, int index)
        => context.PropertyChain.BuildPropertyPath("indicators[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
}
