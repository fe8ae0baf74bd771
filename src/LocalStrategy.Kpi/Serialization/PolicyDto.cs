#pragma warning disable SA1300, IDE1006, CA1002, CA2227, SA1402, SA1649
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalStrategy.Kpi.Serialization;

// The policy document as read, before validation (docs/policies.md documents every field; keep the
// two in step). As in Dto.cs, property names are the JSON names, so validation paths are JSON paths,
// and enumerations stay text until validation has accepted them.

/// <summary>The root of a policy document.</summary>
internal sealed class PolicyDocumentDto
{
    public int? formatVersion { get; set; }

    public string? name { get; set; }

    public TextDto? title { get; set; }

    public string? source { get; set; }

    public List<PolicyVersionDto>? versions { get; set; }

    public List<OverrideDto>? overrides { get; set; }
}

internal sealed class TextDto
{
    public string? ja { get; set; }

    public string? en { get; set; }
}

internal sealed class PolicyVersionDto
{
    public string? effectiveFrom { get; set; }

    public List<GradeDto>? grades { get; set; }

    public List<OutcomeDto>? notGradable { get; set; }

    public List<RuleDto>? rules { get; set; }
}

internal sealed class GradeDto
{
    public string? code { get; set; }

    public string? ja { get; set; }

    public string? en { get; set; }
}

internal sealed class RuleTextDto
{
    public string? id { get; set; }

    public string? en { get; set; }

    public string? ja { get; set; }
}

internal sealed class OutcomeDto
{
    public string? reason { get; set; }

    public string? grade { get; set; }

    public RuleTextDto? rule { get; set; }
}

internal sealed class RuleDto
{
    public string? id { get; set; }

    public string? en { get; set; }

    public string? ja { get; set; }

    public List<string>? basis { get; set; }

    public List<string>? directions { get; set; }

    public string? measure { get; set; }

    public string? target { get; set; }

    public bool? targetRequired { get; set; }

    public PlanYearsDto? planYears { get; set; }

    public List<BandDto>? bands { get; set; }

    public StagesDto? stages { get; set; }
}

internal sealed class PlanYearsDto
{
    public int? first { get; set; }

    public int? last { get; set; }
}

internal sealed class StagesDto
{
    public string? reached { get; set; }

    public string? notReached { get; set; }
}

internal class ConditionDto
{
    public string? measure { get; set; }

    public string? op { get; set; }

    public decimal? value { get; set; }

    public decimal? min { get; set; }

    public decimal? max { get; set; }

    public bool? minInclusive { get; set; }

    public bool? maxInclusive { get; set; }

    public decimal? reference { get; set; }

    public decimal? tolerance { get; set; }

    public string? toleranceOf { get; set; }

    public bool? inclusive { get; set; }
}

internal sealed class BandDto : ConditionDto
{
    public string? grade { get; set; }

    public bool? next { get; set; }

    public List<ConditionDto>? and { get; set; }
}

internal sealed class OverrideDto
{
    public string? indicator { get; set; }

    public string? year { get; set; }

    public string? policy { get; set; }

    public string? grade { get; set; }

    public string? reason { get; set; }
}

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PolicyDocumentDto))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext
{
}
