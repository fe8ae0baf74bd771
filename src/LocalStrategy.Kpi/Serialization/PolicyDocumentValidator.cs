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
                    ? $"The field 'formatVersion' is required: this library reads formatVersion {PolicyJson.CurrentFormatVersion}."
                    : $"formatVersion {Text.Of(v)} is not supported; this library reads formatVersion {PolicyJson.CurrentFormatVersion}.",
                (_, v) => v is null
                    ? $"「formatVersion」は必須です。このライブラリが読めるのは formatVersion {PolicyJson.CurrentFormatVersion} です。"
                    : $"formatVersion {Text.Of(v)} には対応していません。このライブラリが読めるのは formatVersion {PolicyJson.CurrentFormatVersion} です。");
        RuleFor(x => x.name).Required("name", "名前");
        RuleFor(x => x.name)
            .Must(n => PolicyNames.IsValid(n!))
            .When(x => !string.IsNullOrWhiteSpace(x.name))
            .Fails(
                PolicyValidationCodes.InvalidName,
                (_, n) => $"The policy name {Text.Of(n)} must be lower-case letters, digits and hyphens, for example 'my-city-2025'.",
                (_, n) => $"評価方法の名前 {Text.Of(n)} は英小文字・数字・ハイフンにしてください（例: my-city-2025）。");
        RuleFor(x => x.title)
            .NotNull()
            .Fails(ValidationCodes.Required, (_, _) => "The field 'title' is required: give {\"ja\": …, \"en\": …}.", (_, _) => "「タイトル」（title）は必須です。{\"ja\": …, \"en\": …} としてください。");
        When(x => x.title is not null, () =>
        {
            RuleFor(x => x.title!.ja).Required("title.ja", "タイトル（日本語）").OverridePropertyName("title.ja");
            RuleFor(x => x.title!.en).Required("title.en", "タイトル（英語）").OverridePropertyName("title.en");
        });
        RuleFor(x => x.versions)
            .Must(v => v is { Count: > 0 })
            .Fails(ValidationCodes.Required, (_, _) => "The field 'versions' is required and must hold at least one version.", (_, _) => "「版」（versions）は必須で、1つ以上の版が必要です。");
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
                PolicyChecks.Fail(context, PolicyValidationCodes.ReservedCode, use.Path, reserved, $"The rule id '{reserved}' is the one the library reports for {(reserved.EndsWith(".override", StringComparison.Ordinal) ? "a manual override" : "a year before the first version")}; choose another id.", $"基準の ID「{reserved}」はライブラリが{(reserved.EndsWith(".override", StringComparison.Ordinal) ? "個別の指定" : "最初の版より前の年度")}に使うため、使えません。別の ID にしてください。");
            }
        }
    }

    private static FiscalYear? CheckEffectiveFrom(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, int index, FiscalYear? previous)
    {
        if (version.effectiveFrom is null)
        {
            if (index > 0)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, path + ".effectiveFrom", null, "Every version after the first needs 'effectiveFrom', the first fiscal year it grades.", "2番目以降の版には適用開始年度（effectiveFrom）が必要です。");
            }

            return previous;
        }

        if (!JapanesePeriods.TryParseFiscalYear(version.effectiveFrom, out var year, out _))
        {
            PolicyChecks.Fail(context, ValidationCodes.InvalidPeriod, path + ".effectiveFrom", version.effectiveFrom, $"{Text.Of(version.effectiveFrom)} is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.", $"{Text.Of(version.effectiveFrom)} は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。");
            return previous;
        }

        if (previous is { } p && year <= p)
        {
            PolicyChecks.Fail(context, ValidationCodes.PeriodsNotIncreasing, path + ".effectiveFrom", version.effectiveFrom, $"Versions must start in increasing fiscal years: {year} does not come after {p}.", $"版の適用開始年度は昇順にしてください。{JapanesePeriods.Format(year)} は {JapanesePeriods.Format(p)} より後ではありません。");
        }

        return year;
    }

    private static HashSet<string> CheckGrades(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, Dictionary<string, (string? Ja, string? En)> labels)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (version.grades is not { Count: > 0 })
        {
            PolicyChecks.Fail(context, ValidationCodes.Required, path + ".grades", null, "A version needs 'grades', the scale in report order.", "版には評価の段階（grades）が必要です。");
            return codes;
        }

        for (var g = 0; g < version.grades.Count; g++)
        {
            var grade = version.grades[g];
            var at = $"{path}.grades[{g}]";
            if (grade is null)
            {
                PolicyChecks.Fail(context, ValidationCodes.Required, at, null, "An element of 'grades' is null; remove it or give a value.", "「grades」の要素が null です。削除するか値を指定してください。");
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
                PolicyChecks.Fail(context, PolicyValidationCodes.ReservedCode, at + ".code", grade.code, "The code 'NotGradable' is the library's own 評価不能 (not gradable) and cannot be a grade of the scale; choose another code.", "コード「NotGradable」はライブラリの「評価不能」に使われているため、評価の段階には使えません。別のコードにしてください。");
            }
            else if (!codes.Add(grade.code!))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".code", grade.code, $"The grade code {Text.Of(grade.code)} appears twice in this version.", $"評価のコード {Text.Of(grade.code)} がこの版で重複しています。");
            }
            else if (labels.TryGetValue(grade.code!, out var earlier) && (earlier.Ja != grade.ja || earlier.En != grade.en))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".code", grade.code, $"The grade {Text.Of(grade.code)} has other labels in an earlier version; a code means one grade in every version (give a new grade a new code).", $"評価 {Text.Of(grade.code)} は前の版で別の表記です。コードはすべての版で同じ評価を表します（新しい評価には新しいコードを付けてください）。");
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
                PolicyChecks.Fail(context, ValidationCodes.Required, at, null, "An element of 'notGradable' is null; remove it or give a value.", "「notGradable」の要素が null です。削除するか値を指定してください。");
                continue;
            }

            var names = ConditionReasons.Select(JsonNames<NotGradableReason>.Of).ToArray();
            if (!JsonNames<NotGradableReason>.TryParse(outcome.reason, out var reason) || !ConditionReasons.Contains(reason))
            {
                PolicyChecks.Fail(context, ValidationCodes.UnknownValue, at + ".reason", outcome.reason, $"{Text.Of(outcome.reason)} is not a not-gradable reason: use one of {Text.Names(names)}.", $"{Text.Of(outcome.reason)} は評価できない理由として使えません。{Text.Names(names)} のいずれかにしてください。");
            }
            else if (!seen.Add(reason))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".reason", outcome.reason, $"The reason {Text.Of(outcome.reason)} is listed twice in this version.", $"理由 {Text.Of(outcome.reason)} がこの版で重複しています。");
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
                    PolicyChecks.Fail(context, ValidationCodes.InvalidPeriod, at + ".year", item.year, $"{Text.Of(item.year)} is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.", $"{Text.Of(item.year)} は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。");
                }
            }

            if (item.policy is not null && string.IsNullOrWhiteSpace(item.policy))
            {
                PolicyChecks.RequiredText(context, item.policy, at + ".policy", "policy", "評価方法");
            }
            else if ((item.policy is null) == (item.grade is null))
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.OverrideInvalid, at, item.indicator, "An override names either another 'policy' or a manual 'grade' with its 'reason', exactly one of the two.", "個別の指定は、別の評価方法（policy）か、理由（reason）を付けた評価（grade）のどちらか一方にしてください。");
            }
            else if (item.grade is not null)
            {
                if (string.IsNullOrWhiteSpace(item.reason))
                {
                    PolicyChecks.Fail(context, PolicyValidationCodes.OverrideInvalid, at + ".reason", null, "A manual grade needs its 'reason', so that a planner can check it.", "個別の評価には理由（reason）が必要です。");
                }

                if (!grades.Contains(item.grade))
                {
                    PolicyChecks.Fail(context, PolicyValidationCodes.UnknownGrade, at + ".grade", item.grade, $"The grade {Text.Of(item.grade)} is not in the policy's scale: use one of {Text.Names(grades)}.", $"評価 {Text.Of(item.grade)} はこの評価方法の段階にありません。{Text.Names(grades)} のいずれかにしてください。");
                }
            }
            else if (item.reason is not null)
            {
                PolicyChecks.Fail(context, PolicyValidationCodes.OverrideInvalid, at + ".reason", item.reason, "An override that names another policy takes that policy's grade and reason: remove 'reason'.", "別の評価方法を指定した場合はその評価と理由を用います。reason を削除してください。");
            }

            if (item.indicator is not null && !seen.Add((item.indicator, year)))
            {
                PolicyChecks.Fail(context, ValidationCodes.DuplicateId, at + ".indicator", item.indicator, $"Indicator {Text.Of(item.indicator)} has two overrides for the same year(s).", $"指標 {Text.Of(item.indicator)} に同じ年度の個別の指定が2つあります。");
            }
        }
    }

}
