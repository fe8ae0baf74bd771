using System.Text.Json;
using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Periods;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// A map document: import options kept in a file for a city's own layout (which sheet, which row is
/// the header, what each column holds, and what the sheet does not say). Its JSON Schema is
/// docs/sheet-map.schema.json.
/// </summary>
/// <example>
/// <code>
/// { "sheet": "成果指標", "headerRow": 3, "municipality": "阿見町", "planPeriod": { "first": "FY2025", "last": "FY2027" },
///   "columns": { "成果指標名": "name", "現状値": "baseline", "$H": "target:FY2027" } }
/// </code>
/// </example>
public static class SheetMap
{
    private static readonly string[] Fields = ["sheet", "headerRow", "encoding", "strategyId", "municipality", "title", "planPeriod", "policy", "year", "columns"];

    /// <summary>Reads a map document into import options.</summary>
    /// <param name="json">The map's JSON text.</param>
    /// <returns>The options, or every problem with its JSON path.</returns>
    public static DocumentReadResult<SpreadsheetImportOptions> Read(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var errors = new List<ValidationError>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            return DocumentReadResult<SpreadsheetImportOptions>.Failure([Problem("$", null, "The map is not JSON: " + e.Message, "対応表が JSON として読めません。")], "map");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return DocumentReadResult<SpreadsheetImportOptions>.Failure([Problem("$", null, "A map is a JSON object.", "対応表は JSON オブジェクトです。")], "map");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (Array.IndexOf(Fields, property.Name) < 0)
                {
                    errors.Add(Problem("$." + property.Name, null, "'" + property.Name + "' is not a field of a map (" + string.Join(", ", Fields) + ").", "「" + property.Name + "」は対応表の項目ではありません。"));
                }
            }

            var options = new SpreadsheetImportOptions
            {
                Sheet = Text(root, "sheet", errors),
                Encoding = Text(root, "encoding", errors),
                StrategyId = Text(root, "strategyId", errors),
                Municipality = Text(root, "municipality", errors),
                Title = Text(root, "title", errors),
                Policy = Text(root, "policy", errors),
                HeaderRow = HeaderRow(root, errors),
                Year = Year(root, "year", "$.year", errors),
                PlanPeriod = PlanPeriod(root, errors),
                Columns = Columns(root, errors),
            };
            return errors.Count > 0
                ? DocumentReadResult<SpreadsheetImportOptions>.Failure(errors, "map")
                : DocumentReadResult<SpreadsheetImportOptions>.Success(options, ValueList<ValidationError>.Empty, "map");
        }
    }

    private static ValidationError Problem(string path, string? value, string english, string japanese)
        => new(SheetProblemCodes.MapInvalid, path, value, new LocalizedText(japanese, english));

    private static string? Text(JsonElement root, string name, List<ValidationError> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim().Length == 0)
        {
            errors.Add(Problem("$." + name, value.GetRawText(), "'" + name + "' must be non-empty text.", "「" + name + "」は空でない文字列です。"));
            return null;
        }

        return value.GetString();
    }

    private static int? HeaderRow(JsonElement root, List<ValidationError> errors)
    {
        if (!root.TryGetProperty("headerRow", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var row) && row is >= 1 and <= 1_048_576)
        {
            return row;
        }

        errors.Add(Problem("$.headerRow", value.GetRawText(), "'headerRow' is a row number from 1 to 1,048,576.", "「headerRow」は 1〜1,048,576 の行番号です。"));
        return null;
    }

    private static FiscalYear? Year(JsonElement element, string name, string path, List<ValidationError> errors)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && JapanesePeriods.TryParseFiscalYear(value.GetString(), out var year, out _))
        {
            return year;
        }

        errors.Add(Problem(path, value.GetRawText(), "'" + name + "' must be a fiscal year such as FY2020, R2 or 令和2年度.", "「" + name + "」は FY2020・R2・令和2年度 のような年度です。"));
        return null;
    }

    private static FiscalYearRange? PlanPeriod(JsonElement root, List<ValidationError> errors)
    {
        if (!root.TryGetProperty("planPeriod", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Problem("$.planPeriod", value.GetRawText(), "'planPeriod' is an object { \"first\": \"FY2020\", \"last\": \"FY2024\" }.", "「planPeriod」は { \"first\": \"FY2020\", \"last\": \"FY2024\" } の形です。"));
            return null;
        }

        var first = Year(value, "first", "$.planPeriod.first", errors);
        var last = Year(value, "last", "$.planPeriod.last", errors);
        if (first is null || last is null)
        {
            if (first is null && !value.TryGetProperty("first", out _) || last is null && !value.TryGetProperty("last", out _))
            {
                errors.Add(Problem("$.planPeriod", value.GetRawText(), "'planPeriod' needs both 'first' and 'last'.", "「planPeriod」には first と last の両方が必要です。"));
            }

            return null;
        }

        if (last.Value < first.Value)
        {
            errors.Add(Problem("$.planPeriod", value.GetRawText(), "'planPeriod' ends before it starts.", "「planPeriod」の終わりが始まりより前です。"));
            return null;
        }

        return new FiscalYearRange(first.Value, last.Value);
    }

    private static Dictionary<string, string>? Columns(JsonElement root, List<ValidationError> errors)
    {
        if (!root.TryGetProperty("columns", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Problem("$.columns", value.GetRawText(), "'columns' is an object of header (or $letter) to role.", "「columns」は見出し（または $列）から役割への対応です。"));
            return null;
        }

        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in value.EnumerateObject())
        {
            var path = "$.columns['" + column.Name + "']";
            if (column.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add(Problem(path, column.Value.GetRawText(), "A column's role is text such as \"name\" or \"actual:FY2020\".", "列の役割は \"name\" や \"actual:FY2020\" のような文字列です。"));
                continue;
            }

            var role = column.Value.GetString()!;
            if (column.Name.StartsWith("$", StringComparison.Ordinal) && !ColumnMap.IsColumnLetter(column.Name))
            {
                errors.Add(Problem(path, column.Name, "'" + column.Name + "' is not a column letter ($A to $XFD).", "「" + column.Name + "」は列記号（$A〜$XFD）ではありません。"));
            }
            else if (!ColumnMap.TryRole(role, out _, out _, out var why))
            {
                errors.Add(Problem(path, role, "'" + role + "': " + why + ".", "「" + role + "」は列の役割として読めません。"));
            }
            else
            {
                columns[column.Name] = role;
            }
        }

        return columns;
    }
}
