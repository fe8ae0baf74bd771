using System.Globalization;
using FluentValidation.Results;
using FluentValidation;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;
using NodaTime.Text;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// The rules of a whole document: its own fields, each part's local rules, and the rules that
/// need the whole document (unique identifiers, references, the plan period).
/// </summary>
internal sealed class StrategyDtoValidator : AbstractValidator<StrategyDto>
{
    internal const int CurrentFormatVersion = 1;

    internal StrategyDtoValidator()
    {
        RuleFor(x => x.formatVersion)
            .Must(v => v == CurrentFormatVersion)
            .Fails(
                ValidationCodes.FormatVersionUnsupported,
                (_, v) => v is null
                    ? ValidationMessages.StrategyFormatVersionMissing(CurrentFormatVersion)
                    : ValidationMessages.FormatVersionUnsupported(Text.Of(v), CurrentFormatVersion));
        RuleFor(x => x.id).Required("id", "ID");
        RuleFor(x => x.title).Required("title", "名称");
        RuleFor(x => x.municipality)
            .NotNull()
            .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.MunicipalityMissing());
        When(x => x.municipality is not null, () =>
        {
            RuleFor(x => x.municipality!.name).Required("municipality.name", "自治体名").OverridePropertyName("municipality.name");
            RuleFor(x => x.municipality!.code)
                .Must(c => c is null || LocalGovernmentCode.TryParse(c, out _, out _))
                .OverridePropertyName("municipality.code")
                .Fails(ValidationCodes.MunicipalityCodeInvalid, (_, c) => ValidationMessages.MunicipalityCodeInvalid(Text.Of(c), Text.Short(CodeError(c))));
        });
        RuleFor(x => x.generation)
            .Must(g => g is null || g >= 1)
            .Fails(ValidationCodes.OutOfRange, (_, g) => ValidationMessages.GenerationOutOfRange(Text.Of(g)));
        RuleFor(x => x.revisionDate)
            .Must(d => d is null || LocalDatePattern.Iso.Parse(d).Success)
            .Fails(ValidationCodes.InvalidPeriod, (_, d) => ValidationMessages.RevisionDateUnreadable(Text.Of(d)));
        RuleFor(x => x.planPeriod)
            .NotNull()
            .Fails(ValidationCodes.Required, (_, _) => ValidationMessages.PlanPeriodMissing());
        When(x => x.planPeriod is not null, () =>
        {
            RuleFor(x => x.planPeriod!.first).FiscalYear().OverridePropertyName("planPeriod.first");
            RuleFor(x => x.planPeriod!.last).FiscalYear().OverridePropertyName("planPeriod.last");
            RuleFor(x => x.planPeriod)
                .Must(p => PlanPeriod(p) is not null || !BothYears(p))
                .Fails(ValidationCodes.PlanPeriodInvalid, (_, p) => ValidationMessages.PlanPeriodInverted(Text.Of(p!.last), Text.Of(p.first)));
        });
        RuleFor(x => x.predecessor!.title).Required("predecessor.title", "前期の戦略の名称").OverridePropertyName("predecessor.title").When(x => x.predecessor is not null);
        RuleFor(x => x.predecessor!.planPeriod!.first).FiscalYear().OverridePropertyName("predecessor.planPeriod.first").When(x => x.predecessor?.planPeriod is not null);
        RuleFor(x => x.predecessor!.planPeriod!.last).FiscalYear().OverridePropertyName("predecessor.planPeriod.last").When(x => x.predecessor?.planPeriod is not null);
        RuleFor(x => x.predecessor!.planPeriod)
            .Must(p => PlanPeriod(p) is not null || !BothYears(p))
            .OverridePropertyName("predecessor.planPeriod")
            .When(x => x.predecessor?.planPeriod is not null)
            .Fails(ValidationCodes.YearRangeInvalid, (_, p) => ValidationMessages.YearRangeInverted(Text.Of(p!.last), Text.Of(p.first)));
        RuleFor(x => x.predecessor!.id)
            .Must((x, id) => id is null || !string.Equals(id, x.id, StringComparison.Ordinal))
            .OverridePropertyName("predecessor.id")
            .When(x => x.predecessor is not null)
            .Fails(ValidationCodes.UnknownReference, (_, id) => ValidationMessages.OwnPredecessor(Text.Of(id)));
        RuleFor(x => x.predecessor!.planPeriod!.first)
            .Must((x, first) => !(PlanPeriod(x.predecessor!.planPeriod) is { } before && PlanPeriod(x.planPeriod) is { } own && before.First >= own.First))
            .OverridePropertyName("predecessor.planPeriod.first")
            .When(x => x.predecessor?.planPeriod is not null && x.planPeriod is not null)
            .Fails(ValidationCodes.YearRangeInvalid, (x, first) => ValidationMessages.PredecessorNotBefore(Text.Of(first), Text.Of(x.planPeriod!.first)));
        RuleFor(x => x.predecessor!.generation)
            .Must(g => g is null || g >= 1)
            .OverridePropertyName("predecessor.generation")
            .When(x => x.predecessor is not null)
            .Fails(ValidationCodes.OutOfRange, (_, g) => ValidationMessages.GenerationOutOfRange(Text.Of(g)));
        RuleFor(x => x.population!).SetValidator(new PopulationDtoValidator()).OverridePropertyName("population").When(x => x.population is not null);
        RuleForEach(x => x.notes).NotNullItem("notes");
        RuleForEach(x => x.viewpoints).NotNullItem("viewpoints");
        RuleForEach(x => x.goals).NotNullItem("goals");
        RuleForEach(x => x.projects).NotNullItem("projects");
        RuleForEach(x => x.viewpoints).SetValidator(new ViewpointDtoValidator());
        RuleForEach(x => x.goals).SetValidator(new GoalDtoValidator());
        RuleForEach(x => x.projects).SetValidator(new ProjectDtoValidator());
        RuleFor(x => x).Custom(CheckWholeDocument);
    }

    internal static FiscalYearRange? PlanPeriod(PlanPeriodDto? period)
    {
        if (period is null
            || !JapanesePeriods.TryParseFiscalYear(period.first, out var first, out _)
            || !JapanesePeriods.TryParseFiscalYear(period.last, out var last, out _)
            || last < first)
        {
            return null;
        }

        return new FiscalYearRange(first, last);
    }

    private static bool BothYears(PlanPeriodDto? period)
        => period is not null
            && JapanesePeriods.TryParseFiscalYear(period.first, out _, out _)
            && JapanesePeriods.TryParseFiscalYear(period.last, out _, out _);

    private static string CodeError(string? code)
    {
        return LocalGovernmentCode.TryParse(code, out _, out var error) ? string.Empty : error!;
    }

    private static void CheckWholeDocument(StrategyDto dto, ValidationContext<StrategyDto> context)
    {
        // An identifier's first place: a path, or for an indicator its list's path and its position, so
        // that a path is written out only for a problem, not for each of many indicators.
        var ids = new Dictionary<string, Place>(StringComparer.Ordinal);
        var measureCodes = new HashSet<string>(StringComparer.Ordinal);
        var viewpointIds = new HashSet<string>(StringComparer.Ordinal);
        var plan = PlanPeriod(dto.planPeriod);

        void Id(string? id, Place place)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                return;
            }

            if (ids.TryGetValue(id!, out var first))
            {
                Add(
                    context,
                    ValidationCodes.DuplicateId,
                    place + ".id",
                    id, ValidationMessages.DuplicateId(id, first.ToString()));
            }
            else
            {
                ids[id!] = place;
            }
        }

        void Indicators(List<IndicatorDto>? indicators, string path)
        {
            for (var i = 0; i < (indicators?.Count ?? 0); i++)
            {
                var indicator = indicators![i];
                if (indicator is null)
                {
                    continue;
                }

                var at = new Place(path, i);
                Id(indicator.id, at);
                if (plan is { } range)
                {
                    for (var t = 0; t < (indicator.targets?.Count ?? 0); t++)
                    {
                        PlanYear(context, range, indicator.targets![t]?.year, at, ".targets", t, "target", "目標");
                    }

                    for (var o = 0; o < (indicator.observations?.Count ?? 0); o++)
                    {
                        PlanYear(context, range, indicator.observations![o]?.year, at, ".observations", o, "observation", "実績");
                    }
                }
            }
        }

        void Measures(List<MeasureDto>? measures, string path)
        {
            for (var i = 0; i < (measures?.Count ?? 0); i++)
            {
                var measure = measures![i];
                if (measure is null)
                {
                    continue;
                }

                var at = $"{path}[{i}]";
                Id(measure.id, new Place(at));
                if (measure.code is not null)
                {
                    measureCodes.Add(measure.code);
                }

                Indicators(measure.indicators, at);
                Measures(measure.subMeasures, at + ".subMeasures");
            }
        }

        for (var i = 0; i < (dto.viewpoints?.Count ?? 0); i++)
        {
            var viewpoint = dto.viewpoints![i];
            if (viewpoint is null)
            {
                continue;
            }

            Id(viewpoint.id, new Place($"$.viewpoints[{i}]"));
            if (viewpoint.id is not null)
            {
                viewpointIds.Add(viewpoint.id);
            }
        }

        for (var i = 0; i < (dto.goals?.Count ?? 0); i++)
        {
            var goal = dto.goals![i];
            if (goal is null)
            {
                continue;
            }

            var at = $"$.goals[{i}]";
            Id(goal.id, new Place(at));
            Indicators(goal.indicators, at);
            Measures(goal.measures, at + ".measures");
        }

        if (dto.population is not null)
        {
            CheckPopulation(dto.population, context);
        }

        for (var i = 0; i < (dto.projects?.Count ?? 0); i++)
        {
            Id(dto.projects![i]?.id, new Place($"$.projects[{i}]"));
        }

        for (var i = 0; i < (dto.goals?.Count ?? 0); i++)
        {
            var refs = dto.goals![i]?.viewpointIds;
            for (var j = 0; j < (refs?.Count ?? 0); j++)
            {
                if (refs![j] is not null && !viewpointIds.Contains(refs[j]))
                {
                    Add(
                        context,
                        ValidationCodes.UnknownReference,
                        $"$.goals[{i}].viewpointIds[{j}]",
                        refs[j], ValidationMessages.UnknownViewpoint(Text.Short(refs[j])));
                }
            }
        }

        for (var i = 0; i < (dto.projects?.Count ?? 0); i++)
        {
            var refs = dto.projects![i]?.measureCodes;
            for (var j = 0; j < (refs?.Count ?? 0); j++)
            {
                if (refs![j] is not null && !measureCodes.Contains(refs[j]))
                {
                    Add(
                        context,
                        ValidationCodes.UnknownReference,
                        $"$.projects[{i}].measureCodes[{j}]",
                        refs[j], ValidationMessages.UnknownMeasure(Text.Short(refs[j])));
                }
            }
        }
    }

    private static void CheckPopulation(PopulationDto population, ValidationContext<StrategyDto> context)
    {
        Increasing(context, population.targets?.Select(t => t?.period).ToList(), "$.population.targets", "period", "target populations", "目標人口");
        Increasing(context, population.fertilityPath?.Select(p => p?.period).ToList(), "$.population.fertilityPath", "period", "fertility-rate points", "合計特殊出生率");
        Increasing(context, population.socialChangePath?.Select(p => p?.period).ToList(), "$.population.socialChangePath", "period", "social-change points", "社会増減");
        Increasing(context, population.actuals?.Select(a => a?.asOf).ToList(), "$.population.actuals", "asOf", "actual populations", "実績人口");

        // Each range that overlaps an earlier one of its component is reported once, against the first
        // such range: n overlapping ranges give n - 1 problems, not n²/2. Years are bounded (FY1900–FY2200),
        // so the owner of each year is kept in an array per component.
        var owners = new Dictionary<string, (int Index, FiscalYearRange Years)?[]>(StringComparer.Ordinal);
        for (var i = 0; i < (population.componentTargets?.Count ?? 0); i++)
        {
            var t = population.componentTargets![i];
            if (t?.component is null
                || !JapanesePeriods.TryParseFiscalYear(t.first, out var first, out _)
                || !JapanesePeriods.TryParseFiscalYear(t.last, out var last, out _)
                || last < first)
            {
                continue;
            }

            if (!owners.TryGetValue(t.component, out var years))
            {
                years = new (int, FiscalYearRange)?[FiscalYear.MaxYear - FiscalYear.MinYear + 1];
                owners.Add(t.component, years);
            }

            var range = new FiscalYearRange(first, last);
            var overlap = Enumerable.Range(first.Year, last.Year - first.Year + 1).Select(y => years[y - FiscalYear.MinYear]).FirstOrDefault(o => o is not null);
            if (overlap is { } other)
            {
                Add(
                    context,
                    ValidationCodes.OverlappingRanges,
                    $"$.population.componentTargets[{i}]",
                    null, ValidationMessages.OverlappingComponentTargets(t.component, range, other.Index, other.Years));
                continue;
            }

            for (var y = first.Year; y <= last.Year; y++)
            {
                years[y - FiscalYear.MinYear] = (i, range);
            }
        }
    }

    // Periods that must strictly increase, compared by their last day, then their first.
    private static void Increasing(ValidationContext<StrategyDto> context, List<string?>? periods, string path, string field, string what, string whatJa)
    {
        ReportingPeriod? previous = null;
        for (var i = 0; i < (periods?.Count ?? 0); i++)
        {
            if (!JapanesePeriods.TryParse(periods![i], out var period, out _))
            {
                continue;
            }

            if (previous is { } p && period.CompareTo(p) <= 0)
            {
                Add(
                    context,
                    ValidationCodes.PeriodsNotIncreasing,
                    $"{path}[{i}].{field}",
                    periods[i], ValidationMessages.PeriodsNotIncreasing(what, period, p, whatJa));
            }

            previous = period;
        }
    }

    private static void PlanYear(ValidationContext<StrategyDto> context, FiscalYearRange plan, string? text, Place indicator, string list, int index, string what, string whatJa)
    {
        if (JapanesePeriods.TryParseFiscalYear(text, out var year, out _) && !plan.Contains(year))
        {
            Add(
                context,
                ValidationCodes.OutsidePlanPeriod,
                indicator + list + "[" + index.ToString(CultureInfo.InvariantCulture) + "].year",
                text, ValidationMessages.OutsidePlanPeriod(what, whatJa, year, plan));
        }
    }

    // A place in the document: a path, or an indicator as its list's owner and its position (written out only when needed).
    private readonly struct Place
    {
        private readonly string path;
        private readonly int indicator;

        internal Place(string path)
        {
            this.path = path;
            indicator = -1;
        }

        internal Place(string owner, int indicator)
        {
            path = owner;
            this.indicator = indicator;
        }

        public override string ToString()
            => indicator < 0 ? path : path + ".indicators[" + indicator.ToString(CultureInfo.InvariantCulture) + "]";
    }

    private static void Add(ValidationContext<StrategyDto> context, string code, string path, string? value, LocalizedText message)
        => context.AddFailure(new ValidationFailure(path, message.English, value) { ErrorCode = code, CustomState = message });
}
