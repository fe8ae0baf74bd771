#pragma warning disable SA1300, IDE1006, CA1002, CA2227, SA1402, SA1649
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalStrategy.Kpi.Serialization;

// The JSON document as read, before validation. Property names are the JSON names, so that
// FluentValidation's property paths are the document's JSON paths by construction. Enumerations
// and periods stay text here: an unknown value is a validation error with a path, not a crash.
// docs/format.md documents every field; keep the two in step.

/// <summary>The root of a strategy document.</summary>
internal sealed class StrategyDto
{
    public int? formatVersion { get; set; }

    public string? id { get; set; }

    public MunicipalityDto? municipality { get; set; }

    public string? title { get; set; }

    public int? generation { get; set; }

    public PlanPeriodDto? planPeriod { get; set; }

    public string? revisionDate { get; set; }

    public string? vision { get; set; }

    public string? gradingPolicy { get; set; }

    public StrategyReferenceDto? predecessor { get; set; }

    public PopulationDto? population { get; set; }

    public List<string>? notes { get; set; }

    public List<ViewpointDto>? viewpoints { get; set; }

    public List<GoalDto>? goals { get; set; }

    public List<ProjectDto>? projects { get; set; }
}

internal sealed class MunicipalityDto
{
    public string? name { get; set; }

    public string? prefecture { get; set; }

    public string? code { get; set; }
}

internal sealed class PlanPeriodDto
{
    public string? first { get; set; }

    public string? last { get; set; }
}

internal sealed class ViewpointDto
{
    public string? id { get; set; }

    public string? title { get; set; }

    public string? description { get; set; }
}

internal sealed class GoalDto
{
    public string? id { get; set; }

    public string? code { get; set; }

    public string? title { get; set; }

    public List<string>? viewpointIds { get; set; }

    public GoalLineageDto? lineage { get; set; }

    public List<AlignmentDto>? alignments { get; set; }

    public List<IndicatorDto>? indicators { get; set; }

    public List<MeasureDto>? measures { get; set; }
}

internal sealed class MeasureDto
{
    public string? id { get; set; }

    public string? code { get; set; }

    public string? title { get; set; }

    public List<string>? departments { get; set; }

    public List<string>? activities { get; set; }

    public int? priorityLevel { get; set; }

    public bool? usesDigitalTools { get; set; }

    public List<AlignmentDto>? alignments { get; set; }

    public List<MeasureDto>? subMeasures { get; set; }

    public List<IndicatorDto>? indicators { get; set; }
}

internal sealed class ProjectDto
{
    public string? id { get; set; }

    public string? title { get; set; }

    public List<string>? measureCodes { get; set; }
}

internal sealed class IndicatorDto
{
    public string? id { get; set; }

    public string? kind { get; set; }

    public string? name { get; set; }

    public UnitDto? unit { get; set; }

    public string? direction { get; set; }

    public string? valueKind { get; set; }

    public string? basis { get; set; }

    public List<string>? stages { get; set; }

    public string? source { get; set; }

    public string? note { get; set; }

    public BaselineDto? baseline { get; set; }

    public List<TargetDto>? targets { get; set; }

    public List<ObservationDto>? observations { get; set; }
}

internal sealed class UnitDto
{
    public string? label { get; set; }

    public decimal? scale { get; set; }

    public string? per { get; set; }
}

internal sealed class BaselineDto
{
    public string? period { get; set; }

    public decimal? value { get; set; }

    public string? stage { get; set; }

    public string? note { get; set; }
}

internal sealed class TargetDto
{
    public string? year { get; set; }

    public decimal? value { get; set; }

    public string? comparison { get; set; }

    public decimal? min { get; set; }

    public decimal? max { get; set; }

    public string? stage { get; set; }

    public bool? eachYear { get; set; }

    public string? note { get; set; }
}

internal sealed class ObservationDto
{
    public string? year { get; set; }

    public decimal? value { get; set; }

    public string? stage { get; set; }

    public string? status { get; set; }

    public string? asOf { get; set; }

    public string? reason { get; set; }

    public string? source { get; set; }

    public string? note { get; set; }

    public ManualGradeDto? manualGrade { get; set; }

    public string? publishedGrade { get; set; }
}

internal sealed class ManualGradeDto
{
    public string? grade { get; set; }

    public string? reason { get; set; }
}

internal sealed class StrategyReferenceDto
{
    public string? title { get; set; }

    public string? id { get; set; }

    public int? generation { get; set; }

    public PlanPeriodDto? planPeriod { get; set; }
}

internal sealed class GoalLineageDto
{
    public string? predecessorGoal { get; set; }

    public string? relation { get; set; }

    public string? note { get; set; }
}

internal sealed class AlignmentDto
{
    public string? framework { get; set; }

    public string? goal { get; set; }

    public string? note { get; set; }
}

internal sealed class PopulationDto
{
    public List<PopulationTargetDto>? targets { get; set; }

    public List<PathPointDto>? fertilityPath { get; set; }

    public List<PathPointDto>? socialChangePath { get; set; }

    public List<ComponentTargetDto>? componentTargets { get; set; }

    public List<PopulationActualDto>? actuals { get; set; }

    public string? yearsAsOf { get; set; }

    public string? note { get; set; }
}

internal sealed class PopulationTargetDto
{
    public string? period { get; set; }

    public List<TargetVersionDto>? versions { get; set; }
}

internal sealed class TargetVersionDto
{
    public decimal? value { get; set; }

    public decimal? min { get; set; }

    public decimal? max { get; set; }

    public string? adoptedIn { get; set; }

    public string? date { get; set; }

    public string? note { get; set; }
}

internal sealed class PathPointDto
{
    public string? period { get; set; }

    public decimal? value { get; set; }

    public bool? isActual { get; set; }

    public string? note { get; set; }
}

internal sealed class ComponentTargetDto
{
    public string? component { get; set; }

    public string? first { get; set; }

    public string? last { get; set; }

    public decimal? perYear { get; set; }

    public string? note { get; set; }
}

internal sealed class PopulationActualDto
{
    public string? asOf { get; set; }

    public decimal? value { get; set; }

    public string? source { get; set; }

    public string? note { get; set; }
}

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(StrategyDto))]
internal sealed partial class StrategyJsonContext : JsonSerializerContext
{
}
