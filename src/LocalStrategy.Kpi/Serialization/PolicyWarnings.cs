using System.Globalization;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>What a valid policy document most likely does not mean; reported beside it, never instead of it.</summary>
internal static class PolicyWarnings
{
    // Rates are fractions (1 = 100 %); a threshold beyond ±10 (±1,000 %) is most likely a percentage.
    private const decimal PlausibleRate = 10m;

    internal static ValueList<ValidationError> Of(PolicyDefinition definition)
    {
        var warnings = new List<ValidationError>();
        for (var v = 0; v < definition.Versions.Count; v++)
        {
            var rules = definition.Versions[v].Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                var rule = rules[r];
                for (var b = 0; b < rule.Bands.Count; b++)
                {
                    var path = $"$.versions[{v}].rules[{r}].bands[{b}]";
                    var band = rule.Bands[b];
                    Check(warnings, path, band.Condition, rule.Measure);
                    for (var a = 0; a < band.And.Count; a++)
                    {
                        Check(warnings, $"{path}.and[{a}]", band.And[a], rule.Measure);
                    }
                }
            }
        }

        return ValueList<ValidationError>.From(warnings);
    }

    private static void Check(List<ValidationError> warnings, string path, BandCondition condition, RuleMeasure ruleMeasure)
    {
        if ((condition.Measure ?? ruleMeasure) is not (RuleMeasure.AchievementRate or RuleMeasure.ProgressRate))
        {
            return;
        }

        foreach (var (field, value) in new[] { ("value", condition.Value), ("min", condition.Min), ("max", condition.Max) })
        {
            if (value is { } threshold && Math.Abs(threshold) > PlausibleRate)
            {
                var text = threshold.ToString(CultureInfo.InvariantCulture);

                // × 100 overflows a decimal beyond 7.9e26; such a threshold is shown with its exponent.
                var percent = Math.Abs(threshold) <= 1e26m
                    ? (threshold * 100m).ToString("#,0.##########", CultureInfo.InvariantCulture)
                    : (threshold / 1e25m).ToString("0.###", CultureInfo.InvariantCulture) + "e27";
                warnings.Add(new ValidationError(
                    PolicyValidationCodes.ImplausibleRateThreshold,
                    path + "." + field,
                    text,
                    ValidationMessages.ImplausibleRateThreshold(text, percent, (threshold / 100m).ToString(CultureInfo.InvariantCulture))));
            }
        }
    }
}
