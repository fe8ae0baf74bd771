using LocalStrategy.Kpi.Model;
using LocalStrategy.Kpi.Spreadsheets;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Spreadsheets;

/// <summary>Numbers as Japanese offices write them in sheets, read exactly; markers are statuses, never 0.</summary>
public sealed class JapaneseNumbersTests
{
    [Theory]
    [InlineData("1,234", null, "1234")]
    [InlineData("１，２３４", null, "1234")]         // full-width digits and comma
    [InlineData("△472", null, "-472")]
    [InlineData("▲508", null, "-508")]
    [InlineData("－12.5", null, "-12.5")]            // full-width minus
    [InlineData("-0.001", null, "-0.001")]
    [InlineData("20.6%", "%", "20.6")]
    [InlineData("２０．６％", "%", "20.6")]
    [InlineData("全6校", "校", "6")]
    [InlineData("6校", "校", "6")]
    [InlineData("12,345千円", "千円", "12345")]
    [InlineData("3.5万人", "万人", "3.5")]
    [InlineData(" 42 ", null, "42")]
    [InlineData("12.30", null, "12.30")]
    [InlineData("100人/年", "人/年", "100")]
    public void A_number_is_read_exactly(string text, string? unit, string expected)
    {
        Assert.True(JapaneseNumbers.TryRead(text, unit, out var value, out var reason), reason.English);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.Equal(ObservationStatus.Final, value.Status);
        Assert.Equal(TargetComparison.Reach, value.Comparison);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("―")]
    [InlineData("－")]
    [InlineData("ー")]
    public void A_dash_or_an_empty_cell_holds_nothing(string text)
    {
        Assert.True(JapaneseNumbers.TryRead(text, null, out var value, out _));
        Assert.True(value.IsBlank);
        Assert.Null(value.Number);
    }

    [Theory]
    [InlineData("未公表", ObservationStatus.NotPublished, null)]
    [InlineData("調査中", ObservationStatus.NotPublished, null)]
    [InlineData("休止", ObservationStatus.Suspended, null)]
    [InlineData("12.3（速報値）", ObservationStatus.Preliminary, "12.3")]
    [InlineData("速報値 1,200", ObservationStatus.Preliminary, "1200")]
    public void A_marker_is_a_status_not_a_zero(string text, ObservationStatus status, string? number)
    {
        Assert.True(JapaneseNumbers.TryRead(text, null, out var value, out var reason), reason.English);
        Assert.Equal(status, value.Status);
        Assert.Equal(number is null ? null : decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
        Assert.False(value.IsBlank);
    }

    [Theory]
    [InlineData("280以上", TargetComparison.AtLeast, "280")]
    [InlineData("５以下", TargetComparison.AtMost, "5")]
    [InlineData("1,000人以上", TargetComparison.AtLeast, "1000")]
    public void A_target_may_say_at_least_or_at_most(string text, TargetComparison comparison, string number)
    {
        Assert.True(JapaneseNumbers.TryRead(text, "人", out var value, out var reason), reason.English);
        Assert.Equal(comparison, value.Comparison);
        Assert.Equal(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture), value.Number);
    }

    [Theory]
    [InlineData("abc", "not a number")]
    [InlineData("1,23", "commas must group thousands")]
    [InlineData("12.3.4", "not a number")]
    [InlineData("12件", "the unit '件' after it is not the indicator's unit '人'")]
    [InlineData("1.2万人", "the unit '万人' after it is not the indicator's unit '人'")]  // never scaled silently
    [InlineData("速報値", "速報値 needs a number")]
    [InlineData("約100", "not a number")]
    public void A_cell_that_is_not_a_number_is_named_with_the_reason(string text, string reason)
    {
        Assert.False(JapaneseNumbers.TryRead(text, "人", out _, out var why));
        Assert.Contains(reason, why.English, StringComparison.Ordinal);
        Assert.NotEmpty(why.Japanese);
    }
}
