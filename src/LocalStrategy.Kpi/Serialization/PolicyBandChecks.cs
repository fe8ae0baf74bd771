using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation.Results;
using FluentValidation;
using LocalStrategy.Kpi.Grading.Engine;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>The checks of a rule's bands: each condition, and that the bands cover the measure's line with no gap and no unreachable band.</summary>
internal static class PolicyBandChecks
{
    internal static void CheckBands(ValidationContext<PolicyDocumentDto> context, List<BandDto> bands, string at, RuleMeasure measure, HashSet<string> grades, bool hasTarget)
    {
        var complete = new List<(BandCondition Condition, bool Conditional)>();
        var allComplete = true;
        for (var b = 0; b < bands.Count; b++)
        {
            var band = bands[b];
            var bandPath = $"{at}.bands[{b}]";
            if (band is null)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, bandPath, null, ValidationMessages.NullElement("bands"));
                allComplete = false;
                continue;
            }

            if (band.next == true && band.grade is not null)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.ConditionIncomplete, bandPath + ".next", "true", ValidationMessages.BandGradeAndNext());
            }
            else if (band.next != true)
            {
                if (band.grade is null)
                {
                    PolicyChecks.Fail(context, ValidationCodes.Required, bandPath + ".grade", null, ValidationMessages.BandWithoutGrade());
                }
                else
                {
                    PolicyChecks.KnownGrade(context, band.grade, bandPath + ".grade", grades);
                }
            }

            if (band.measure is not null)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, bandPath + ".measure", band.measure, ValidationMessages.BandOnOtherMeasure());
            }

            var condition = Condition(context, band, bandPath, measure, isAnd: false, hasTarget);
            var ands = band.and ?? new List<ConditionDto>();
            for (var a = 0; a < ands.Count; a++)
            {
                var andPath = $"{bandPath}.and[{a}]";
                if (ands[a] is null)
                {
                    PolicyChecks.Fail(context, ValidationCodes.Required, andPath, null, ValidationMessages.NullElement("and"));
                    continue;
                }

                Condition(context, ands[a], andPath, measure, isAnd: true, hasTarget);
            }

            if (condition is null)
            {
                allComplete = false;
            }
            else
            {
                complete.Add((condition, ands.Count > 0));
            }
        }

        if (!allComplete)
        {
            return;
        }

        // The partition check tests every edge against every other at every size a relative tolerance can
        // take: its work grows with the fourth power of such bands, so their number is bounded.
        if (bands.Count > MaxBands || complete.Count(b => b.Condition.Comparison == BandComparison.Within && b.Condition.ToleranceOf != ToleranceBasis.Measure) > MaxRelativeBands)
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.TooManyBands, at + ".bands", Text.Raw(bands.Count), ValidationMessages.TooManyBands(MaxBands, MaxRelativeBands));
            return;
        }

        var analysis = BandPartition.Analyse(measure, complete);
        if (analysis.Gap is { } gap)
        {
            var value = Describe(gap, measure);
            PolicyChecks.Fail(context, PolicyValidationCodes.BandGap, at + ".bands", value, ValidationMessages.BandGap(MeasureName(measure), value, analysis.GapBaseline, ofTarget: measure == RuleMeasure.ChangeFromTarget));
        }

        foreach (var index in analysis.Unreachable)
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.BandUnreachable, $"{at}.bands[{index}]", bands[index].grade, ValidationMessages.BandUnreachable(index, Text.Of(bands[index].grade ?? "next")));
        }
    }

    /// <summary>The most bands a rule may have.</summary>
    internal const int MaxBands = 64;

    /// <summary>The most <c>within</c> bands with a tolerance measured in the baseline or the target a rule may have.</summary>
    internal const int MaxRelativeBands = 12;

    internal static BandCondition? Condition(ValidationContext<PolicyDocumentDto> context, ConditionDto dto, string path, RuleMeasure ruleMeasure, bool isAnd, bool hasTarget)
    {
        // A band's own measure is reported by CheckBands; the condition is then not complete.
        var ok = isAnd || dto.measure is null;
        RuleMeasure? measure = null;
        if (isAnd)
        {
            if (!PolicyChecks.Known<RuleMeasure>(context, dto.measure, path + ".measure", "measure", "測る量", required: true, out var m))
            {
                ok = false;
            }
            else if (m == RuleMeasure.Manual)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, path + ".measure", dto.measure, ValidationMessages.ConditionMeasuresManual());
                ok = false;
            }
            else if (!hasTarget && m is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate or RuleMeasure.TargetMet or RuleMeasure.ChangeFromTarget)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, path + ".measure", dto.measure, ValidationMessages.ConditionNeedsTarget(dto.measure));
                ok = false;
            }
            else
            {
                measure = m;
            }
        }

        if (!PolicyDtoMapper.TryParseOperator(dto.op, out var comparison))
        {
            PolicyChecks.Fail(context, ValidationCodes.UnknownValue, path + ".op", dto.op, ValidationMessages.UnknownComparison(dto.op, Text.Names(PolicyDtoMapper.OperatorNames)));
            return null;
        }

        if (isAnd && comparison == BandComparison.Otherwise)
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.ConditionIncomplete, path + ".op", dto.op, ValidationMessages.OtherwiseInAnd());
            ok = false;
        }

        var needs = comparison switch
        {
            BandComparison.AtLeast or BandComparison.Above or BandComparison.AtMost or BandComparison.Below or BandComparison.EqualTo => new[] { "value" },
            BandComparison.Between => new[] { "min", "max", "minInclusive", "maxInclusive" },
            BandComparison.Within => new[] { "tolerance", "inclusive" },
            _ => Array.Empty<string>(),
        };
        var optional = comparison == BandComparison.Within ? new[] { "reference", "toleranceOf" } : Array.Empty<string>();
        var given = new (string Name, bool Present)[]
        {
            ("value", dto.value is not null), ("min", dto.min is not null), ("max", dto.max is not null),
            ("minInclusive", dto.minInclusive is not null), ("maxInclusive", dto.maxInclusive is not null),
            ("reference", dto.reference is not null), ("tolerance", dto.tolerance is not null),
            ("toleranceOf", dto.toleranceOf is not null), ("inclusive", dto.inclusive is not null),
        };
        var op = dto.op!;
        foreach (var (name, present) in given)
        {
            if (needs.Contains(name) && !present)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.ConditionIncomplete, path + "." + name, null, ValidationMessages.ComparisonNeedsField(op, name));
                ok = false;
            }
            else if (present && !needs.Contains(name) && !optional.Contains(name))
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.ConditionIncomplete, path + "." + name, null, ValidationMessages.ComparisonDoesNotUseField(op, name));
                ok = false;
            }
        }

        if (comparison == BandComparison.Between && dto.min is { } min && dto.max is { } max && min > max)
        {
            PolicyChecks.Fail(context, ValidationCodes.OutOfRange, path + ".min", Text.Raw(min), ValidationMessages.BetweenInverted(Text.Of(min), Text.Of(max)));
            ok = false;
        }

        if (dto.tolerance is < 0m)
        {
            PolicyChecks.Fail(context, ValidationCodes.OutOfRange, path + ".tolerance", Text.Raw(dto.tolerance), ValidationMessages.NegativeTolerance(Text.Of(dto.tolerance)));
            ok = false;
        }

        var toleranceOf = ToleranceBasis.Measure;
        if (dto.toleranceOf is not null && !PolicyChecks.Known<ToleranceBasis>(context, dto.toleranceOf, path + ".toleranceOf", "toleranceOf", "許容幅の基準", required: false, out toleranceOf))
        {
            ok = false;
        }

        if (toleranceOf == ToleranceBasis.Baseline && (measure ?? ruleMeasure) is not (RuleMeasure.ChangeFromBaseline or RuleMeasure.ChangeFromPrevious))
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, path + ".toleranceOf", dto.toleranceOf, ValidationMessages.BaselineToleranceOnRate());
            ok = false;
        }

        if (toleranceOf == ToleranceBasis.Target && (measure ?? ruleMeasure) != RuleMeasure.ChangeFromTarget)
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, path + ".toleranceOf", dto.toleranceOf, ValidationMessages.TargetToleranceOnOtherMeasure());
            ok = false;
        }

        return ok ? PolicyDtoMapper.ToModel(dto) : null;
    }

    internal static string Describe(in Measured value, RuleMeasure measure) => value.Exact is { } exact ? exact.ToString() : value.Kind switch
    {
        RateKind.PositiveInfinity => "+∞",
        RateKind.NegativeInfinity => "-∞",
        _ => measure is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate
            ? value.Value.ToString(CultureInfo.InvariantCulture) + " (" + Rate.Of(value.Value).ToPercentString(1) + ")"
            : value.Value.ToString(CultureInfo.InvariantCulture),
    };

    internal static LocalizedText MeasureName(RuleMeasure measure) => measure switch
    {
        RuleMeasure.AchievementRate => new("達成率", "an achievement rate"),
        RuleMeasure.ProgressRate => new("進捗率", "a progress rate"),
        RuleMeasure.ChangeFromBaseline => new("基準値からの変化", "a change from the baseline"),
        RuleMeasure.ChangeFromPrevious => new("前年度からの変化", "a change from the previous year"),
        RuleMeasure.ChangeFromTarget => new("目標値との差", "a difference from the target"),
        _ => new("目標達成（1）か否か（0）", "a target-met value (1 met, 0 not met)"),
    };
}
