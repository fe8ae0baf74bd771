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
            PolicyChecks.Fail(context, ValidationCodes.Required, path + ".rules", null, "A version needs 'rules', tried in order.", "版には評価の基準（rules）が必要です。");
            return;
        }

        for (var r = 0; r < version.rules.Count; r++)
        {
            var rule = version.rules[r];
            var at = $"{path}.rules[{r}]";
            if (rule is null)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, at, null, "An element of 'rules' is null; remove it or give a value.", "「rules」の要素が null です。削除するか値を指定してください。");
                continue;
            }

            CheckRuleText(context, rule.id, rule.en, rule.ja, at, ruleTexts);
            PolicyChecks.KnownAll<GradingBasis>(context, rule.basis, at + ".basis", "basis", "評価の基準の種類");
            PolicyChecks.KnownAll<Direction>(context, rule.directions, at + ".directions", "directions", "方向");
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
                    PolicyChecks.Fail(context, PolicyValidationCodes.ConditionIncomplete, $"{at}.bands[{passing}].next", "true", "This band passes the indicator to the next rule, but the rule is the version's last: give it a grade, or add the rule it passes to.", "この区分は次の基準へ渡しますが、この基準は版の最後です。評価を指定するか、渡す先の基準を追加してください。");
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
                PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".measure", rule.measure, "A manual rule gives the recorded grade: it has no target, bands or stages.", "個別評価（manual）の基準は記録された評価を用います。目標値・区分・段階は指定できません。");
            }

            return;
        }

        if (rule.bands is not { Count: > 0 })
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".bands", null, $"A rule that measures '{name}' needs bands.", $"「{name}」を測る基準には区分（bands）が必要です。");
        }

        var needsTarget = measure is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate or RuleMeasure.TargetMet;
        if (needsTarget && (rule.target is null || rule.targetRequired == false))
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".target", rule.target, $"A rule that measures '{name}' needs a target it is required to have: give 'target' and leave 'targetRequired' out.", $"「{name}」を測る基準には必須の目標値が必要です。target を指定し、targetRequired は省略してください。");
        }

        if (rule.stages is not null && measure is not (RuleMeasure.AchievementRate or RuleMeasure.ProgressRate))
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".stages", null, $"'stages' grade milestones under a rate rule; a rule that measures '{name}' compares stages itself.", $"段階（stages）は率の基準で到達段階を評価するものです。「{name}」を測る基準では使えません。");
        }

        if (rule.targetRequired is not null && rule.target is null)
        {
            PolicyChecks.Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".targetRequired", Text.Raw(rule.targetRequired), "'targetRequired' only applies to a rule with a 'target'.", "targetRequired は target を指定した基準にだけ使えます。");
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
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".id", id, $"The rule id {Text.Of(id)} is used with another description elsewhere in the document; one id has one description.", $"基準の ID {Text.Of(id)} が文書内の別の箇所で異なる説明に使われています。ID と説明は1対1にしてください。");
            }
        }
        else
        {
            texts[id!] = (en, ja, at + ".id");
        }
    }
}
