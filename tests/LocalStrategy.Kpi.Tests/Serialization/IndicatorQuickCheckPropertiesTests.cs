using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Serialization;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Serialization;

/// <summary>
/// The quick check of an indicator gives the rule engine's verdict: an indicator it lets through has no
/// problem <see cref="IndicatorDtoValidator"/> would name (so no document's errors change), and a valid
/// one is let through (so the fast path is taken). Over the indicators of generated valid strategies,
/// each also broken in one of the ways the rules name.
/// </summary>
public sealed class IndicatorQuickCheckPropertiesTests
{
    private static readonly IndicatorDtoValidator Rules = new();

    // One change each, breaking a rule of IndicatorDtoValidator or keeping the indicator valid.
    private static readonly Action<IndicatorDto>[] Changes =
    [
        _ => { },
        i => i.id = " ",
        i => i.name = null,
        i => i.kind = "kgi ",
        i => i.direction = null,
        i => i.direction = "up",
        i => i.valueKind = "Percentage",
        i => i.basis = "",
        i => i.unit = null,
        i => { if (i.unit is not null) { i.unit.label = null; } },
        i => { if (i.unit is not null) { i.unit.scale = 0m; } },
        i => { if (i.unit is not null) { i.unit.per = "perWeek"; } },
        i => { if (i.baseline is not null) { i.baseline.period = "令和元"; } },
        i => { if (i.baseline is not null) { i.baseline.period = "R1"; } },
        i => { i.valueKind = "percentage"; if (i.baseline is not null) { i.baseline.value = 100.5m; } },
        i => { if (i.baseline is not null) { i.baseline.stage = "どこにもない段階"; } },
        i => i.stages = ["a", "b", "a"],
        i => i.stages = ["a", null!],
        i => { i.direction = "withinRange"; },
        i => i.targets?.Add(null!),
        i => i.observations?.Add(null!),
        i => { if (i.targets is { Count: > 0 }) { i.targets[0].year = "2020年"; } },
        i => { if (i.targets is { Count: > 0 }) { i.targets[0].year = "令和2年度"; } },
        i => { if (i.targets is { Count: > 0 }) { i.targets[0].comparison = "above"; } },
        i => { if (i.targets is { Count: > 0 }) { i.targets[0].stage = "策定"; } },
        i => { if (i.targets is { Count: > 0 }) { i.targets[0].comparison = "between"; i.targets[0].value = null; i.targets[0].stage = null; i.targets[0].min = 5m; i.targets[0].max = 4m; } },
        i => { if (i.targets is { Count: > 0 }) { i.targets.Add(new TargetDto { year = string.Concat("FY", i.targets[0].year!.AsSpan(2)), value = 1m }); } },
        i => { if (i.targets is { Count: > 0 } && i.targets[0].year!.StartsWith("FY", StringComparison.Ordinal)) { i.targets.Add(new TargetDto { year = i.targets[0].year!.Substring(2), value = 1m }); } },
        i => { i.valueKind = "percentage"; if (i.targets is { Count: > 0 }) { i.targets[0].value = -1m; } },
        i => { if (i.observations is { Count: > 0 }) { i.observations[0].year = "FY1899"; } },
        i => { if (i.observations is { Count: > 0 }) { i.observations[0].status = "final "; } },
        i => { if (i.observations is { Count: > 0 }) { i.observations[0].asOf = "2020-02-30"; } },
        i => { if (i.observations is { Count: > 0 }) { i.observations[0].asOf = "令和2年10月1日現在"; } },
        i => { if (i.observations is { Count: > 0 }) { i.observations[0].manualGrade = new ManualGradeDto { grade = "A", reason = "\u3000" }; } },
        i => { if (i.observations is { Count: > 0 }) { i.observations[0].stage = "なし"; } },
        i => { i.valueKind = "percentage"; if (i.observations is { Count: > 0 }) { i.observations[0].value = 100.0000001m; } },
    ];

    private static Arbitrary<(IndicatorDto Indicator, int Change)> Indicators { get; } =
        (from strategy in ValidStrategies.Strategy
         let dto = DtoMapper.ToDto(strategy)
         let all = (dto.goals ?? []).SelectMany(g => (g.indicators ?? []).Concat(Flatten(g.measures ?? []).SelectMany(m => m.indicators ?? []))).ToArray()
         where all.Length > 0
         from pick in Gen.Choose(0, all.Length - 1)
         from change in Gen.Choose(0, Changes.Length - 1)
         select (Copy(all[pick]), change)).ToArbitrary();

    private static IEnumerable<MeasureDto> Flatten(IEnumerable<MeasureDto> measures) => measures.SelectMany(m => new[] { m }.Concat(Flatten(m.subMeasures ?? [])));

    private static IndicatorDto Copy(IndicatorDto indicator)
        => JsonSerializer.Deserialize<IndicatorDto>(JsonSerializer.Serialize(indicator))!;

    [Fact]
    public void The_quick_check_passes_an_indicator_exactly_when_the_rules_find_no_problem()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Indicators, pair =>
        {
            var (indicator, change) = pair;
            Changes[change](indicator);

            var problems = Rules.Validate(indicator).Errors;

            Assert.True(IndicatorQuickCheck.Passes(indicator) == (problems.Count == 0), "change " + change + ": quick check " + IndicatorQuickCheck.Passes(indicator) + ", rules: " + string.Join("; ", problems.Select(p => p.PropertyName + " " + p.ErrorCode)));
        }));
}
