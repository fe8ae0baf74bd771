using System.Globalization;
using System.Text;
using LocalStrategy.Kpi.Model;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// Reads numbers as Japanese offices write them in sheets: full-width digits and signs, △ and ▲ for
/// minus, thousands commas, a unit after the number (6校, 12千円, 20.6%), 全6校, 以上 and 以下 after a
/// target, dashes for "nothing", and the markers 未公表, 調査中, 速報値 and 休止 as statuses, never as 0.
/// </summary>
internal static class JapaneseNumbers
{
    private static readonly string[] Dashes = ["-", "―", "—", "–", "‐", "−", "ー", "‑", "─", "━"];

    // Markers and the status each gives; a number may stand with 速報値 (12.3（速報値）).
    private static readonly (string Marker, ObservationStatus Status)[] Markers =
    [
        ("未公表", ObservationStatus.NotPublished),
        ("未集計", ObservationStatus.NotPublished),
        ("調査中", ObservationStatus.NotPublished),
        ("集計中", ObservationStatus.NotPublished),
        ("速報値", ObservationStatus.Preliminary),
        ("速報", ObservationStatus.Preliminary),
        ("休止", ObservationStatus.Suspended),
    ];

    /// <summary>Reads a cell; false with the reason (English, Japanese) when it is not a number this reader knows.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="unit">The indicator's unit label: a unit written after the number must be it; <see langword="null"/> when the sheet has no unit column, and any unit written is taken.</param>
    /// <param name="value">What the cell holds.</param>
    /// <param name="reason">Why it could not be read, in English and Japanese.</param>
    internal static bool TryRead(in SheetCell cell, string? unit, out CellValue value, out (string English, string Japanese) reason)
    {
        reason = default;
        if (cell.IsNumber && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var stored))
        {
            value = CellValue.Of(stored, ObservationStatus.Final, TargetComparison.Reach);
            return true;
        }

        return TryRead(cell.Text, unit, out value, out reason);
    }

    internal static bool TryRead(string text, string? unit, out CellValue value, out (string English, string Japanese) reason)
    {
        value = CellValue.Blank;
        reason = default;
        string s;
        try
        {
            s = Compact(text.Normalize(NormalizationForm.FormKC));
        }
        catch (ArgumentException)
        {
            reason = ("the text is not valid Unicode", "文字列が正しいUnicodeではありません");
            return false;
        }

        if (s.Length == 0 || Array.IndexOf(Dashes, s) >= 0)
        {
            return true;
        }

        var status = ObservationStatus.Final;
        foreach (var (marker, markerStatus) in Markers)
        {
            var at = s.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                status = markerStatus;
                s = Unbracket(s.Remove(at, marker.Length));
                break;
            }
        }

        if (s.Length == 0 || Array.IndexOf(Dashes, s) >= 0)
        {
            if (status == ObservationStatus.Preliminary)
            {
                reason = ("速報値 needs a number with it", "速報値には数値が必要です");
                return false;
            }

            value = CellValue.StatusOnly(status);
            return true;
        }

        var comparison = TargetComparison.Reach;
        if (s.EndsWith("以上", StringComparison.Ordinal))
        {
            comparison = TargetComparison.AtLeast;
            s = s.Substring(0, s.Length - 2);
        }
        else if (s.EndsWith("以下", StringComparison.Ordinal))
        {
            comparison = TargetComparison.AtMost;
            s = s.Substring(0, s.Length - 2);
        }

        if (s.StartsWith("全", StringComparison.Ordinal))
        {
            s = s.Substring(1);
        }

        var negative = false;
        if (s.Length > 0 && (s[0] == '△' || s[0] == '▲' || s[0] == '-' || s[0] == '−'))
        {
            negative = true;
            s = s.Substring(1);
        }
        else if (s.Length > 0 && s[0] == '+')
        {
            s = s.Substring(1);
        }

        // The number is the leading digits, commas and point; what follows is a unit.
        var end = 0;
        while (end < s.Length && (char.IsDigit(s[end]) && s[end] <= '9' || s[end] == ',' || s[end] == '.'))
        {
            end++;
        }

        var digits = s.Substring(0, end);
        var suffix = s.Substring(end);
        if (digits.Length == 0 || !char.IsDigit(digits[0]))
        {
            reason = ("not a number", "数値として読めません");
            return false;
        }

        if (suffix.Length > 0 && unit is not null && !UnitMatches(suffix, unit))
        {
            reason = unit.Length == 0
                ? ("not a number: '" + suffix + "' follows it and the indicator has no unit", "数値として読めません（数値の後に「" + suffix + "」がありますが、指標の単位がありません）")
                : ("not a number in the indicator's unit: the unit '" + suffix + "' after it is not the indicator's unit '" + unit + "'", "指標の単位の数値として読めません（単位「" + suffix + "」が指標の単位「" + unit + "」と異なります）");
            return false;
        }

        if (!TryDigits(digits, out var number))
        {
            reason = ("not a number (commas must group thousands)", "数値として読めません（桁区切りのカンマは3桁ごと）");
            return false;
        }

        value = CellValue.Of(negative ? -number : number, status, comparison, suffix.Length > 0 ? suffix : null);
        return true;
    }

    // Removes spaces and the brackets a marker leaves behind: 12.3（速報値） → 12.3().
    private static string Compact(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Unbracket(string s) => s.Replace("()", string.Empty).Replace("[]", string.Empty).Replace("【】", string.Empty).Replace("〔〕", string.Empty);

    private static bool UnitMatches(string suffix, string? unit)
    {
        if (unit is null)
        {
            return false;
        }

        var normalized = Compact(unit.Normalize(NormalizationForm.FormKC));
        return string.Equals(suffix, normalized, StringComparison.Ordinal)
            || (normalized.Length > 0 && string.Equals(suffix + "/年", normalized, StringComparison.Ordinal));
    }

    private static bool TryDigits(string digits, out decimal number)
    {
        number = 0m;
        var point = digits.IndexOf('.');
        var whole = point >= 0 ? digits.Substring(0, point) : digits;
        var fraction = point >= 0 ? digits.Substring(point + 1) : string.Empty;
        if (fraction.IndexOf('.') >= 0 || fraction.IndexOf(',') >= 0 || (point >= 0 && fraction.Length == 0))
        {
            return false;
        }

        if (whole.IndexOf(',') >= 0)
        {
            var groups = whole.Split(',');
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }

            whole = string.Concat(groups);
        }

        return decimal.TryParse(fraction.Length > 0 ? whole + "." + fraction : whole, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }
}
