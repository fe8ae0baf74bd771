using System.Globalization;
using System.Text;

namespace LocalStrategy.Kpi.Cli;

/// <summary>
/// Text from a document made safe for a terminal: control characters (ESC sequences that recolour or
/// move the cursor, NUL, BEL, C1 controls) and the Unicode direction overrides that reorder what is
/// shown (U+202A–U+202E, U+2066–U+2069) are written as visible escapes such as <c>\u001B</c>.
/// Line breaks and tabs become spaces, so a value cannot forge a line of output.
/// </summary>
internal static class TerminalText
{
    internal static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        StringBuilder? safe = null;
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '\n' or '\r' or '\t' => " ",
                _ when char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (replacement is null)
            {
                safe?.Append(c);
                continue;
            }

            safe ??= new StringBuilder(text, 0, i, text.Length + 16);
            safe.Append(replacement);
        }

        return safe?.ToString() ?? text;
    }
}
