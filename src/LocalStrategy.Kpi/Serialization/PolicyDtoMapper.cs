using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>Maps a validated policy document to the model and back. Reading assumes validation accepted the DTO.</summary>
internal static class PolicyDtoMapper
{
    private static readonly (string Symbol, BandComparison Comparison)[] Operators =
    {
        (">=", BandComparison.AtLeast),
        (">", BandComparison.Above),
        ("<=", BandComparison.AtMost),
        ("<", BandComparison.Below),
        ("=", BandComparison.EqualTo),
        ("between", BandComparison.Between),
        ("within", BandComparison.Within),
        ("otherwise", BandComparison.Otherwise),
    };

    /// <summary>Gets the operator spellings of the format, in order.</summary>
    internal static IReadOnlyList<string> OperatorNames { get; } = Operators.Select(o => o.Symbol).ToArray();

    internal static bool TryParseOperator(string? symbol, out BandComparison comparison)
    {
        foreach (var (s, c) in Operators)
        {
            if (string.Equals(s, symbol, StringComparison.Ordinal))
            {
                comparison = c;
                return true;
            }
        }

        comparison = default;
        return false;
    }

    internal static string OperatorOf(BandComparison comparison)
    {
        foreach (var (s, c) in Operators)
        {
            if (c == comparison)
            {
                return s;
            }
        }

        return ((int)comparison).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static PolicyDefinition ToModel(PolicyDocumentDto dto) => new(dto.name!, new LocalizedText(dto.title!.ja!, dto.title.en!), ValueList<PolicyVersion>.From(dto.versions!.Select(ToModel)))
    {
        Source = dto.source,
        Overrides = ValueList<IndicatorOverride>.From(dto.overrides?.Select(ToModel)),
    };

    internal static PolicyDocumentDto ToDto(PolicyDefinition definition) => new()
    {
        formatVersion = PolicyJson.CurrentFormatVersion,
        name = definition.Name,
        title = new TextDto { ja = definition.Title.Japanese, en = definition.Title.English },
        source = definition.Source,
        versions = definition.Versions.Select(v => v is null ? null! : ToDto(v)).ToList(),
        overrides = definition.Overrides.Count == 0 ? null : definition.Overrides.Select(o => o is null ? null! : ToDto(o)).ToList(),
    };

    private static PolicyVersion ToModel(PolicyVersionDto dto) => new(
        ValueList<Grade>.From(dto.grades!.Select(g => new Grade(g.code!, new LocalizedText(g.ja!, g.en!)))),
        ValueList<PolicyRule>.From(dto.rules!.Select(ToModel)))
    {
        EffectiveFrom = dto.effectiveFrom is null ? null : JapanesePeriods.ParseFiscalYear(dto.effectiveFrom),
        NotGradable = ValueList<NotGradableOutcome>.From(dto.notGradable?.Select(o => new NotGradableOutcome(
            JsonNames<NotGradableReason>.Parse(o.reason!),
            o.grade,
            o.rule is null ? null : new GradingRule(o.rule.id!, new LocalizedText(o.rule.ja!, o.rule.en!))))),
    };

    private static PolicyVersionDto ToDto(PolicyVersion version) => new()
    {
        effectiveFrom = version.EffectiveFrom?.ToString(),
        grades = version.Grades.Select(g => g is null ? null! : new GradeDto { code = g.Code, ja = g.Label.Japanese, en = g.Label.English }).ToList(),
        notGradable = version.NotGradable.Count == 0 ? null : version.NotGradable.Select(o => o is null ? null! : new OutcomeDto
        {
            reason = JsonNames<NotGradableReason>.OfAny(o.Reason),
            grade = o.Grade,
            rule = o.Rule is null ? null : new RuleTextDto { id = o.Rule.Id, en = o.Rule.Description.English, ja = o.Rule.Description.Japanese },
        }).ToList(),
        rules = version.Rules.Select(r => r is null ? null! : ToDto(r)).ToList(),
    };

    private static PolicyRule ToModel(RuleDto dto) => new(new GradingRule(dto.id!, new LocalizedText(dto.ja!, dto.en!)), JsonNames<RuleMeasure>.Parse(dto.measure!))
    {
        Bases = ValueList<GradingBasis>.From(dto.basis?.Select(JsonNames<GradingBasis>.Parse)),
        Directions = ValueList<Direction>.From(dto.directions?.Select(JsonNames<Direction>.Parse)),
        Target = dto.target is null ? null : JsonNames<TargetSource>.Parse(dto.target),
        TargetRequired = dto.targetRequired ?? true,
        FirstPlanYear = dto.planYears?.first,
        LastPlanYear = dto.planYears?.last,
        Bands = ValueList<PolicyBand>.From(dto.bands?.Select(b => new PolicyBand(b.next == true ? null : b.grade, ToModel(b))
        {
            And = ValueList<BandCondition>.From(b.and?.Select(ToModel)),
        })),
        Stages = dto.stages is null ? null : new StageGrades(dto.stages.reached, dto.stages.notReached),
    };

    private static RuleDto ToDto(PolicyRule rule) => new()
    {
        id = rule.Rule.Id,
        en = rule.Rule.Description.English,
        ja = rule.Rule.Description.Japanese,
        basis = rule.Bases.Count == 0 ? null : rule.Bases.Select(JsonNames<GradingBasis>.OfAny).ToList(),
        directions = rule.Directions.Count == 0 ? null : rule.Directions.Select(JsonNames<Direction>.OfAny).ToList(),
        measure = JsonNames<RuleMeasure>.OfAny(rule.Measure),
        target = rule.Target is { } t ? JsonNames<TargetSource>.OfAny(t) : null,
        targetRequired = rule.TargetRequired ? null : false,
        planYears = rule.FirstPlanYear is null && rule.LastPlanYear is null ? null : new PlanYearsDto { first = rule.FirstPlanYear, last = rule.LastPlanYear },
        bands = rule.Bands.Count == 0 ? null : rule.Bands.Select(b => b is null ? null! : ToDto(b)).ToList(),
        stages = rule.Stages is null ? null : new StagesDto { reached = rule.Stages.Reached, notReached = rule.Stages.NotReached },
    };

    /// <summary>The condition a validated condition DTO states.</summary>
    internal static BandCondition ToModel(ConditionDto dto)
    {
        var comparison = TryParseOperator(dto.op, out var parsed) ? parsed : BandComparison.Otherwise;
        return new BandCondition(comparison)
        {
            Measure = dto.measure is null ? null : JsonNames<RuleMeasure>.Parse(dto.measure),
            Value = dto.value,
            Min = dto.min,
            Max = dto.max,
            MinInclusive = dto.minInclusive,
            MaxInclusive = dto.maxInclusive,
            Reference = dto.reference,
            Tolerance = dto.tolerance,
            ToleranceOf = JsonNames<ToleranceBasis>.ParseOr(dto.toleranceOf, ToleranceBasis.Measure),
            Inclusive = dto.inclusive,
        };
    }

    private static BandDto ToDto(PolicyBand band)
    {
        var dto = new BandDto
        {
            grade = band.Grade,
            next = band.PassesToNextRule ? true : null,
            and = band.And.Count == 0 ? null : band.And.Select(c => c is null ? null! : Fill(new ConditionDto(), c)).ToList(),
        };
        Fill(dto, band.Condition);
        return dto;
    }

    private static ConditionDto Fill(ConditionDto dto, BandCondition condition)
    {
        dto.measure = condition.Measure is { } m ? JsonNames<RuleMeasure>.OfAny(m) : null;
        dto.op = OperatorOf(condition.Comparison);
        dto.value = condition.Value;
        dto.min = condition.Min;
        dto.max = condition.Max;
        dto.minInclusive = condition.MinInclusive;
        dto.maxInclusive = condition.MaxInclusive;
        dto.reference = condition.Reference;
        dto.tolerance = condition.Tolerance;
        dto.toleranceOf = condition.Comparison == BandComparison.Within && condition.ToleranceOf != ToleranceBasis.Measure
            ? JsonNames<ToleranceBasis>.OfAny(condition.ToleranceOf)
            : null;
        dto.inclusive = condition.Inclusive;
        return dto;
    }

    private static IndicatorOverride ToModel(OverrideDto dto) => new(dto.indicator!)
    {
        Year = dto.year is null ? null : JapanesePeriods.ParseFiscalYear(dto.year),
        Policy = dto.policy,
        Manual = dto.grade is null ? null : new ManualGrade(dto.grade, dto.reason!),
    };

    private static OverrideDto ToDto(IndicatorOverride o) => new()
    {
        indicator = o.IndicatorId,
        year = o.Year?.ToString(),
        policy = o.Policy,
        grade = o.Manual?.Grade,
        reason = o.Manual?.Reason,
    };
}
