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

/// <summary>
/// The rules of a policy document (docs/policies.md). Field rules are FluentValidation rules; the
/// rules across fields (grades named, bands partitioning the measure line, versions in order) are
/// FluentValidation custom rules that report every problem with its JSON path.
/// </summary>
internal sealed class PolicyDocumentValidator : AbstractValidator<PolicyDocumentDto>
{
    private static readonly NotGradableReason[] ConditionReasons = DeclarativePolicy.DefaultOrder;

    internal PolicyDocumentValidator()
    {
        RuleFor(x => x.formatVersion)
            .Must(v => v == PolicyJson.CurrentFormatVersion)
            .Fails(
                ValidationCodes.FormatVersionUnsupported,
                (_, v) => v is null
                    ? ValidationMessages.PolicyFormatVersionMissing(PolicyJson.CurrentFormatVersion)
                    : ValidationMessages.FormatVersionUnsupported(Text.Of(v), PolicyJson.CurrentFormatVersion));
        RuleFor(x => x.name).Required("name", "名前");
        RuleFor(x => x.name)
            .Must(n => PolicyNames.IsValid(n!))
            .When(x => !string.IsNullOrWhiteSpace(x.name))
            .Fails(PolicyValidationCodes.InvalidName, (_, n) => ValidationMessages.InvalidPolicyName(Text.Of(n)));
        RuleFor(x => x.title)
            .NotNull()
            .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.PolicyTitleMissing());
        When(x => x.title is not null, () =>
        {
            RuleFor(x => x.title!.ja).Required("title.ja", "タイトル（日本語）").OverridePropertyName("title.ja");
            RuleFor(x => x.title!.en).Required("title.en", "タイトル（英語）").OverridePropertyName("title.en");
        });
        RuleFor(x => x.versions)
            .Must(v => v is { Count: > 0 })
            .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.VersionsMissing());
        RuleForEach(x => x.versions).NotNullItem("versions");
        RuleForEach(x => x.overrides).NotNullItem("overrides");
        RuleFor(x => x).Custom(CheckDocument);
    }

    private static void CheckDocument(PolicyDocumentDto dto, ValidationContext<PolicyDocumentDto> context)
    {
        var versions = dto.versions ?? new List<PolicyVersionDto>();
        FiscalYear? previousFrom = null;
        var allGrades = new HashSet<string>(StringComparer.Ordinal);
        var ruleTexts = new Dictionary<string, (string? En, string? Ja, string Path)>(StringComparer.Ordinal);
        var labels = new Dictionary<string, (string? Ja, string? En)>(StringComparer.Ordinal);
        for (var v = 0; v < versions.Count; v++)
        {
            var version = versions[v];
            if (version is null)
            {
                continue;
            }

            var path = $"versions[{v}]";
            previousFrom = CheckEffectiveFrom(context, version, path, v, previousFrom);
            var grades = CheckGrades(context, version, path, labels);
            allGrades.UnionWith(grades);
            CheckOutcomes(context, version, path, grades, ruleTexts);
            PolicyRuleChecks.CheckRules(context, version, path, grades, ruleTexts);
        }

        CheckOverrides(context, dto.overrides, allGrades);

        // The engine reports these ids itself; a rule of the document must not use them.
        foreach (var reserved in new[] { dto.name + ".override", dto.name + ".notInForce" })
        {
            if (!string.IsNullOrWhiteSpace(dto.name) && ruleTexts.TryGetValue(reserved, out var use))
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.ReservedCode, use.Path, reserved, ValidationMessages.ReservedRuleId(reserved));
            }
        }
    }

    private static FiscalYear? CheckEffectiveFrom(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, int index, FiscalYear? previous)
    {
        if (version.effectiveFrom is null)
        {
            if (index > 0)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, path + ".effectiveFrom", null, ValidationMessages.EffectiveFromMissing());
            }

            return previous;
        }

        if (!JapanesePeriods.TryParseFiscalYear(version.effectiveFrom, out var year, out _))
        {
            PolicyChecks.Fail(context, ValidationCodes.InvalidPeriod, path + ".effectiveFrom", version.effectiveFrom, ValidationMessages.NotAFiscalYear(Text.Of(version.effectiveFrom)));
            return previous;
        }

        if (previous is { } p && year <= p)
        {
            PolicyChecks.Fail(context, ValidationCodes.PeriodsNotIncreasing, path + ".effectiveFrom", version.effectiveFrom, ValidationMessages.VersionsNotIncreasing(year, p));
        }

        return year;
    }

    private static HashSet<string> CheckGrades(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, Dictionary<string, (string? Ja, string? En)> labels)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (version.grades is not { Count: > 0 })
        {
            PolicyChecks.Fail(context, ValidationCodes.Required, path + ".grades", null, ValidationMessages.GradesMissing());
            return codes;
        }

        for (var g = 0; g < version.grades.Count; g++)
        {
            var grade = version.grades[g];
            var at = $"{path}.grades[{g}]";
            if (grade is null)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, at, null, ValidationMessages.NullElement("grades"));
                continue;
            }

            PolicyChecks.RequiredText(context, grade.code, at + ".code", "code", "コード");
            PolicyChecks.RequiredText(context, grade.ja, at + ".ja", "ja", "日本語の表記");
            PolicyChecks.RequiredText(context, grade.en, at + ".en", "en", "英語の表記");
            if (string.IsNullOrWhiteSpace(grade.code))
            {
                continue;
            }

            if (string.Equals(grade.code, Grade.NotGradable.Code, StringComparison.Ordinal))
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.ReservedCode, at + ".code", grade.code, ValidationMessages.ReservedGradeCode());
            }
            else if (!codes.Add(grade.code!))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".code", grade.code, ValidationMessages.DuplicateGradeCode(Text.Of(grade.code)));
            }
            else if (labels.TryGetValue(grade.code!, out var earlier) && (earlier.Ja != grade.ja || earlier.En != grade.en))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".code", grade.code, ValidationMessages.GradeRelabelled(Text.Of(grade.code)));
            }
            else
            {
                labels[grade.code!] = (grade.ja, grade.en);
            }
        }

        return codes;
    }

    private static void CheckOutcomes(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, HashSet<string> grades, Dictionary<string, (string? En, string? Ja, string Path)> ruleTexts)
    {
        var seen = new HashSet<NotGradableReason>();
        var outcomes = version.notGradable ?? new List<OutcomeDto>();
        for (var o = 0; o < outcomes.Count; o++)
        {
            var outcome = outcomes[o];
            var at = $"{path}.notGradable[{o}]";
            if (outcome is null)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, at, null, ValidationMessages.NullElement("notGradable"));
                continue;
            }

            var names = ConditionReasons.Select(JsonNames<NotGradableReason>.Of).ToArray();
            if (!JsonNames<NotGradableReason>.TryParse(outcome.reason, out var reason) || !ConditionReasons.Contains(reason))
            {
                PolicyChecks.Fail(context, ValidationCodes.UnknownValue, at + ".reason", outcome.reason, ValidationMessages.UnknownNotGradableReason(Text.Of(outcome.reason), Text.Names(names)));
            }
            else if (!seen.Add(reason))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".reason", outcome.reason, ValidationMessages.DuplicateNotGradableReason(Text.Of(outcome.reason)));
            }

            PolicyChecks.KnownGrade(context, outcome.grade, at + ".grade", grades);
            if (outcome.rule is not null)
            {
                PolicyRuleChecks.CheckRuleText(context, outcome.rule.id, outcome.rule.en, outcome.rule.ja, at + ".rule", ruleTexts);
            }
        }
    }

    private static void CheckOverrides(ValidationContext<PolicyDocumentDto> context, List<OverrideDto>? overrides, HashSet<string> grades)
    {
        var seen = new HashSet<(string, int?)>();
        for (var o = 0; o < (overrides?.Count ?? 0); o++)
        {
            var item = overrides![o];
            var at = $"overrides[{o}]";
            if (item is null)
            {
                continue;
            }

            PolicyChecks.RequiredText(context, item.indicator, at + ".indicator", "indicator", "指標");
            int? year = null;
            if (item.year is not null)
            {
                if (JapanesePeriods.TryParseFiscalYear(item.year, out var fy, out _))
                {
                    year = fy.Year;
                }
                else
                {
                    PolicyChecks.Fail(context, ValidationCodes.InvalidPeriod, at + ".year", item.year, ValidationMessages.NotAFiscalYear(Text.Of(item.year)));
                }
            }

            if (item.policy is not null && string.IsNullOrWhiteSpace(item.policy))
            {
                PolicyChecks.RequiredText(context, item.policy, at + ".policy", "policy", "評価方法");
            }
            else if ((item.policy is null) == (item.grade is null))
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.OverrideInvalid, at, item.indicator, ValidationMessages.OverrideNeitherOrBoth());
            }
            else if (item.grade is not null)
            {
                if (string.IsNullOrWhiteSpace(item.reason))
                {
                    PolicyChecks.Fail(context, PolicyValidationCodes.OverrideInvalid, at + ".reason", null, ValidationMessages.ManualGradeWithoutReason());
                }

                if (!grades.Contains(item.grade))
                {
                    PolicyChecks.Fail(context, PolicyValidationCodes.UnknownGrade, at + ".grade", item.grade, ValidationMessages.UnknownOverrideGrade(Text.Of(item.grade), Text.Names(grades)));
                }
            }
            else if (item.reason is not null)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.OverrideInvalid, at + ".reason", item.reason, ValidationMessages.OverrideReasonWithPolicy());
            }

            if (item.indicator is not null && !seen.Add((item.indicator, year)))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".indicator", item.indicator, ValidationMessages.DuplicateOverride(Text.Of(item.indicator)));
            }
        }
    }

}
