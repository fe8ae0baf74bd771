using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// Whether an indicator certainly meets every rule of <see cref="IndicatorDtoValidator"/>, checked
/// without allocating: the common case, a valid indicator, is then not run through the rule engine,
/// which allocates for every field of every target and observation. Any doubt answers false, and the
/// indicator goes through <see cref="IndicatorDtoValidator"/>, which names every problem; so a
/// document's errors are exactly what they were. A property test holds the two to the same verdict.
/// </summary>
internal static class IndicatorQuickCheck
{
    internal static bool Passes(IndicatorDto? indicator)
    {
        if (indicator is null
            || IsBlank(indicator.id)
            || IsBlank(indicator.name)
            || !Known<IndicatorKind>(indicator.kind)
            || indicator.direction is null
            || !Known<Direction>(indicator.direction)
            || !Known<ValueKind>(indicator.valueKind)
            || !Known<GradingBasis>(indicator.basis)
            || indicator.unit is not { label: not null } unit
            || (unit.scale is { } scale && scale <= 0m)
            || (unit.per is not null && !Known<FlowBasis>(unit.per)))
        {
            return false;
        }

        var percentage = indicator.valueKind == "percentage";
        var stages = indicator.stages;
        if (stages is not null && !DistinctAndNotNull(stages))
        {
            return false;
        }

        if (indicator.baseline is { } baseline
            && ((baseline.period is not null && !JapanesePeriods.TryParse(baseline.period, out _, out _))
                || (percentage && !InPercentRange(baseline.value))
                || (baseline.stage is not null && !HasStage(stages, baseline.stage))))
        {
            return false;
        }

        var targets = indicator.targets;
        if (targets is not null)
        {
            var anyRange = false;
            for (var i = 0; i < targets.Count; i++)
            {
                var t = targets[i];
                if (t is null
                    || !JapanesePeriods.TryParseFiscalYear(t.year, out var year, out _)
                    || (t.comparison is not null && !Known<TargetComparison>(t.comparison))
                    || !IndicatorDtoValidator.IsComplete(t)
                    || (t.min is { } min && t.max is { } max && min > max)
                    || (percentage && (!InPercentRange(t.value) || !InPercentRange(t.min) || !InPercentRange(t.max)))
                    || (t.stage is not null && !HasStage(stages, t.stage)))
                {
                    return false;
                }

                anyRange |= t.comparison == "between";
                for (var j = 0; j < i; j++)
                {
                    // Another target for the same year (written alike or not: FY2020 and 2020 are one year).
                    if (JapanesePeriods.TryParseFiscalYear(targets[j]!.year, out var other, out _) && other == year)
                    {
                        return false;
                    }
                }
            }

            if (indicator.direction == "withinRange" && targets.Count > 0 && !anyRange)
            {
                return false;
            }
        }

        var observations = indicator.observations;
        if (observations is not null)
        {
            foreach (var o in observations)
            {
                if (o is null
                    || !JapanesePeriods.TryParseFiscalYear(o.year, out _, out _)
                    || (o.status is not null && !Known<ObservationStatus>(o.status))
                    || (o.asOf is not null && !JapanesePeriods.TryParse(o.asOf, out _, out _))
                    || (o.manualGrade is { } manual && (IsBlank(manual.grade) || IsBlank(manual.reason)))
                    || (percentage && !InPercentRange(o.value))
                    || (o.stage is not null && !HasStage(stages, o.stage)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Known<TEnum>(string? name)
        where TEnum : struct, Enum
        => name is not null && JsonNames<TEnum>.TryParse(name, out _);

    private static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InPercentRange(decimal? value) => value is null || (value >= 0m && value <= 100m);

    private static bool HasStage(List<string>? stages, string stage)
    {
        if (stages is null)
        {
            return false;
        }

        foreach (var s in stages)
        {
            if (string.Equals(s, stage, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DistinctAndNotNull(List<string> stages)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] is null)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(stages[i], stages[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
