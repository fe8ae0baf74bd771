using System.Globalization;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>A cell to write: text or a number, with a style of <see cref="XlsxStyles"/>.</summary>
internal readonly struct OutCell
{
    private OutCell(string? text, decimal? number, int style)
    {
        Text = text;
        Number = number;
        Style = style;
    }

    internal string? Text { get; }

    internal decimal? Number { get; }

    internal int Style { get; }

    internal bool IsEmpty => Text is null && Number is null;

    internal static OutCell Empty(int style = XlsxStyles.Default) => new(null, null, style);

    internal static OutCell Of(string? text, int style = XlsxStyles.Text) => new(text, null, style);

    internal static OutCell Of(decimal number, int style = XlsxStyles.Number) => new(null, number, style);

    /// <summary>A number as a number cell where a spreadsheet holds it exactly (15 significant digits), else as its exact text.</summary>
    internal static OutCell Value(decimal number)
        => SignificantDigits(number) <= 15 ? Of(number) : Of(number.ToString(CultureInfo.InvariantCulture), XlsxStyles.Text);

    private static int SignificantDigits(decimal number)
    {
        var digits = Math.Abs(number).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty).TrimStart('0').TrimEnd('0');
        return digits.Length;
    }

    /// <summary>The text a CSV file holds: a number invariantly, text made safe from formula injection.</summary>
    internal string CsvText => Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : FormulaSafety.Neutralize(Text ?? string.Empty);
}
