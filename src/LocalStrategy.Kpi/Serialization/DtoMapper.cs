using System.Globalization;
using LocalStrategy.Kpi.Internal;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using NodaTime.Text;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>Maps between the JSON document and the domain model. <c>ToModel</c> expects a validated document.</summary>
internal static class DtoMapper
{
    internal static Strategy ToModel(StrategyDto dto)
    {
        var m = dto.municipality!;
        var municipality = new Municipality(m.name!)
        {
            Prefecture = m.prefecture,
            Code = m.code is null ? null : LocalGovernmentCode.Parse(m.code),
        };
        var plan = new FiscalYearRange(
            JapanesePeriods.ParseFiscalYear(dto.planPeriod!.first!),
            JapanesePeriods.ParseFiscalYear(dto.planPeriod.last!));
        return new Strategy(dto.id!, municipality, dto.title!, plan)
        {
            Generation = dto.generation,
            RevisionDate = dto.revisionDate is null ? null : LocalDatePattern.Iso.Parse(dto.revisionDate).Value,
            Vision = dto.vision,
            GradingPolicy = dto.gradingPolicy,
            Predecessor = dto.predecessor is null ? null : new StrategyReference(dto.predecessor.title!)
            {
                Id = dto.predecessor.id,
                Generation = dto.predecessor.generation,
                PlanPeriod = dto.predecessor.planPeriod is not { } pp ? null : new FiscalYearRange(JapanesePeriods.ParseFiscalYear(pp.first!), JapanesePeriods.ParseFiscalYear(pp.last!)),
            },
            Population = dto.population is null ? null : ToModel(dto.population),
            Notes = ValueList<string>.From(dto.notes),
            Viewpoints = List(dto.viewpoints, v => new BasicViewpoint(v.id!, v.title!) { Description = v.description }),
            Goals = List(dto.goals, ToModel),
            Projects = List(dto.projects, p => new CrossCuttingProject(p.id!, p.title!) { MeasureCodes = ValueList<string>.From(p.measureCodes) }),
        };
    }

    internal static StrategyDto ToDto(Strategy strategy)
        => new()
        {
            formatVersion = StrategyDtoValidator.CurrentFormatVersion,
            id = strategy.Id,
            municipality = new MunicipalityDto
            {
                name = strategy.Municipality.Name,
                prefecture = strategy.Municipality.Prefecture,
                code = strategy.Municipality.Code?.Value,
            },
            title = strategy.Title,
            generation = strategy.Generation,
            planPeriod = new PlanPeriodDto { first = strategy.PlanPeriod.First.ToString(), last = strategy.PlanPeriod.Last.ToString() },
            revisionDate = strategy.RevisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            vision = strategy.Vision,
            gradingPolicy = strategy.GradingPolicy,
            predecessor = strategy.Predecessor is not { } pr ? null : new StrategyReferenceDto
            {
                title = pr.Title,
                id = pr.Id,
                generation = pr.Generation,
                planPeriod = pr.PlanPeriod is not { } range ? null : new PlanPeriodDto { first = range.First.ToString(), last = range.Last.ToString() },
            },
            population = strategy.Population is null ? null : ToDto(strategy.Population),
            notes = Strings(strategy.Notes),
            viewpoints = Dtos(strategy.Viewpoints, v => new ViewpointDto { id = v.Id, title = v.Title, description = v.Description }),
            goals = Dtos(strategy.Goals, ToDto),
            projects = Dtos(strategy.Projects, p => new ProjectDto { id = p.Id, title = p.Title, measureCodes = Strings(p.MeasureCodes) }),
        };

    private static BasicGoal ToModel(GoalDto dto)
        => new(dto.id!, dto.code!, dto.title!)
        {
            ViewpointIds = ValueList<string>.From(dto.viewpointIds),
            Lineage = dto.lineage is null ? null : new GoalLineage(dto.lineage.predecessorGoal!, JsonNames<LineageRelation>.Parse(dto.lineage.relation!)) { Note = dto.lineage.note },
            Alignments = List(dto.alignments, ToModel),
            Indicators = List(dto.indicators, ToModel),
            Measures = List(dto.measures, ToModel),
        };

    private static GoalDto ToDto(BasicGoal goal)
        => new()
        {
            id = goal.Id,
            code = goal.Code,
            title = goal.Title,
            viewpointIds = Strings(goal.ViewpointIds),
            lineage = goal.Lineage is not { } l ? null : new GoalLineageDto { predecessorGoal = l.PredecessorGoal, relation = JsonNames<LineageRelation>.OfAny(l.Relation), note = l.Note },
            alignments = Dtos(goal.Alignments, ToDto),
            indicators = Dtos(goal.Indicators, ToDto),
            measures = Dtos(goal.Measures, ToDto),
        };

    private static Measure ToModel(MeasureDto dto)
        => new(dto.id!, dto.code!, dto.title!)
        {
            Departments = ValueList<string>.From(dto.departments),
            Activities = ValueList<string>.From(dto.activities),
            PriorityLevel = dto.priorityLevel,
            UsesDigitalTools = dto.usesDigitalTools,
            Alignments = List(dto.alignments, ToModel),
            SubMeasures = List(dto.subMeasures, ToModel),
            Indicators = List(dto.indicators, ToModel),
        };

    private static MeasureDto ToDto(Measure measure)
        => new()
        {
            id = measure.Id,
            code = measure.Code,
            title = measure.Title,
            departments = Strings(measure.Departments),
            activities = Strings(measure.Activities),
            priorityLevel = measure.PriorityLevel,
            usesDigitalTools = measure.UsesDigitalTools,
            alignments = Dtos(measure.Alignments, ToDto),
            subMeasures = Dtos(measure.SubMeasures, ToDto),
            indicators = Dtos(measure.Indicators, ToDto),
        };

    internal static Indicator ToModel(IndicatorDto dto)
    {
        var kind = JsonNames<IndicatorKind>.Parse(dto.kind!);
        var direction = JsonNames<Direction>.Parse(dto.direction!);
        var valueKind = JsonNames<ValueKind>.Parse(dto.valueKind!);
        var basis = JsonNames<GradingBasis>.Parse(dto.basis!);
        var per = JsonNames<FlowBasis>.ParseOr(dto.unit!.per, FlowBasis.None);
        var unit = new Unit(dto.unit.label!) { Scale = dto.unit.scale ?? 1m, Per = per };
        return new Indicator(dto.id!, kind, dto.name!, unit, direction, valueKind, basis)
        {
            Stages = ValueList<string>.From(dto.stages),
            Source = dto.source,
            Note = dto.note,
            Baseline = dto.baseline is null
                ? null
                : new Baseline { Period = dto.baseline.period is null ? null : JapanesePeriods.Parse(dto.baseline.period), Value = dto.baseline.value, Stage = dto.baseline.stage, Note = dto.baseline.note },
            Targets = List(dto.targets, ToModel),
            Observations = List(dto.observations, ToModel),
        };
    }

    internal static IndicatorDto ToDto(Indicator indicator)
        => new()
        {
            id = indicator.Id,
            kind = JsonNames<IndicatorKind>.OfAny(indicator.Kind),
            name = indicator.Name,
            unit = new UnitDto
            {
                label = indicator.Unit.Label,
                scale = indicator.Unit.Scale == 1m ? null : indicator.Unit.Scale,
                per = indicator.Unit.Per == FlowBasis.None ? null : JsonNames<FlowBasis>.OfAny(indicator.Unit.Per),
            },
            direction = JsonNames<Direction>.OfAny(indicator.Direction),
            valueKind = JsonNames<ValueKind>.OfAny(indicator.ValueKind),
            basis = JsonNames<GradingBasis>.OfAny(indicator.Basis),
            stages = Strings(indicator.Stages),
            source = indicator.Source,
            note = indicator.Note,
            baseline = indicator.Baseline is not { } b
                ? null
                : new BaselineDto { period = b.Period?.ToString(), value = b.Value, stage = b.Stage, note = b.Note },
            targets = Dtos(indicator.Targets, ToDto),
            observations = Dtos(indicator.Observations, ToDto),
        };

    private static Target ToModel(TargetDto dto)
    {
        var comparison = JsonNames<TargetComparison>.ParseOr(dto.comparison, TargetComparison.Reach);
        return new Target(JapanesePeriods.ParseFiscalYear(dto.year!))
        {
            Value = dto.value,
            Comparison = comparison,
            Min = dto.min,
            Max = dto.max,
            Stage = dto.stage,
            EachYear = dto.eachYear == true,
            Note = dto.note,
        };
    }

    private static TargetDto ToDto(Target target)
        => new()
        {
            year = target.Year.ToString(),
            value = target.Value,
            comparison = target.Comparison == TargetComparison.Reach ? null : JsonNames<TargetComparison>.OfAny(target.Comparison),
            min = target.Min,
            max = target.Max,
            stage = target.Stage,
            eachYear = target.EachYear ? true : null,
            note = target.Note,
        };

    private static Observation ToModel(ObservationDto dto)
    {
        var status = JsonNames<ObservationStatus>.ParseOr(dto.status, ObservationStatus.Final);
        return new Observation(JapanesePeriods.ParseFiscalYear(dto.year!))
        {
            Value = dto.value,
            Stage = dto.stage,
            Status = status,
            AsOf = dto.asOf is null ? null : JapanesePeriods.Parse(dto.asOf),
            Reason = dto.reason,
            Source = dto.source,
            Note = dto.note,
            ManualGrade = dto.manualGrade is null ? null : new ManualGrade(dto.manualGrade.grade!, dto.manualGrade.reason!),
            PublishedGrade = dto.publishedGrade,
        };
    }

    private static ObservationDto ToDto(Observation observation)
        => new()
        {
            year = observation.Year.ToString(),
            value = observation.Value,
            stage = observation.Stage,
            status = observation.Status == ObservationStatus.Final ? null : JsonNames<ObservationStatus>.OfAny(observation.Status),
            asOf = observation.AsOf?.ToString(),
            reason = observation.Reason,
            source = observation.Source,
            note = observation.Note,
            manualGrade = observation.ManualGrade is not { } g ? null : new ManualGradeDto { grade = g.Grade, reason = g.Reason },
            publishedGrade = observation.PublishedGrade,
        };

    private static Alignment ToModel(AlignmentDto dto) => new(dto.framework!, dto.goal!) { Note = dto.note };

    private static AlignmentDto ToDto(Alignment alignment) => new() { framework = alignment.Framework, goal = alignment.Goal, note = alignment.Note };

    private static PopulationVision ToModel(PopulationDto dto)
        => new()
        {
            Targets = List(dto.targets, t => new PopulationTarget(
                JapanesePeriods.Parse(t.period!),
                List(t.versions, v => new TargetVersion
                {
                    Value = v.value,
                    Min = v.min,
                    Max = v.max,
                    AdoptedIn = v.adoptedIn,
                    Date = v.date is null ? null : LocalDatePattern.Iso.Parse(v.date).Value,
                    Note = v.note,
                }))),
            FertilityPath = List(dto.fertilityPath, ToModel),
            SocialChangePath = List(dto.socialChangePath, ToModel),
            ComponentTargets = List(dto.componentTargets, c => new ComponentTarget(
                JsonNames<PopulationComponent>.Parse(c.component!),
                new FiscalYearRange(JapanesePeriods.ParseFiscalYear(c.first!), JapanesePeriods.ParseFiscalYear(c.last!)),
                c.perYear!.Value) { Note = c.note }),
            Actuals = List(dto.actuals, a => new PopulationActual(JapanesePeriods.Parse(a.asOf!), a.value!.Value) { Source = a.source, Note = a.note }),
            YearsAsOf = dto.yearsAsOf is null ? PopulationVision.CensusDay : AnnualDatePattern.Iso.Parse(dto.yearsAsOf).Value,
            Note = dto.note,
        };

    private static PopulationDto ToDto(PopulationVision vision)
        => new()
        {
            targets = Dtos(vision.Targets, t => new PopulationTargetDto
            {
                period = t.Period.ToString(),
                versions = Dtos(t.Versions, v => new TargetVersionDto
                {
                    value = v.Value,
                    min = v.Min,
                    max = v.Max,
                    adoptedIn = v.AdoptedIn,
                    date = v.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    note = v.Note,
                }),
            }),
            fertilityPath = Dtos(vision.FertilityPath, ToDto),
            socialChangePath = Dtos(vision.SocialChangePath, ToDto),
            componentTargets = Dtos(vision.ComponentTargets, c => new ComponentTargetDto
            {
                component = JsonNames<PopulationComponent>.OfAny(c.Component),
                first = c.Years.First.ToString(),
                last = c.Years.Last.ToString(),
                perYear = c.PerYear,
                note = c.Note,
            }),
            actuals = Dtos(vision.Actuals, a => new PopulationActualDto { asOf = a.AsOf.ToString(), value = a.Value, source = a.Source, note = a.Note }),
            yearsAsOf = vision.YearsAsOf == PopulationVision.CensusDay ? null : AnnualDatePattern.Iso.Format(vision.YearsAsOf),
            note = vision.Note,
        };

    private static PathPoint ToModel(PathPointDto dto)
        => new(JapanesePeriods.Parse(dto.period!), dto.value!.Value) { IsActual = dto.isActual ?? false, Note = dto.note };

    private static PathPointDto ToDto(PathPoint point)
        => new() { period = point.Period.ToString(), value = point.Value, isActual = point.IsActual ? true : null, note = point.Note };

    private static ValueList<TModel> List<TDto, TModel>(List<TDto>? items, Func<TDto, TModel> map)
        => items is null ? ValueList<TModel>.Empty : ValueList<TModel>.From(items.Select(map));

    private static List<TDto>? Dtos<TModel, TDto>(ValueList<TModel> items, Func<TModel, TDto> map)
        => items.Count == 0 ? null : items.Select(map).ToList();

    private static List<string>? Strings(ValueList<string> items) => items.Count == 0 ? null : items.ToList();
}
