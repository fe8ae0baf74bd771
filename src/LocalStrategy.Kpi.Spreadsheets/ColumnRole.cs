namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>What a column of a KPI table holds.</summary>
internal enum ColumnRole
{
    Unknown = 0,
    Id,
    Goal,
    Measure,
    SubMeasure,
    Name,
    Kind,
    Unit,
    Direction,
    ValueKind,
    Basis,
    Stages,
    Baseline,
    BaselineYear,
    Target,
    TargetYear,
    Actual,
    Grade,
    Year,
    Note,
    Source,
    Computed,
}
