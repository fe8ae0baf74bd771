using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// Text an .xlsx cell can hold: XML has no place for most control characters, so spreadsheets write
/// them as <c>_xHHHH_</c> (and a literal <c>_x</c>…<c>_</c> as <c>_x005F_</c> first), which is
/// decoded on reading. A name with a control character or a lone surrogate goes out and comes back.
/// </summary>
internal static class XmlText
{
    private static readonly Regex Escaped = new("_x([0-9A-Fa-f]{4})_", RegexOptions.CultureInvariant);

    internal static string Encode(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                replacement = Hex(c);
            }
            else if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                replacement = Hex(c);
            }
            else if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])))
            {
                replacement = Hex(c);
            }
            else if (c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && IsHex(text, i + 2))
            {
                replacement = "_x005F_";
            }

            if (replacement is not null)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 16);
                builder.Append(replacement);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    internal static string Decode(string text)
        => text.IndexOf("_x", StringComparison.Ordinal) < 0
            ? text
            : Escaped.Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());

    private static string Hex(char c) => "_x" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "_";

    private static bool IsHex(string text, int start)
    {
        for (var i = start; i < start + 4; i++)
        {
            if (!Uri.IsHexDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
