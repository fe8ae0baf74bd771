namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>A file that cannot be read as a sheet at all (too large, not a spreadsheet, an encoding that does not decode): one problem, named.</summary>
internal sealed class SheetReadException : Exception
{
    internal SheetReadException(string code, string english, string japanese)
        : base(english)
    {
        Code = code;
        Japanese = japanese;
    }

    internal string Code { get; }

    internal string Japanese { get; }
}
