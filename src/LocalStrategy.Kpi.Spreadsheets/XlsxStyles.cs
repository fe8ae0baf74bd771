using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>The cell styles of the workbooks this library writes (indexes into cellXfs).</summary>
internal static class XlsxStyles
{
    internal const int Default = 0;
    internal const int Title = 1;
    internal const int Header = 2;
    internal const int Text = 3;
    internal const int Number = 4;
    internal const int Input = 5;
    internal const int QuotedText = 6;
    internal const int Note = 7;

    /// <summary>The first grade style: grade i of the policy's scale (best first) is GradeBase + i, grey is the last.</summary>
    internal const int GradeBase = 8;

    // Grade colours, best first (the same ramp as the HTML report), and grey for 評価不能.
    internal static readonly string[] GradeFills = ["FF1B7F3B", "FF5A9E2F", "FFC9A227", "FFD9822B", "FFC0392B", "FF7D3C98", "FF2471A3"];
    internal const int Grey = GradeBase + 7;

    internal static Stylesheet Build()
    {
        var fonts = new Fonts(
            Font(false, 11, null),
            Font(true, 14, null),
            Font(true, 11, null),
            Font(true, 11, "FFFFFFFF"),
            Font(false, 9, "FF595959"));
        var fills = new List<Fill>
        {
            new(new PatternFill { PatternType = PatternValues.None }),
            new(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"),
            Solid("FFFFF2CC"),
        };
        fills.AddRange(GradeFills.Select(Solid));
        fills.Add(Solid("FF8C8C8C"));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()));
        var formats = new List<CellFormat>
        {
            new() { FontId = 0, FillId = 0, BorderId = 0 },
            new() { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }) { FontId = 2, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
            new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
            new() { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true },
            new(new Protection { Locked = false }) { FontId = 0, FillId = 3, BorderId = 1, ApplyFill = true, ApplyBorder = true, ApplyProtection = true },
            new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true, QuotePrefix = true },
            new() { FontId = 4, FillId = 0, BorderId = 0, ApplyFont = true },
        };
        for (var i = 0; i <= GradeFills.Length; i++)
        {
            formats.Add(new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 3, FillId = (uint)(4 + i), BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true });
        }

        return new Stylesheet(
            fonts,
            new Fills(fills),
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            new CellFormats(formats),
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(bool bold, double size, string? colour)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        if (colour is not null)
        {
            font.Append(new Color { Rgb = colour });
        }

        font.Append(new FontName { Val = "Yu Gothic" });
        font.Append(new FontFamilyNumbering { Val = 3 });
        font.Append(new FontCharSet { Val = 128 });
        return font;
    }

    private static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Side<T>()
        where T : BorderPropertiesType, new()
        => new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };
}
