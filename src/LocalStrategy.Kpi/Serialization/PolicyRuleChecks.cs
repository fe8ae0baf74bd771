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

/// <summary>The checks of a version's rules: ids and texts, measures and their targets.</summary>
internal static class PolicyRuleChecks
{
    internal static void CheckRules(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, HashSet<string> grades, Dictionary<string, (string? En, string? Ja, string Path)> ruleTexts)
    {
        if (version.rules is not { Count: > 0 })
        {
            PolicyChecks.Fail(context, ValidationCodes.Required, path + ".rules", null, ValidationMessages.RulesMissing());
            return;
        }

        for (var r = 0; r < version.rules.Count; r++)
        {
            var rule = version.rules[r];
            var at = $"{path}.rules[{r}]";
            if (rule is null)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, at, null, ValidationMessages.NullElement("rules"));
                continue;
            }

            CheckRuleText(context, rule.id, rule.en, rule.ja, at, ruleTexts);
            PolicyChecks.KnownAll<GradingBasis>(context, rule.basis, at + ".basis", "basis", "評価の基準の種類");
            PolicyChecks.KnownAll<Direction>(context, rule.directions, at + ".directions", "directions", "方向");
            CheckPlanYears(context, rule.planYears, at + ".planYears");
            var hasMeasure = PolicyChecks.Known<RuleMeasure>(context, rule.measure, at + ".measure", "measure", "測る量", required: true, out var measure);
            var hasTarget = PolicyChecks.Known<TargetSource>(context, rule.target, at + ".target", "target", "比べる目標値", required: false, out var target);
            if (!hasMeasure)
            {
                continue;
            }

            CheckMeasure(context, rule, at, measure, hasTarget ? target : null);
            if (rule.stages is not null)
            {
                PolicyChecks.KnownGrade(context, rule.stages.reached, at + ".stages.reached", grades);
                PolicyChecks.KnownGrade(context, rule.stages.notReached, at + ".stages.notReached", grades);
            }

            if (measure != RuleMeasure.Manual && rule.bands is { Count: > 0 })
            {
                PolicyBandChecks.CheckBands(context, rule.bands, at, measure, grades, rule.target is not null);
                var passing = rule.bands.FindIndex(b => b is not null && b.next == true);
                if (r == version.rules.Count - 1 && passing >= 0)
                {
                    PolicyChecks.Fail(context, PolicyValidationCodes.ConditionIncomplete, $"{at}.bands[{passing}].next", "true", ValidationMessages.LastRulePassesOn());
                }
            }
        }
    }

    internal static void CheckMeasure(ValidationContext<PolicyDocumentDto> context, RuleDto rule, string at, RuleMeasure measure, TargetSource? target)
    {
        var name = JsonNames<RuleMeasure>.Of(measure);
        if (measure == RuleMeasure.Manual)
        {
            if (rule.bands is not null || rule.target is not null || rule.stages is not null || rule.targetRequired is not null)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".measure", rule.measure, ValidationMessages.ManualRuleWithBands());
            }

            return;
        }

        if (rule.bands is not { Count: > 0 })
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".bands", null, ValidationMessages.RuleWithoutBands(name));
        }

        var needsTarget = measure is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate or RuleMeasure.TargetMet or RuleMeasure.ChangeFromTarget;
        if (needsTarget && (rule.target is null || rule.targetRequired == false))
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".target", rule.target, ValidationMessages.RuleNeedsRequiredTarget(name));
        }

        if (rule.stages is not null && measure is not (RuleMeasure.AchievementRate or RuleMeasure.ProgressRate))
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".stages", null, ValidationMessages.StagesOnNonRateRule(name));
        }

        if (rule.targetRequired is not null && rule.target is null)
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".targetRequired", Text.Raw(rule.targetRequired), ValidationMessages.TargetRequiredWithoutTarget());
        }
    }

    internal static void CheckRuleText(ValidationContext<PolicyDocumentDto> context, string? id, string? en, string? ja, string at, Dictionary<string, (string? En, string? Ja, string Path)> texts)
    {
        PolicyChecks.RequiredText(context, id, at + ".id", "id", "ID");
        PolicyChecks.RequiredText(context, en, at + ".en", "en", "英語の説明");
        PolicyChecks.RequiredText(context, ja, at + ".ja", "ja", "日本語の説明");
        if (string.IsNullOrWhiteSpace(id))
        {
            return;
        }

        if (texts.TryGetValue(id!, out var existing))
        {
            if (!string.Equals(existing.En, en, StringComparison.Ordinal) || !string.Equals(existing.Ja, ja, StringComparison.Ordinal))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".id", id, ValidationMessages.RuleIdRedescribed(Text.Of(id)));
            }
        }
        else
        {
            texts[id!] = (en, ja, at + ".id");
        }
    }

    private static void CheckPlanYears(ValidationContext<PolicyDocumentDto> context, PlanYearsDto? years, string at)
    {
        if (years is null)
        {
            return;
        }

        if (years.first is null && years.last is null)
        {
            PolicyChecks.Fail(context, ValidationCodes.Required, at, null, ValidationMessages.PlanYearsEmpty());
            return;
        }

        foreach (var (field, value) in new[] { ("first", years.first), ("last", years.last) })
        {
            if (value is < 1)
            {
                PolicyChecks.Fail(context, ValidationCodes.OutOfRange, at + "." + field, Text.Of(value), ValidationMessages.PlanYearOutOfRange(Text.Of(value)));
            }
        }

        if (years.first is { } first && years.last is { } last && first >= 1 && last < first)
        {
            PolicyChecks.Fail(context, ValidationCodes.YearRangeInvalid, at + ".last", Text.Of(last), ValidationMessages.YearRangeInverted(Text.Of(last), Text.Of(first)));
        }
    }
}
