namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// Formula (CSV) injection, as OWASP describes it: a text cell starting with =, +, -, @, a tab or a
/// carriage return is run by spreadsheets as a formula when the file is opened. Such text is written
/// with a leading apostrophe in CSV (the import takes it off again) and as quote-prefixed text in
/// .xlsx, so no spreadsheet runs it.
/// </summary>
internal static class FormulaSafety
{
    internal static bool NeedsQuoting(string text)
        => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '＝' or '＋' or '－' or '＠';

    internal static string Neutralize(string text) => NeedsQuoting(text) ? "'" + text : text;

    /// <summary>The text a neutralized cell stood for: the apostrophe this library wrote taken off.</summary>
    internal static string Restore(string text)
        => text.Length > 1 && text[0] == '\'' && NeedsQuoting(text.Substring(1)) ? text.Substring(1) : text;
}
