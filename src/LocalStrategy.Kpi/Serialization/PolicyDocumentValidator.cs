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
            CheckRules(context, version, path, grades, ruleTexts);
        }

        CheckOverrides(context, dto.overrides, allGrades);

        // The engine reports these ids itself; a rule of the document must not use them.
        foreach (var reserved in new[] { dto.name + ".override", dto.name + ".notInForce" })
        {
            if (!string.IsNullOrWhiteSpace(dto.name) && ruleTexts.TryGetValue(reserved, out var use))
            {
                Fail(context, PolicyValidationCodes.ReservedCode, use.Path, reserved, $"The rule id '{reserved}' is the one the library reports for {(reserved.EndsWith(".override", StringComparison.Ordinal) ? "a manual override" : "a year before the first version")}; choose another id.", $"基準の ID「{reserved}」はライブラリが{(reserved.EndsWith(".override", StringComparison.Ordinal) ? "個別の指定" : "最初の版より前の年度")}に使うため、使えません。別の ID にしてください。");
            }
        }
    }

    private static FiscalYear? CheckEffectiveFrom(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, int index, FiscalYear? previous)
    {
        if (version.effectiveFrom is null)
        {
            if (index > 0)
            {
                Fail(context, ValidationCodes.Required, path + ".effectiveFrom", null, "Every version after the first needs 'effectiveFrom', the first fiscal year it grades.", "2番目以降の版には適用開始年度（effectiveFrom）が必要です。");
            }

            return previous;
        }

        if (!JapanesePeriods.TryParseFiscalYear(version.effectiveFrom, out var year, out _))
        {
            Fail(context, ValidationCodes.InvalidPeriod, path + ".effectiveFrom", version.effectiveFrom, $"{Text.Of(version.effectiveFrom)} is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.", $"{Text.Of(version.effectiveFrom)} は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。");
            return previous;
        }

        if (previous is { } p && year <= p)
        {
            Fail(context, ValidationCodes.PeriodsNotIncreasing, path + ".effectiveFrom", version.effectiveFrom, $"Versions must start in increasing fiscal years: {year} does not come after {p}.", $"版の適用開始年度は昇順にしてください。{JapanesePeriods.Format(year)} は {JapanesePeriods.Format(p)} より後ではありません。");
        }

        return year;
    }

    private static HashSet<string> CheckGrades(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, Dictionary<string, (string? Ja, string? En)> labels)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (version.grades is not { Count: > 0 })
        {
            Fail(context, ValidationCodes.Required, path + ".grades", null, "A version needs 'grades', the scale in report order.", "版には評価の段階（grades）が必要です。");
            return codes;
        }

        for (var g = 0; g < version.grades.Count; g++)
        {
            var grade = version.grades[g];
            var at = $"{path}.grades[{g}]";
            if (grade is null)
            {
                Fail(context, ValidationCodes.Required, at, null, "An element of 'grades' is null; remove it or give a value.", "「grades」の要素が null です。削除するか値を指定してください。");
                continue;
            }

            RequiredText(context, grade.code, at + ".code", "code", "コード");
            RequiredText(context, grade.ja, at + ".ja", "ja", "日本語の表記");
            RequiredText(context, grade.en, at + ".en", "en", "英語の表記");
            if (string.IsNullOrWhiteSpace(grade.code))
            {
                continue;
            }

            if (string.Equals(grade.code, Grade.NotGradable.Code, StringComparison.Ordinal))
            {
                Fail(context, PolicyValidationCodes.ReservedCode, at + ".code", grade.code, "The code 'NotGradable' is the library's own 評価不能 (not gradable) and cannot be a grade of the scale; choose another code.", "コード「NotGradable」はライブラリの「評価不能」に使われているため、評価の段階には使えません。別のコードにしてください。");
            }
            else if (!codes.Add(grade.code!))
            {
                Fail(context, ValidationCodes.DuplicateId, at + ".code", grade.code, $"The grade code {Text.Of(grade.code)} appears twice in this version.", $"評価のコード {Text.Of(grade.code)} がこの版で重複しています。");
            }
            else if (labels.TryGetValue(grade.code!, out var earlier) && (earlier.Ja != grade.ja || earlier.En != grade.en))
            {
                Fail(context, ValidationCodes.DuplicateId, at + ".code", grade.code, $"The grade {Text.Of(grade.code)} has other labels in an earlier version; a code means one grade in every version (give a new grade a new code).", $"評価 {Text.Of(grade.code)} は前の版で別の表記です。コードはすべての版で同じ評価を表します（新しい評価には新しいコードを付けてください）。");
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
                Fail(context, ValidationCodes.Required, at, null, "An element of 'notGradable' is null; remove it or give a value.", "「notGradable」の要素が null です。削除するか値を指定してください。");
                continue;
            }

            var names = ConditionReasons.Select(JsonNames<NotGradableReason>.Of).ToArray();
            if (!JsonNames<NotGradableReason>.TryParse(outcome.reason, out var reason) || !ConditionReasons.Contains(reason))
            {
                Fail(context, ValidationCodes.UnknownValue, at + ".reason", outcome.reason, $"{Text.Of(outcome.reason)} is not a not-gradable reason: use one of {Text.Names(names)}.", $"{Text.Of(outcome.reason)} は評価できない理由として使えません。{Text.Names(names)} のいずれかにしてください。");
            }
            else if (!seen.Add(reason))
            {
                Fail(context, ValidationCodes.DuplicateId, at + ".reason", outcome.reason, $"The reason {Text.Of(outcome.reason)} is listed twice in this version.", $"理由 {Text.Of(outcome.reason)} がこの版で重複しています。");
            }

            KnownGrade(context, outcome.grade, at + ".grade", grades);
            if (outcome.rule is not null)
            {
                CheckRuleText(context, outcome.rule.id, outcome.rule.en, outcome.rule.ja, at + ".rule", ruleTexts);
            }
        }
    }

    private static void CheckRules(ValidationContext<PolicyDocumentDto> context, PolicyVersionDto version, string path, HashSet<string> grades, Dictionary<string, (string? En, string? Ja, string Path)> ruleTexts)
    {
        if (version.rules is not { Count: > 0 })
        {
            Fail(context, ValidationCodes.Required, path + ".rules", null, "A version needs 'rules', tried in order.", "版には評価の基準（rules）が必要です。");
            return;
        }

        for (var r = 0; r < version.rules.Count; r++)
        {
            var rule = version.rules[r];
            var at = $"{path}.rules[{r}]";
            if (rule is null)
            {
                Fail(context, ValidationCodes.Required, at, null, "An element of 'rules' is null; remove it or give a value.", "「rules」の要素が null です。削除するか値を指定してください。");
                continue;
            }

            CheckRuleText(context, rule.id, rule.en, rule.ja, at, ruleTexts);
            KnownAll<GradingBasis>(context, rule.basis, at + ".basis", "basis", "評価の基準の種類");
            KnownAll<Direction>(context, rule.directions, at + ".directions", "directions", "方向");
            var hasMeasure = Known<RuleMeasure>(context, rule.measure, at + ".measure", "measure", "測る量", required: true, out var measure);
            var hasTarget = Known<TargetSource>(context, rule.target, at + ".target", "target", "比べる目標値", required: false, out var target);
            if (!hasMeasure)
            {
                continue;
            }

            CheckMeasure(context, rule, at, measure, hasTarget ? target : null);
            if (rule.stages is not null)
            {
                KnownGrade(context, rule.stages.reached, at + ".stages.reached", grades);
                KnownGrade(context, rule.stages.notReached, at + ".stages.notReached", grades);
            }

            if (measure != RuleMeasure.Manual && rule.bands is { Count: > 0 })
            {
                CheckBands(context, rule.bands, at, measure, grades, rule.target is not null);
                var passing = rule.bands.FindIndex(b => b is not null && b.next == true);
                if (r == version.rules.Count - 1 && passing >= 0)
                {
                    Fail(context, PolicyValidationCodes.ConditionIncomplete, $"{at}.bands[{passing}].next", "true", "This band passes the indicator to the next rule, but the rule is the version's last: give it a grade, or add the rule it passes to.", "この区分は次の基準へ渡しますが、この基準は版の最後です。評価を指定するか、渡す先の基準を追加してください。");
                }
            }
        }
    }

    private static void CheckMeasure(ValidationContext<PolicyDocumentDto> context, RuleDto rule, string at, RuleMeasure measure, TargetSource? target)
    {
        var name = JsonNames<RuleMeasure>.Of(measure);
        if (measure == RuleMeasure.Manual)
        {
            if (rule.bands is not null || rule.target is not null || rule.stages is not null || rule.targetRequired is not null)
            {
                Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".measure", rule.measure, "A manual rule gives the recorded grade: it has no target, bands or stages.", "個別評価（manual）の基準は記録された評価を用います。目標値・区分・段階は指定できません。");
            }

            return;
        }

        if (rule.bands is not { Count: > 0 })
        {
            Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".bands", null, $"A rule that measures '{name}' needs bands.", $"「{name}」を測る基準には区分（bands）が必要です。");
        }

        var needsTarget = measure is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate or RuleMeasure.TargetMet;
        if (needsTarget && (rule.target is null || rule.targetRequired == false))
        {
            Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".target", rule.target, $"A rule that measures '{name}' needs a target it is required to have: give 'target' and leave 'targetRequired' out.", $"「{name}」を測る基準には必須の目標値が必要です。target を指定し、targetRequired は省略してください。");
        }

        if (rule.stages is not null && measure is not (RuleMeasure.AchievementRate or RuleMeasure.ProgressRate))
        {
            Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".stages", null, $"'stages' grade milestones under a rate rule; a rule that measures '{name}' compares stages itself.", $"段階（stages）は率の基準で到達段階を評価するものです。「{name}」を測る基準では使えません。");
        }

        if (rule.targetRequired is not null && rule.target is null)
        {
            Fail(context, PolicyValidationCodes.MeasureMismatch, at + ".targetRequired", Text.Raw(rule.targetRequired), "'targetRequired' only applies to a rule with a 'target'.", "targetRequired は target を指定した基準にだけ使えます。");
        }
    }

    private static void CheckBands(ValidationContext<PolicyDocumentDto> context, List<BandDto> bands, string at, RuleMeasure measure, HashSet<string> grades, bool hasTarget)
    {
        var complete = new List<(BandCondition Condition, bool Conditional)>();
        var allComplete = true;
        for (var b = 0; b < bands.Count; b++)
        {
            var band = bands[b];
            var bandPath = $"{at}.bands[{b}]";
            if (band is null)
            {
                Fail(context, ValidationCodes.Required, bandPath, null, "An element of 'bands' is null; remove it or give a value.", "「bands」の要素が null です。削除するか値を指定してください。");
                allComplete = false;
                continue;
            }

            if (band.next == true && band.grade is not null)
            {
                Fail(context, PolicyValidationCodes.ConditionIncomplete, bandPath + ".next", "true", "A band either gives a grade or passes to the next rule ('next': true), not both.", "区分は評価（grade）を与えるか次の基準へ渡す（next: true）かのどちらかです。両方は指定できません。");
            }
            else if (band.next != true)
            {
                if (band.grade is null)
                {
                    Fail(context, ValidationCodes.Required, bandPath + ".grade", null, "A band needs 'grade', or 'next': true to pass to the next rule.", "区分には評価（grade）か、次の基準へ渡す next: true が必要です。");
                }
                else
                {
                    KnownGrade(context, band.grade, bandPath + ".grade", grades);
                }
            }

            if (band.measure is not null)
            {
                Fail(context, PolicyValidationCodes.MeasureMismatch, bandPath + ".measure", band.measure, "A band is read on its rule's measure; name another measure only in its 'and' conditions.", "区分は基準の測る量で判定します。別の量は and の条件でのみ指定できます。");
            }

            var condition = Condition(context, band, bandPath, measure, isAnd: false, hasTarget);
            var ands = band.and ?? new List<ConditionDto>();
            for (var a = 0; a < ands.Count; a++)
            {
                var andPath = $"{bandPath}.and[{a}]";
                if (ands[a] is null)
                {
                    Fail(context, ValidationCodes.Required, andPath, null, "An element of 'and' is null; remove it or give a value.", "「and」の要素が null です。削除するか値を指定してください。");
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

        var analysis = BandPartition.Analyse(measure, complete);
        if (analysis.Gap is { } gap)
        {
            var value = Describe(gap, measure);
            var baseline = analysis.GapBaseline is { } size ? string.Format(CultureInfo.InvariantCulture, " (with a baseline of ±{0})", size) : string.Empty;
            var baselineJa = analysis.GapBaseline is { } s ? string.Format(CultureInfo.InvariantCulture, "（基準値 ±{0} のとき）", s) : string.Empty;
            Fail(context, PolicyValidationCodes.BandGap, at + ".bands", value, $"The bands leave a gap: {Name(measure)} of {value}{baseline} gets no band. Add a band for it, or end with {{\"op\": \"otherwise\"}}.", $"区分に隙間があります。{NameJa(measure)}が {value}{baselineJa} のとき、どの区分にも当てはまりません。区分を追加するか、最後を {{\"op\": \"otherwise\"}} にしてください。");
        }

        foreach (var index in analysis.Unreachable)
        {
            Fail(context, PolicyValidationCodes.BandUnreachable, $"{at}.bands[{index}]", bands[index].grade, $"Band {index} ({Text.Of(bands[index].grade ?? "next")}) never applies: the bands above it take every value it covers. Reorder or remove it.", $"区分 {index}（{Text.Of(bands[index].grade ?? "next")}）は上の区分がすべての値を先に取るため、適用されることがありません。順序を見直すか削除してください。");
        }
    }

    private static BandCondition? Condition(ValidationContext<PolicyDocumentDto> context, ConditionDto dto, string path, RuleMeasure ruleMeasure, bool isAnd, bool hasTarget)
    {
        // A band's own measure is reported by CheckBands; the condition is then not complete.
        var ok = isAnd || dto.measure is null;
        RuleMeasure? measure = null;
        if (isAnd)
        {
            if (!Known<RuleMeasure>(context, dto.measure, path + ".measure", "measure", "測る量", required: true, out var m))
            {
                ok = false;
            }
            else if (m == RuleMeasure.Manual)
            {
                Fail(context, PolicyValidationCodes.MeasureMismatch, path + ".measure", dto.measure, "A condition cannot measure 'manual'.", "条件の量に manual は使えません。");
                ok = false;
            }
            else if (!hasTarget && m is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate or RuleMeasure.TargetMet)
            {
                Fail(context, PolicyValidationCodes.MeasureMismatch, path + ".measure", dto.measure, $"The condition measures '{dto.measure}', which needs a target, but its rule has none: the condition could never hold. Give the rule a 'target'.", $"条件の量「{dto.measure}」には目標値が必要ですが、基準に目標値（target）がないため、条件が成り立つことはありません。基準に target を指定してください。");
                ok = false;
            }
            else
            {
                measure = m;
            }
        }

        if (!PolicyDtoMapper.TryParseOperator(dto.op, out var comparison))
        {
            Fail(context, ValidationCodes.UnknownValue, path + ".op", dto.op, dto.op is null ? $"The field 'op' is required: use one of {Text.Names(PolicyDtoMapper.OperatorNames)}." : $"{Text.Of(dto.op)} is not a comparison: use one of {Text.Names(PolicyDtoMapper.OperatorNames)}.", $"比較（op）{Text.Of(dto.op)} は使えません。{Text.Names(PolicyDtoMapper.OperatorNames)} のいずれかにしてください。");
            return null;
        }

        if (isAnd && comparison == BandComparison.Otherwise)
        {
            Fail(context, PolicyValidationCodes.ConditionIncomplete, path + ".op", dto.op, "'otherwise' holds for every value, so it adds nothing as an 'and' condition.", "otherwise はすべての値に当てはまるため、and の条件には使えません。");
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
                Fail(context, PolicyValidationCodes.ConditionIncomplete, path + "." + name, null, $"The comparison '{op}' needs '{name}'; boundary inclusivity is always stated, never assumed.", $"比較「{op}」には {name} が必要です。境界を含むかどうかは必ず明示します。");
                ok = false;
            }
            else if (present && !needs.Contains(name) && !optional.Contains(name))
            {
                Fail(context, PolicyValidationCodes.ConditionIncomplete, path + "." + name, null, $"The comparison '{op}' does not use '{name}'; remove it.", $"比較「{op}」は {name} を使いません。削除してください。");
                ok = false;
            }
        }

        if (comparison == BandComparison.Between && dto.min is { } min && dto.max is { } max && min > max)
        {
            Fail(context, ValidationCodes.OutOfRange, path + ".min", Text.Raw(min), $"'between' needs min ≤ max; found {Text.Of(min)} > {Text.Of(max)}.", $"between は min ≤ max にしてください。値: {Text.Of(min)} > {Text.Of(max)}。");
            ok = false;
        }

        if (dto.tolerance is < 0m)
        {
            Fail(context, ValidationCodes.OutOfRange, path + ".tolerance", Text.Raw(dto.tolerance), $"A tolerance must not be negative; found {Text.Of(dto.tolerance)}.", $"許容幅（tolerance）は負にできません。値: {Text.Of(dto.tolerance)}。");
            ok = false;
        }

        var toleranceOf = ToleranceBasis.Measure;
        if (dto.toleranceOf is not null && !Known<ToleranceBasis>(context, dto.toleranceOf, path + ".toleranceOf", "toleranceOf", "許容幅の基準", required: false, out toleranceOf))
        {
            ok = false;
        }

        if (toleranceOf == ToleranceBasis.Baseline && (measure ?? ruleMeasure) is not (RuleMeasure.ChangeFromBaseline or RuleMeasure.ChangeFromPrevious))
        {
            Fail(context, PolicyValidationCodes.MeasureMismatch, path + ".toleranceOf", dto.toleranceOf, "A tolerance measured in the baseline only fits a change measure (changeFromBaseline, changeFromPrevious).", "基準値に対する許容幅は変化量（changeFromBaseline、changeFromPrevious）にだけ使えます。");
            ok = false;
        }

        return ok ? PolicyDtoMapper.ToModel(dto) : null;
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

            RequiredText(context, item.indicator, at + ".indicator", "indicator", "指標");
            int? year = null;
            if (item.year is not null)
            {
                if (JapanesePeriods.TryParseFiscalYear(item.year, out var fy, out _))
                {
                    year = fy.Year;
                }
                else
                {
                    Fail(context, ValidationCodes.InvalidPeriod, at + ".year", item.year, $"{Text.Of(item.year)} is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.", $"{Text.Of(item.year)} は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。");
                }
            }

            if (item.policy is not null && string.IsNullOrWhiteSpace(item.policy))
            {
                RequiredText(context, item.policy, at + ".policy", "policy", "評価方法");
            }
            else if ((item.policy is null) == (item.grade is null))
            {
                Fail(context, PolicyValidationCodes.OverrideInvalid, at, item.indicator, "An override names either another 'policy' or a manual 'grade' with its 'reason', exactly one of the two.", "個別の指定は、別の評価方法（policy）か、理由（reason）を付けた評価（grade）のどちらか一方にしてください。");
            }
            else if (item.grade is not null)
            {
                if (string.IsNullOrWhiteSpace(item.reason))
                {
                    Fail(context, PolicyValidationCodes.OverrideInvalid, at + ".reason", null, "A manual grade needs its 'reason', so that a planner can check it.", "個別の評価には理由（reason）が必要です。");
                }

                if (!grades.Contains(item.grade))
                {
                    Fail(context, PolicyValidationCodes.UnknownGrade, at + ".grade", item.grade, $"The grade {Text.Of(item.grade)} is not in the policy's scale: use one of {Text.Names(grades)}.", $"評価 {Text.Of(item.grade)} はこの評価方法の段階にありません。{Text.Names(grades)} のいずれかにしてください。");
                }
            }
            else if (item.reason is not null)
            {
                Fail(context, PolicyValidationCodes.OverrideInvalid, at + ".reason", item.reason, "An override that names another policy takes that policy's grade and reason: remove 'reason'.", "別の評価方法を指定した場合はその評価と理由を用います。reason を削除してください。");
            }

            if (item.indicator is not null && !seen.Add((item.indicator, year)))
            {
                Fail(context, ValidationCodes.DuplicateId, at + ".indicator", item.indicator, $"Indicator {Text.Of(item.indicator)} has two overrides for the same year(s).", $"指標 {Text.Of(item.indicator)} に同じ年度の個別の指定が2つあります。");
            }
        }
    }

    private static void CheckRuleText(ValidationContext<PolicyDocumentDto> context, string? id, string? en, string? ja, string at, Dictionary<string, (string? En, string? Ja, string Path)> texts)
    {
        RequiredText(context, id, at + ".id", "id", "ID");
        RequiredText(context, en, at + ".en", "en", "英語の説明");
        RequiredText(context, ja, at + ".ja", "ja", "日本語の説明");
        if (string.IsNullOrWhiteSpace(id))
        {
            return;
        }

        if (texts.TryGetValue(id!, out var existing))
        {
            if (!string.Equals(existing.En, en, StringComparison.Ordinal) || !string.Equals(existing.Ja, ja, StringComparison.Ordinal))
            {
                Fail(context, ValidationCodes.DuplicateId, at + ".id", id, $"The rule id {Text.Of(id)} is used with another description elsewhere in the document; one id has one description.", $"基準の ID {Text.Of(id)} が文書内の別の箇所で異なる説明に使われています。ID と説明は1対1にしてください。");
            }
        }
        else
        {
            texts[id!] = (en, ja, at + ".id");
        }
    }

    private static void KnownGrade(ValidationContext<PolicyDocumentDto> context, string? code, string at, HashSet<string> grades)
    {
        if (code is not null && !grades.Contains(code))
        {
            Fail(context, PolicyValidationCodes.UnknownGrade, at, code, $"The grade {Text.Of(code)} is not in this version's grades: use one of {Text.Names(grades)}.", $"評価 {Text.Of(code)} はこの版の評価の段階（grades）にありません。{Text.Names(grades)} のいずれかにしてください。");
        }
    }

    private static bool Known<TEnum>(ValidationContext<PolicyDocumentDto> context, string? value, string at, string field, string fieldJa, bool required, out TEnum parsed)
        where TEnum : struct, Enum
    {
        if (value is null && !required)
        {
            parsed = default;
            return false;
        }

        if (JsonNames<TEnum>.TryParse(value, out parsed))
        {
            return true;
        }

        var names = Text.Names(JsonNames<TEnum>.All);
        Fail(
            context,
            ValidationCodes.UnknownValue,
            at,
            value,
            value is null ? $"The field '{field}' is required: use one of {names}." : $"{Text.Of(value)} is not a valid '{field}': use one of {names}.",
            value is null ? $"「{fieldJa}」（{field}）は必須です。{names} のいずれかにしてください。" : $"{Text.Of(value)} は「{fieldJa}」（{field}）として使えません。{names} のいずれかにしてください。");
        return false;
    }

    private static void KnownAll<TEnum>(ValidationContext<PolicyDocumentDto> context, List<string>? values, string at, string field, string fieldJa)
        where TEnum : struct, Enum
    {
        for (var i = 0; i < (values?.Count ?? 0); i++)
        {
            Known<TEnum>(context, values![i], $"{at}[{i}]", field, fieldJa, required: true, out _);
        }
    }

    private static void RequiredText(ValidationContext<PolicyDocumentDto> context, string? value, string at, string field, string fieldJa)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(context, ValidationCodes.Required, at, value, value is null ? $"The field '{field}' is required." : $"The field '{field}' must not be blank.", value is null ? $"「{fieldJa}」（{field}）は必須です。" : $"「{fieldJa}」（{field}）が空です。");
        }
    }

    private static string Describe(in Measured value, RuleMeasure measure) => value.Exact is { } exact ? exact.ToString() : value.Kind switch
    {
        RateKind.PositiveInfinity => "+∞",
        RateKind.NegativeInfinity => "-∞",
        _ => measure is RuleMeasure.AchievementRate or RuleMeasure.ProgressRate
            ? value.Value.ToString(CultureInfo.InvariantCulture) + " (" + Rate.Of(value.Value).ToPercentString(1) + ")"
            : value.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Name(RuleMeasure measure) => measure switch
    {
        RuleMeasure.AchievementRate => "an achievement rate",
        RuleMeasure.ProgressRate => "a progress rate",
        RuleMeasure.ChangeFromBaseline => "a change from the baseline",
        RuleMeasure.ChangeFromPrevious => "a change from the previous year",
        _ => "a target-met value (1 met, 0 not met)",
    };

    private static string NameJa(RuleMeasure measure) => measure switch
    {
        RuleMeasure.AchievementRate => "達成率",
        RuleMeasure.ProgressRate => "進捗率",
        RuleMeasure.ChangeFromBaseline => "基準値からの変化",
        RuleMeasure.ChangeFromPrevious => "前年度からの変化",
        _ => "目標達成（1）か否か（0）",
    };

    private static void Fail(ValidationContext<PolicyDocumentDto> context, string code, string path, string? value, string english, string japanese)
        => context.AddFailure(new ValidationFailure(path, english, value)
        {
            ErrorCode = code,
            CustomState = new Messages(english, japanese),
        });
}
