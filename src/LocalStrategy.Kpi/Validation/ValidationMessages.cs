using System.Globalization;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Validation;

// This file is long on purpose: it is the one catalogue of the library's validation messages, every
// English and Japanese text together, grouped by the error code each is reported under, so that a
// translator or reviewer reads them in one place and a message is written once. Splitting it would
// scatter what it exists to gather.

/// <summary>
/// The messages of every validation error, in Japanese and English (<see cref="LocalizedText"/>),
/// grouped by <see cref="ValidationCodes"/> and <see cref="PolicyValidationCodes"/>. The rules
/// (Serialization's validators, the policy registry) choose the message; the texts live here.
/// Values arrive already formatted (culture-invariant, quoted where the rules quote them).
/// </summary>
internal static class ValidationMessages
{
    // ---- BandGap ----

    // value: the uncovered value; gapSize: the baseline's (or target's) size at which the gap shows, when it depends on one.
    internal static LocalizedText BandGap(LocalizedText measure, string value, decimal? gapSize, bool ofTarget)
    {
        var baseline = gapSize is { } size ? string.Format(CultureInfo.InvariantCulture, ofTarget ? " (with a target of ±{0})" : " (with a baseline of ±{0})", size) : string.Empty;
        var baselineJa = gapSize is { } s ? string.Format(CultureInfo.InvariantCulture, ofTarget ? "（目標値 ±{0} のとき）" : "（基準値 ±{0} のとき）", s) : string.Empty;
        return new(
            $"区分に隙間があります。{measure.Japanese}が {value}{baselineJa} のとき、どの区分にも当てはまりません。区分を追加するか、最後を {{\"op\": \"otherwise\"}} にしてください。",
            $"The bands leave a gap: {measure.English} of {value}{baseline} gets no band. Add a band for it, or end with {{\"op\": \"otherwise\"}}.");
    }

    // ---- BandUnreachable ----

    internal static LocalizedText BandUnreachable(int index, string? next) => new(
        $"区分 {index}（{next}）は上の区分がすべての値を先に取るため、適用されることがありません。順序を見直すか削除してください。",
        $"Band {index} ({next}) never applies: the bands above it take every value it covers. Reorder or remove it.");

    // ---- ConditionIncomplete ----

    internal static LocalizedText LastRulePassesOn() => new(
        "この区分は次の基準へ渡しますが、この基準は版の最後です。評価を指定するか、渡す先の基準を追加してください。",
        "This band passes the indicator to the next rule, but the rule is the version's last: give it a grade, or add the rule it passes to.");

    internal static LocalizedText BandGradeAndNext() => new(
        "区分は評価（grade）を与えるか次の基準へ渡す（next: true）かのどちらかです。両方は指定できません。",
        "A band either gives a grade or passes to the next rule ('next': true), not both.");

    internal static LocalizedText OtherwiseInAnd() => new(
        "otherwise はすべての値に当てはまるため、and の条件には使えません。",
        "'otherwise' holds for every value, so it adds nothing as an 'and' condition.");

    internal static LocalizedText ComparisonNeedsField(string? op, string? name) => new(
        $"比較「{op}」には {name} が必要です。境界を含むかどうかは必ず明示します。",
        $"The comparison '{op}' needs '{name}'; boundary inclusivity is always stated, never assumed.");

    internal static LocalizedText ComparisonDoesNotUseField(string? op, string? name) => new(
        $"比較「{op}」は {name} を使いません。削除してください。",
        $"The comparison '{op}' does not use '{name}'; remove it.");

    // ---- DirectionMissing ----

    internal static LocalizedText DirectionMissing(string? indicatorId, string? direction) => new(
        $"指標「{indicatorId}」に方向（direction）がありません。{direction} のいずれかを指定してください。方向は基準値と目標値から推測しません。",
        $"Indicator '{indicatorId}' states no direction: give one of {direction}. A direction is never inferred from the baseline and the target.");

    // ---- DuplicateId ----

    internal static LocalizedText DuplicateId(string? id, string? first) => new(
        $"ID「{id}」が重複しています（最初の使用箇所: {first}）。",
        $"The id '{id}' is used twice: first at {first}.");

    internal static LocalizedText DuplicateGradeCode(string? code) => new(
        $"評価のコード {code} がこの版で重複しています。",
        $"The grade code {code} appears twice in this version.");

    internal static LocalizedText GradeRelabelled(string? code) => new(
        $"評価 {code} は前の版で別の表記です。コードはすべての版で同じ評価を表します（新しい評価には新しいコードを付けてください）。",
        $"The grade {code} has other labels in an earlier version; a code means one grade in every version (give a new grade a new code).");

    internal static LocalizedText DuplicateNotGradableReason(string? reason) => new(
        $"理由 {reason} がこの版で重複しています。",
        $"The reason {reason} is listed twice in this version.");

    internal static LocalizedText DuplicateOverride(string? indicator) => new(
        $"指標 {indicator} に同じ年度の個別の指定が2つあります。",
        $"Indicator {indicator} has two overrides for the same year(s).");

    internal static LocalizedText RuleIdRedescribed(string? id) => new(
        $"基準の ID {id} が文書内の別の箇所で異なる説明に使われています。ID と説明は1対1にしてください。",
        $"The rule id {id} is used with another description elsewhere in the document; one id has one description.");

    internal static LocalizedText PolicyNameTaken(string? name) => new(
        $"「{name}」という名前の評価方法は既に登録されています。別の名前にしてください（登録済みの評価方法は置き換えません）。",
        $"A policy named '{name}' is already registered; choose another name (policies are never replaced).");

    // ---- DuplicateTarget ----

    internal static LocalizedText DuplicateTarget(string? indicatorId, string? duplicateYears) => new(
        $"指標「{indicatorId}」に同じ年度（{duplicateYears}）の目標が複数あります。",
        $"Indicator '{indicatorId}' has more than one target for {duplicateYears}.");

    // ---- FormatVersionUnsupported ----

    internal static LocalizedText StrategyFormatVersionMissing(int current) => new(
        $"formatVersion がありません。このライブラリが読めるのは formatVersion {current} です。",
        $"The document has no formatVersion; this library reads formatVersion {current}.");

    internal static LocalizedText PolicyFormatVersionMissing(int current) => new(
        $"「formatVersion」は必須です。このライブラリが読めるのは formatVersion {current} です。",
        $"The field 'formatVersion' is required: this library reads formatVersion {current}.");

    internal static LocalizedText FormatVersionUnsupported(string text, int current) => new(
        $"formatVersion {text} には対応していません。このライブラリが読めるのは formatVersion {current} です。",
        $"formatVersion {text} is not supported; this library reads formatVersion {current}.");

    // ---- GradeConflict ----

    internal static LocalizedText GradeConflict(string name, string code, LocalizedText theirs, LocalizedText own) => new(
        $"評価方法「{name}」の評価「{code}」（{theirs.Japanese}）は、この評価方法では「{own.Japanese}」です。集計で一つのコードが二つの評価を表すことになります。この評価方法の評価に別のコードを付けてください。",
        $"The policy '{name}' has a grade '{code}' ({theirs.Japanese} / {theirs.English}) that this policy labels {own.Japanese} / {own.English}; one code would mean two grades in the tallies. Give this policy's grade another code.");

    // ---- InvalidName ----

    internal static LocalizedText InvalidPolicyName(string? value) => new(
        $"評価方法の名前 {value} は英小文字・数字・ハイフンの64文字以内にしてください（例: my-city-2025）。",
        $"The policy name {value} must be at most 64 lower-case letters, digits and hyphens, for example 'my-city-2025'.");

    // ---- ImplausibleRateThreshold (a warning) ----

    internal static LocalizedText ImplausibleRateThreshold(string value, string percent, string fraction) => new(
        $"率のしきい値 {value} は {percent}% を意味します。率は割合で書きます（1 = 100%）。{value}% のつもりなら {fraction} と書いてください。",
        $"A rate threshold of {value} means {percent} %: rates are fractions (1 = 100 %). If {value} % was meant, write {fraction}.");

    // ---- InvalidPeriod ----

    internal static LocalizedText YearsAsOfUnreadable(string value) => new(
        $"{value} は月日として読み取れません。10-01（国勢調査の基準日）のように MM-DD で書いてください。",
        $"{value} is not a day of the year: write MM-DD, such as 10-01 (the census day).");

    internal static LocalizedText PlanYearsEmpty() => new(
        "planYears には first（何年目から）か last（何年目まで）の少なくとも一方が必要です。",
        "'planYears' needs 'first' or 'last' (or both): the years of the plan the rule applies in, counted from 1.");

    internal static LocalizedText PeriodRequired(string field) => new(
        $"「{field}」は必須です。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式で指定してください。",
        $"The field '{field}' is required: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.");

    internal static LocalizedText NotAFiscalYear(string? value) => new(
        $"{value} は年度として読み取れません。FY2020、2020、R2、令和2年度 などの形式にしてください。",
        $"{value} is not a fiscal year: use FY2020, 2020, R2 or 令和2年度.");

    internal static LocalizedText BaselinePeriodUnreadable(string? value) => new(
        $"基準値の時点 {value} を読み取れません。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式にしてください。",
        $"The baseline period {value} cannot be read: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.");

    internal static LocalizedText PeriodUnreadable(string? value) => new(
        $"時点 {value} を読み取れません。FY2020、2018、2024-10、2024-10-01 または 令和2年度 などの形式にしてください。",
        $"The period {value} cannot be read: use FY2020, 2018, 2024-10, 2024-10-01 or a Japanese form such as 令和2年度.");

    internal static LocalizedText DateUnreadable(string? value) => new(
        $"日付 {value} を読み取れません。2023-03-31 の形式にしてください。",
        $"The date {value} is not a date: use 2023-03-31.");

    internal static LocalizedText RevisionDateUnreadable(string? value) => new(
        $"改訂日 {value} は日付として読み取れません。2021-03-31 の形式にしてください。",
        $"The revision date {value} is not a date: use 2021-03-31.");

    // ---- JsonSyntax ----

    internal static LocalizedText NotUnicode() => new(
        "文字列が正しい Unicode ではありません（対になっていないサロゲートがあります）。JSON として読み取れません。",
        "The text is not valid Unicode (it holds an unpaired surrogate), so it cannot be read as JSON.");

    internal static LocalizedText JsonSyntax(string? where, string? detail, string? whereJa, string? path) => new(
        $"{whereJa}: JSON として読み取れないか、値の型が違います（{path}）。",
        $"{where}: {detail}");

    internal static LocalizedText DocumentIsNull() => new(
        "文書が JSON の null です。オブジェクトにしてください。",
        "The document is JSON null, not an object.");

    // ---- MeasureMismatch ----

    internal static LocalizedText ManualRuleWithBands() => new(
        "個別評価（manual）の基準は記録された評価を用います。目標値・区分・段階は指定できません。",
        "A manual rule gives the recorded grade: it has no target, bands or stages.");

    internal static LocalizedText RuleWithoutBands(string? name) => new(
        $"「{name}」を測る基準には区分（bands）が必要です。",
        $"A rule that measures '{name}' needs bands.");

    internal static LocalizedText RuleNeedsRequiredTarget(string? name) => new(
        $"「{name}」を測る基準には必須の目標値が必要です。target を指定し、targetRequired は省略してください。",
        $"A rule that measures '{name}' needs a target it is required to have: give 'target' and leave 'targetRequired' out.");

    internal static LocalizedText StagesOnNonRateRule(string? name) => new(
        $"段階（stages）は率の基準で到達段階を評価するものです。「{name}」を測る基準では使えません。",
        $"'stages' grade milestones under a rate rule; a rule that measures '{name}' compares stages itself.");

    internal static LocalizedText TargetRequiredWithoutTarget() => new(
        "targetRequired は target を指定した基準にだけ使えます。",
        "'targetRequired' only applies to a rule with a 'target'.");

    internal static LocalizedText BandOnOtherMeasure() => new(
        "区分は基準の測る量で判定します。別の量は and の条件でのみ指定できます。",
        "A band is read on its rule's measure; name another measure only in its 'and' conditions.");

    internal static LocalizedText ConditionMeasuresManual() => new(
        "条件の量に manual は使えません。",
        "A condition cannot measure 'manual'.");

    internal static LocalizedText ConditionNeedsTarget(string? measure) => new(
        $"条件の量「{measure}」には目標値が必要ですが、基準に目標値（target）がないため、条件が成り立つことはありません。基準に target を指定してください。",
        $"The condition measures '{measure}', which needs a target, but its rule has none: the condition could never hold. Give the rule a 'target'.");

    internal static LocalizedText TargetToleranceOnOtherMeasure() => new(
        "目標値に対する許容幅は目標値との差（changeFromTarget）にだけ使えます。",
        "A tolerance measured in the target only fits the difference from the target (changeFromTarget).");

    internal static LocalizedText BaselineToleranceOnRate() => new(
        "基準値に対する許容幅は変化量（changeFromBaseline、changeFromPrevious）にだけ使えます。",
        "A tolerance measured in the baseline only fits a change measure (changeFromBaseline, changeFromPrevious).");

    // ---- MunicipalityCodeInvalid ----

    // The English text says what is wrong with the code (LocalGovernmentCode.TryParse's reason).
    internal static LocalizedText MunicipalityCodeInvalid(string value, string englishReason) => new(
        $"{value} は全国地方公共団体コードではありません（6桁の数字で、先頭2桁が都道府県 01〜47、末尾が検査数字）。",
        englishReason);

    // ---- NegativePopulation ----

    internal static LocalizedText NegativePopulation(string? value) => new(
        $"人口は負にできません。値: {value}。",
        $"A population cannot be negative; found {value}.");

    // ---- OutOfRange ----

    internal static LocalizedText PlanYearOutOfRange(string value) => new(
        $"計画の年（planYears）は 1（計画の初年度）以上にしてください。値: {value}。",
        $"A plan year counts from 1 (the plan's first fiscal year); found {value}.");

    internal static LocalizedText UnitScaleNotPositive(string? value) => new(
        $"単位の倍率（scale）は正の数にしてください。値: {value}。",
        $"The unit scale must be positive; found {value}.");

    internal static LocalizedText NegativeFertilityRate(string? value) => new(
        $"合計特殊出生率は負にできません。値: {value}。",
        $"A fertility rate cannot be negative; found {value}.");

    internal static LocalizedText PriorityLevelOutOfRange(string? value) => new(
        $"優先度（priorityLevel）は 1（必須施策）から 4（構想）にしてください。値: {value}。",
        $"The priority level must be 1 (必須施策) to 4 (構想); found {value}.");

    internal static LocalizedText GenerationOutOfRange(string? value) => new(
        $"期（generation）は 1 以上にしてください。値: {value}。",
        $"The generation must be 1 or more (第1期); found {value}.");

    internal static LocalizedText BetweenInverted(string? min, string? max) => new(
        $"between は min ≤ max にしてください。値: {min} > {max}。",
        $"'between' needs min ≤ max; found {min} > {max}.");

    internal static LocalizedText NegativeTolerance(string? tolerance) => new(
        $"許容幅（tolerance）は負にできません。値: {tolerance}。",
        $"A tolerance must not be negative; found {tolerance}.");

    // ---- OutsidePlanPeriod ----

    internal static LocalizedText OutsidePlanPeriod(string what, string whatJa, FiscalYear year, FiscalYearRange plan) => new(
        $"{JapanesePeriods.Format(year)}の{whatJa}は計画期間（{JapanesePeriods.Format(plan.First)}〜{JapanesePeriods.Format(plan.Last)}）の外にあります。",
        $"The {what} for {year} lies outside the plan period {plan}.");

    // ---- OverlappingRanges ----

    internal static LocalizedText OverlappingComponentTargets(string component, FiscalYearRange years, int otherIndex, FiscalYearRange otherYears) => new(
        $"{(component == "naturalChange" ? "自然増減" : "社会増減")}の目標（{years}）が $.population.componentTargets[{otherIndex}]（{otherYears}）と重なっています。",
        $"The {component} target for {years} overlaps the one at $.population.componentTargets[{otherIndex}] ({otherYears}).");

    // ---- OverrideInvalid ----

    internal static LocalizedText OverrideNeitherOrBoth() => new(
        "個別の指定は、別の評価方法（policy）か、理由（reason）を付けた評価（grade）のどちらか一方にしてください。",
        "An override names either another 'policy' or a manual 'grade' with its 'reason', exactly one of the two.");

    internal static LocalizedText ManualGradeWithoutReason() => new(
        "個別の評価には理由（reason）が必要です。",
        "A manual grade needs its 'reason', so that a planner can check it.");

    internal static LocalizedText OverrideReasonWithPolicy() => new(
        "別の評価方法を指定した場合はその評価と理由を用います。reason を削除してください。",
        "An override that names another policy takes that policy's grade and reason: remove 'reason'.");

    // ---- PercentageOutOfRange ----

    internal static LocalizedText PercentageOutOfRange(string? value) => new(
        $"割合（％）は 0 以上 100 以下にしてください。値: {value}。",
        $"A percentage must be between 0 and 100; found {value}.");

    // ---- PeriodsNotIncreasing ----

    internal static LocalizedText PeriodsNotIncreasing(string what, ReportingPeriod period, ReportingPeriod previous, string whatJa) => new(
        $"{whatJa}は時点の順に並べてください。{period} が {previous} の後になっていません。",
        $"The {what} must be in increasing order of period: {period} does not come after {previous}.");

    internal static LocalizedText VersionsNotIncreasing(FiscalYear year, FiscalYear previous) => new(
        $"版の適用開始年度は昇順にしてください。{JapanesePeriods.Format(year)} は {JapanesePeriods.Format(previous)} より後ではありません。",
        $"Versions must start in increasing fiscal years: {year} does not come after {previous}.");

    // ---- PlanPeriodInvalid ----

    internal static LocalizedText PlanPeriodInverted(string? last, string? first) => new(
        $"計画期間の終わり（{last}）が始まり（{first}）より前です。期間の長さが 0 以下になります。",
        $"The plan period ends ({last}) before it starts ({first}): its length would be zero or negative.");

    // ---- RangeMinGreaterThanMax ----

    internal static LocalizedText TargetRangeInverted(string? year, string? min, string? max) => new(
        $"{year} の範囲目標の下限 {min} が上限 {max} を上回っています。",
        $"The range target for {year} has min {min} above max {max}.");

    internal static LocalizedText RangeInverted(string? min, string? max) => new(
        $"範囲の下限 {min} が上限 {max} を上回っています。",
        $"The range has min {min} above max {max}.");

    // ---- Required ----

    internal static LocalizedText Required(string field, string fieldJa) => new(
        $"「{fieldJa}」（{field}）は必須です。",
        $"The field '{field}' is required.");

    internal static LocalizedText Blank(string field, string fieldJa) => new(
        $"「{fieldJa}」（{field}）が空です。",
        $"The field '{field}' must not be blank.");

    internal static LocalizedText NullElement(string? list) => new(
        $"「{list}」の要素が null です。削除するか値を指定してください。",
        $"An element of '{list}' is null; remove it or give a value.");

    internal static LocalizedText UnitMissing(string? indicatorId) => new(
        $"指標「{indicatorId}」に単位（unit）がありません。単位のない指標は {{\"label\": \"\"}} としてください。",
        $"Indicator '{indicatorId}' has no unit; use {{\"label\": \"\"}} for a unitless indicator.");

    internal static LocalizedText UnitLabelMissing() => new(
        "単位に表記（label）がありません。",
        "The unit has no label.");

    internal static LocalizedText PopulationTargetWithoutVersions(string? period) => new(
        $"{period} の目標人口に版（versions）がありません。値または範囲を一つ以上指定してください。",
        $"The target population for {period} has no versions: give at least one value or range.");

    internal static LocalizedText PerYearMissing() => new(
        "「年間の増減」（perYear）は必須です。",
        "The field 'perYear' is required.");

    internal static LocalizedText ValueMissing() => new(
        "「値」（value）は必須です。",
        "The field 'value' is required.");

    internal static LocalizedText MunicipalityMissing() => new(
        "「自治体」（municipality）は必須です。",
        "The field 'municipality' is required.");

    internal static LocalizedText PlanPeriodMissing() => new(
        "「計画期間」（planPeriod）は必須です。",
        "The field 'planPeriod' is required.");

    internal static LocalizedText PolicyTitleMissing() => new(
        "「タイトル」（title）は必須です。{\"ja\": …, \"en\": …} としてください。",
        "The field 'title' is required: give {\"ja\": …, \"en\": …}.");

    internal static LocalizedText VersionsMissing() => new(
        "「版」（versions）は必須で、1つ以上の版が必要です。",
        "The field 'versions' is required and must hold at least one version.");

    internal static LocalizedText EffectiveFromMissing() => new(
        "2番目以降の版には適用開始年度（effectiveFrom）が必要です。",
        "Every version after the first needs 'effectiveFrom', the first fiscal year it grades.");

    internal static LocalizedText GradesMissing() => new(
        "版には評価の段階（grades）が必要です。",
        "A version needs 'grades', the scale in report order.");

    internal static LocalizedText RulesMissing() => new(
        "版には評価の基準（rules）が必要です。",
        "A version needs 'rules', tried in order.");

    internal static LocalizedText BandWithoutGrade() => new(
        "区分には評価（grade）か、次の基準へ渡す next: true が必要です。",
        "A band needs 'grade', or 'next': true to pass to the next rule.");

    // ---- ReservedCode ----

    internal static LocalizedText ReservedRuleId(string reserved)
    {
        var isOverride = reserved.EndsWith(".override", StringComparison.Ordinal);
        var ordinal = isOverride ? "個別の指定" : "最初の版より前の年度";
        var version = isOverride ? "a manual override" : "a year before the first version";
        return new(
            $"基準の ID「{reserved}」はライブラリが{ordinal}に使うため、使えません。別の ID にしてください。",
            $"The rule id '{reserved}' is the one the library reports for {version}; choose another id.");
    }

    internal static LocalizedText ReservedGradeCode() => new(
        "コード「NotGradable」はライブラリの「評価不能」に使われているため、評価の段階には使えません。別のコードにしてください。",
        "The code 'NotGradable' is the library's own 評価不能 (not gradable) and cannot be a grade of the scale; choose another code.");

    // ---- TargetIncomplete ----

    internal static LocalizedText TargetIncomplete(string? year) => new(
        $"{year} の目標には、値・範囲（comparison が between で min と max）・段階（stage）のうちちょうど一つを指定してください。",
        $"The target for {year} must state exactly one of: a value, a range (comparison 'between' with min and max), or a stage.");

    internal static LocalizedText PopulationTargetIncomplete() => new(
        "目標人口には、値か範囲（min と max）のどちらか一方だけを指定してください。",
        "A target population states exactly one of: a value, or a range with min and max.");

    // ---- UnknownField ----

    internal static LocalizedText UnknownField(string? where, string? path, string? fieldsDoc, string? whereJa) => new(
        $"{whereJa}: 項目 {path} はこの形式にありません（綴りを確認してください。項目の一覧は {fieldsDoc} にあります）。",
        $"{where}: the field {path} is not part of the format (check its spelling; {fieldsDoc} lists the fields).");

    // ---- UnknownGrade ----

    internal static LocalizedText UnknownOverrideGrade(string? grade, string? grades) => new(
        $"評価 {grade} はこの評価方法の段階にありません。{grades} のいずれかにしてください。",
        $"The grade {grade} is not in the policy's scale: use one of {grades}.");

    internal static LocalizedText UnknownGrade(string? code, string? grades) => new(
        $"評価 {code} はこの版の評価の段階（grades）にありません。{grades} のいずれかにしてください。",
        $"The grade {code} is not in this version's grades: use one of {grades}.");

    // ---- UnknownPolicy ----

    internal static LocalizedText UnknownPolicy(string? name, string? known) => new(
        $"「{name}」という評価方法は登録されていません。登録済み: {known}。先に登録してください。",
        $"No grading policy is named '{name}'. Known policies: {known}. Register it first.");

    // ---- UnknownReference ----

    internal static LocalizedText UnknownViewpoint(string? reference) => new(
        $"基本目標が参照する基本的視点「{reference}」は文書にありません。",
        $"The goal refers to the viewpoint '{reference}', which the document does not have.");

    internal static LocalizedText UnknownMeasure(string? reference) => new(
        $"プロジェクトが参照する施策「{reference}」は文書にありません。",
        $"The project refers to the measure '{reference}', which the document does not have.");

    // ---- UnknownStage ----

    internal static LocalizedText UnknownStage(string? value) => new(
        $"段階 {value} は指標の段階（stages）の一覧にありません。",
        $"The stage {value} is not in the indicator's list of stages.");

    // ---- UnknownValue ----

    internal static LocalizedText RequiredChoice(string field, string fieldJa, string choices) => new(
        $"「{fieldJa}」（{field}）は必須です。{choices} のいずれかにしてください。",
        $"The field '{field}' is required: use one of {choices}.");

    internal static LocalizedText InvalidChoice(string value, string field, string fieldJa, string choices) => new(
        $"{value} は「{fieldJa}」（{field}）として使えません。{choices} のいずれかにしてください。",
        $"{value} is not a valid '{field}': use one of {choices}.");

    // The Japanese text is the same whether 'op' is missing or unknown.
    internal static LocalizedText UnknownComparison(string? op, string choices) => new(
        $"比較（op）{Text.Of(op)} は使えません。{choices} のいずれかにしてください。",
        op is null ? $"The field 'op' is required: use one of {choices}." : $"{Text.Of(op)} is not a comparison: use one of {choices}.");

    // A value of a closed list (an enum's JSON names): required when missing, else not one of them.
    internal static LocalizedText UnknownChoice(string? value, string field, string fieldJa, IEnumerable<string> choices)
        => value is null
            ? RequiredChoice(field, fieldJa, Text.Names(choices))
            : InvalidChoice(Text.Of(value), field, fieldJa, Text.Names(choices));

    internal static LocalizedText UnknownUnitBasis(string? value, string? flowBasis) => new(
        $"{value} は単位の時間基準として使えません。{flowBasis} のいずれかにしてください。",
        $"{value} is not a unit basis: use one of {flowBasis}.");

    internal static LocalizedText UnknownTargetComparison(string? value, string? targetComparison) => new(
        $"{value} は目標の比較方法として使えません。{targetComparison} のいずれかにしてください。",
        $"{value} is not a target comparison: use one of {targetComparison}.");

    internal static LocalizedText UnknownObservationStatus(string? value, string? observationStatus) => new(
        $"{value} は実績の状態として使えません。{observationStatus} のいずれかにしてください。",
        $"{value} is not an observation status: use one of {observationStatus}.");

    internal static LocalizedText UnknownNotGradableReason(string? reason, string? names) => new(
        $"{reason} は評価できない理由として使えません。{names} のいずれかにしてください。",
        $"{reason} is not a not-gradable reason: use one of {names}.");

    // ---- YearRangeInvalid ----

    internal static LocalizedText YearRangeInverted(string? last, string? first) => new(
        $"期間の終わり（{last}）が始まり（{first}）より前です。",
        $"The range ends ({last}) before it starts ({first}).");

    // ---- DocumentTooLarge, NotUtf8, DuplicateProperty, NumberNotExact, NestingTooDeep, TooManyProblems ----

    internal static LocalizedText DocumentTooLarge(long? size, long limit)
    {
        var bytes = size is { } s ? s.ToString("N0", CultureInfo.InvariantCulture) + " bytes" : "more";
        var bytesJa = size is { } j ? j.ToString("N0", CultureInfo.InvariantCulture) + " バイト" : "上限を超える大きさ";
        var max = limit.ToString("N0", CultureInfo.InvariantCulture);
        return new(
            $"文書が大きすぎます（{bytesJa}、上限 {max} バイト）。読み込んでいません。上限は DocumentReadOptions.MaxBytes で変えられます。",
            $"The document is too large ({bytes}; the limit is {max} bytes), so it was not read. DocumentReadOptions.MaxBytes sets the limit.");
    }

    // encoding: the encoding the bytes were read as; guess: a Japanese encoding the bytes fit, or null.
    internal static LocalizedText NotUtf8(string encoding, long offset, int line, string? guess)
    {
        var at = offset.ToString(CultureInfo.InvariantCulture);
        var lineText = line.ToString(CultureInfo.InvariantCulture);
        var hint = guess is null ? string.Empty : $" It looks like {guess}: save it as UTF-8 (in Excel or Notepad: Save As, encoding UTF-8) and read it again.";
        var hintJa = guess is null ? string.Empty : $"{guess} で保存されているようです。UTF-8 で保存し直してください（メモ帳や Excel の「名前を付けて保存」で文字コード UTF-8）。";
        return new(
            $"文書が {encoding} として読めません（{lineText}行目、{at}バイト目に不正なバイト）。{hintJa}",
            $"The document is not valid {encoding} (an invalid byte at byte {at}, line {lineText}), so it was not read.{hint}");
    }

    internal static LocalizedText DuplicateProperty(string? where, string? whereJa) => new(
        $"{whereJa}: 同じ項目が1つのオブジェクトに2回書かれています。どちらを使うか決められないため、1つにしてください。",
        $"{where}: the same field is given twice in one object. Neither is taken: keep one.");

    internal static LocalizedText NumberNotExact(string number, string? where, string? whereJa) => new(
        $"{whereJa}: 数値 {number} は桁数が多すぎるか、小さすぎるか大きすぎるため、正確に保持できません（有効数字28桁、1e-28 から約 7.9e28 まで）。丸めずに読み込みを止めました。",
        $"{where}: the number {number} cannot be held exactly (at most 28 significant digits, from 1e-28 to about 7.9e28); it was not rounded. Write it with fewer digits.");

    internal static LocalizedText NestingTooDeep(int limit, string? where, string? whereJa) => new(
        $"{whereJa}: オブジェクトや配列の入れ子が深すぎます（上限 {limit.ToString(CultureInfo.InvariantCulture)}）。上限は DocumentReadOptions.MaxDepth で変えられます。",
        $"{where}: objects and arrays are nested deeper than {limit.ToString(CultureInfo.InvariantCulture)}. DocumentReadOptions.MaxDepth sets the limit.");

    internal static LocalizedText TooManyProblems(int listed, int more) => new(
        $"問題が多すぎるため、最初の {listed.ToString(CultureInfo.InvariantCulture)} 件だけを示しました（ほかに {more.ToString(CultureInfo.InvariantCulture)} 件）。上限は DocumentReadOptions.MaxProblems で変えられます。",
        $"Only the first {listed.ToString(CultureInfo.InvariantCulture)} problems are listed; {more.ToString(CultureInfo.InvariantCulture)} more were found. DocumentReadOptions.MaxProblems sets the limit.");

    // ---- TooManyBands ----

    internal static LocalizedText TooManyBands(int maxBands, int maxRelative) => new(
        $"区分が多すぎます。1つの評価基準に置ける区分は {maxBands.ToString(CultureInfo.InvariantCulture)} 個まで、基準値や目標値に対する許容幅（within）の区分は {maxRelative.ToString(CultureInfo.InvariantCulture)} 個までです。",
        $"The rule has too many bands: at most {maxBands.ToString(CultureInfo.InvariantCulture)}, of which at most {maxRelative.ToString(CultureInfo.InvariantCulture)} 'within' bands with a tolerance measured in the baseline or the target.");

    // ---- contradictions: UnknownReference, YearRangeInvalid, DuplicateId, TargetIncomplete ----

    internal static LocalizedText OwnPredecessor(string? id) => new(
        $"前期の戦略（predecessor.id {id}）がこの戦略自身です。前期の戦略の id を指定してください。",
        $"The predecessor ({id}) is this strategy itself: give the id of the plan before it.");

    internal static LocalizedText PredecessorNotBefore(string? first, string? own) => new(
        $"前期の戦略の計画期間の始まり（{first}）が、この戦略の始まり（{own}）より前ではありません。",
        $"The predecessor's plan period starts ({first}) no earlier than this plan's ({own}): a predecessor comes before.");

    internal static LocalizedText DuplicateStage(string? stage) => new(
        $"段階 {stage} が stages に2回以上あります。段階は1回ずつ、順に書いてください。",
        $"The stage {stage} is listed more than once in stages: list each stage once, in order.");

    internal static LocalizedText WithinRangeWithoutRange() => new(
        "方向が withinRange（範囲内）の指標には、範囲の目標（comparison \"between\" と min、max）が少なくとも1つ必要です。",
        "An indicator whose direction is withinRange needs at least one range target (comparison \"between\" with min and max).");
}
