using System.Text;
using LocalStrategy.Kpi.Periods;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// The columns a map names, over the usual Japanese names: a header text (成果指標) or a column letter
/// ($F) to a role (name, baseline, target, actual…), with a fiscal year for a value column
/// (actual:FY2020, target:R6).
/// </summary>
internal sealed class ColumnMap
{
    internal static readonly IReadOnlyDictionary<string, ColumnRole> Roles = new Dictionary<string, ColumnRole>(StringComparer.Ordinal)
    {
        ["id"] = ColumnRole.Id,
        ["goal"] = ColumnRole.Goal,
        ["measure"] = ColumnRole.Measure,
        ["subMeasure"] = ColumnRole.SubMeasure,
        ["name"] = ColumnRole.Name,
        ["kind"] = ColumnRole.Kind,
        ["unit"] = ColumnRole.Unit,
        ["direction"] = ColumnRole.Direction,
        ["valueKind"] = ColumnRole.ValueKind,
        ["basis"] = ColumnRole.Basis,
        ["stages"] = ColumnRole.Stages,
        ["baseline"] = ColumnRole.Baseline,
        ["baselineYear"] = ColumnRole.BaselineYear,
        ["target"] = ColumnRole.Target,
        ["targetYear"] = ColumnRole.TargetYear,
        ["actual"] = ColumnRole.Actual,
        ["grade"] = ColumnRole.Grade,
        ["year"] = ColumnRole.Year,
        ["note"] = ColumnRole.Note,
        ["source"] = ColumnRole.Source,
        ["ignore"] = ColumnRole.Computed,
    };

    private static readonly ColumnMap Empty = new(new Dictionary<string, (ColumnRole, FiscalYear?)>(StringComparer.Ordinal), new Dictionary<int, (ColumnRole, FiscalYear?)>());

    private readonly Dictionary<string, (ColumnRole Role, FiscalYear? Year)> byHeader;
    private readonly Dictionary<int, (ColumnRole Role, FiscalYear? Year)> byColumn;

    private ColumnMap(Dictionary<string, (ColumnRole, FiscalYear?)> byHeader, Dictionary<int, (ColumnRole, FiscalYear?)> byColumn)
    {
        this.byHeader = byHeader;
        this.byColumn = byColumn;
    }

    /// <summary>The map of an options' columns; every entry was checked when the options were made.</summary>
    internal static ColumnMap From(IReadOnlyDictionary<string, string>? columns)
    {
        if (columns is null || columns.Count == 0)
        {
            return Empty;
        }

        var byHeader = new Dictionary<string, (ColumnRole, FiscalYear?)>(StringComparer.Ordinal);
        var byColumn = new Dictionary<int, (ColumnRole, FiscalYear?)>();
        foreach (var pair in columns)
        {
            if (!TryRole(pair.Value, out var role, out var year, out _))
            {
                continue;
            }

            if (IsColumnLetter(pair.Key))
            {
                byColumn[SheetCell.ColumnOf(pair.Key.Substring(1))] = (role, year);
            }
            else
            {
                byHeader[Key(pair.Key)] = (role, year);
            }
        }

        return new ColumnMap(byHeader, byColumn);
    }

    internal (ColumnRole Role, FiscalYear? Year) Classify(string header, int column)
    {
        if (byColumn.TryGetValue(column, out var byLetter))
        {
            return byLetter;
        }

        if (byHeader.Count > 0 && byHeader.TryGetValue(Key(header), out var named))
        {
            return named;
        }

        return HeaderLayout.Classify(header);
    }

    /// <summary>A map key for a column letter: $ and letters, such as $F or $AB.</summary>
    internal static bool IsColumnLetter(string key)
        => key.Length is > 1 and <= 4 && key[0] == '$' && key.Skip(1).All(c => c is >= 'A' and <= 'Z');

    /// <summary>Reads a role: a name, or a value role with a fiscal year (actual:FY2020, target:R6).</summary>
    internal static bool TryRole(string text, out ColumnRole role, out FiscalYear? year, out string? error)
    {
        year = null;
        error = null;
        var colon = text.IndexOf(':');
        var name = colon < 0 ? text : text.Substring(0, colon);
        if (!Roles.TryGetValue(name, out role))
        {
            error = "'" + name + "' is not a column role (" + string.Join(", ", Roles.Keys) + ")";
            return false;
        }

        if (colon < 0)
        {
            return true;
        }

        if (role is not (ColumnRole.Target or ColumnRole.Actual or ColumnRole.Grade or ColumnRole.Baseline))
        {
            error = "only target, actual, grade and baseline take a fiscal year";
            return false;
        }

        if (!JapanesePeriods.TryParseFiscalYear(text.Substring(colon + 1), out var parsed, out var why))
        {
            error = why;
            return false;
        }

        year = parsed;
        return true;
    }

    private static string Key(string header) => HeaderLayout.Squeeze(header.Normalize(NormalizationForm.FormKC));
}
