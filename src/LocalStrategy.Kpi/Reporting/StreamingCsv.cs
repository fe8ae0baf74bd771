using System.Globalization;
using System.Text;
using LocalStrategy.Kpi.Grading;
using LocalStrategy.Kpi.Internal;

namespace LocalStrategy.Kpi.Reporting;

/// <summary>The CSV rows of <see cref="StreamingFormat.Csv"/>: identifiers, codes and numbers, invariant, RFC 4180 quoting.</summary>
internal static class StreamingCsv
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("id,kind,goal,measure,grade,rate,rateKind,actual,target,targetYear,baseline,rule,reason,publishedGrade,agreement,countedGrade\r\n");

    internal static void WriteHeader(Stream output) => output.Write(Header, 0, Header.Length);

    internal static void WriteRow(Stream output, IndicatorEvaluation e)
    {
        var r = e.Result;
        var n = r.Numbers;
        var row = new StringBuilder(160);
        Field(row, e.Indicator.Id);
        Field(row, JsonNames<Model.IndicatorKind>.Of(e.Indicator.Kind));
        Field(row, e.Placement.Goal.Id);
        Field(row, e.Placement.Measure?.Id);
        Field(row, r.Grade.Code);
        Field(row, n.Rate.Kind == RateKind.Finite ? n.Rate.Value.ToString(CultureInfo.InvariantCulture) : null);
        Field(row, JsonNames<RateKind>.Of(n.Rate.Kind));
        Field(row, Number(n.Actual));
        Field(row, Number(n.Target));
        Field(row, n.TargetYear?.ToString());
        Field(row, Number(n.Baseline));
        Field(row, r.Rule.Id);
        Field(row, r.IsGraded ? null : JsonNames<NotGradableReason>.Of(r.Reason));
        Field(row, e.PublishedCode);
        Field(row, JsonNames<Agreement>.Of(e.Agreement));
        Field(row, e.CountedGrade.Code, last: true);
        var bytes = Encoding.UTF8.GetBytes(row.ToString());
        output.Write(bytes, 0, bytes.Length);
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void Field(StringBuilder row, string? value, bool last = false)
    {
        if (value is { Length: > 0 })
        {
            // Identifiers and codes come from documents: one that starts like a formula is not run by a spreadsheet.
            // The same characters as the spreadsheet package's FormulaSafety, full-width forms included.
            var text = value[0] is '=' or '+' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠' || (value[0] == '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                ? "'" + value
                : value;
            if (text.IndexOfAny(['"', ',', '\r', '\n']) >= 0)
            {
                row.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                row.Append(text);
            }
        }

        row.Append(last ? "\r\n" : ",");
    }
}
