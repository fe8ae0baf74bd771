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

    /// <summary>Writes one indicator's row; <paramref name="row"/> is a buffer the caller keeps for the next rows (one per thread).</summary>
    internal static void WriteRow(Stream output, IndicatorEvaluation e, Row row)
    {
        var r = e.Result;
        var n = r.Numbers;
        row.Clear();
        row.Field(e.Indicator.Id);
        row.Field(JsonNames<Model.IndicatorKind>.Of(e.Indicator.Kind));
        row.Field(e.Placement.Goal.Id);
        row.Field(e.Placement.Measure?.Id);
        row.Field(r.Grade.Code);
        row.Number(n.Rate.Kind == RateKind.Finite ? n.Rate.Value : null);
        row.Field(JsonNames<RateKind>.Of(n.Rate.Kind));
        row.Number(n.Actual);
        row.Number(n.Target);
        row.Year(n.TargetYear);
        row.Number(n.Baseline);
        row.Field(r.Rule.Id);
        row.Field(r.IsGraded ? null : JsonNames<NotGradableReason>.Of(r.Reason));
        row.Field(e.PublishedCode);
        row.Field(JsonNames<Agreement>.Of(e.Agreement));
        row.Field(e.CountedGrade.Code, last: true);
        row.WriteTo(output);
    }

    /// <summary>A row being written: its characters, then its UTF-8 bytes, in buffers kept from row to row.</summary>
    internal sealed class Row
    {
        // A field with one of these is quoted (RFC 4180).
        private static readonly char[] QuotedIf = ['"', ',', '\r', '\n'];

        private char[] chars = new char[256];
        private byte[] bytes = new byte[1024];
        private int length;

        internal void Clear() => length = 0;

        internal void WriteTo(Stream output)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(length);
            if (needed > bytes.Length)
            {
                bytes = new byte[needed];
            }

            var count = Encoding.UTF8.GetBytes(chars, 0, length, bytes, 0);
            output.Write(bytes, 0, count);
        }

        // Numbers are written as the invariant culture writes decimals: digits, a point, a leading minus, never a formula.
        internal void Number(decimal? value)
        {
            if (value is { } v)
            {
#if NET
                Room(64);
                v.TryFormat(chars.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
                length += written;
#else
                Append(v.ToString(CultureInfo.InvariantCulture));
#endif
            }

            Append(',');
        }

        internal void Year(Periods.FiscalYear? year)
        {
            if (year is { } y)
            {
                Append('F');
                Append('Y');
#if NET
                Room(16);
                y.Year.TryFormat(chars.AsSpan(length), out var written, default, CultureInfo.InvariantCulture);
                length += written;
#else
                Append(y.Year.ToString(CultureInfo.InvariantCulture));
#endif
            }

            Append(',');
        }

        internal void Field(string? value, bool last = false)
        {
            if (value is { Length: > 0 })
            {
                // Identifiers and codes come from documents: one that starts like a formula is not run by a spreadsheet.
                // The same characters as the spreadsheet package's FormulaSafety, full-width forms included.
                var formula = value[0] is '=' or '+' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠' || (value[0] == '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _));
                var quoted = value.IndexOfAny(QuotedIf) >= 0;
                if (quoted)
                {
                    Append('"');
                }

                if (formula)
                {
                    Append('\'');
                }

                if (quoted)
                {
                    foreach (var c in value)
                    {
                        if (c == '"')
                        {
                            Append('"');
                        }

                        Append(c);
                    }

                    Append('"');
                }
                else
                {
                    Append(value);
                }
            }

            if (last)
            {
                Append('\r');
                Append('\n');
            }
            else
            {
                Append(',');
            }
        }

        private void Append(char c)
        {
            Room(1);
            chars[length++] = c;
        }

        private void Append(string text)
        {
            Room(text.Length);
            text.CopyTo(0, chars, length, text.Length);
            length += text.Length;
        }

        private void Room(int more)
        {
            if (length + more > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(chars.Length * 2, length + more));
            }
        }
    }
}
