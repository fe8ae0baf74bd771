using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Model;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Model;

/// <summary>
/// 全国地方公共団体コード: prefecture (01–47), municipality, and a check digit that is the last digit
/// of 11 − (Σ dᵢ·wᵢ mod 11) with weights 6, 5, 4, 3, 2.
/// </summary>
public sealed class LocalGovernmentCodeTests
{
    [Theory]
    [InlineData("202207", "20")] // 安曇野市
    [InlineData("202096", "20")] // 伊那市
    [InlineData("084433", "08")] // 阿見町
    [InlineData("011002", "01")] // 札幌市
    [InlineData("131016", "13")] // 千代田区
    [InlineData("281000", "28")] // 神戸市: Σ mod 11 = 1, so 11 − 1 = 10 and the check digit is 0
    [InlineData("012131", "01")] // 苫小牧市: Σ mod 11 = 0, so 11 − 0 = 11 and the check digit is 1
    [InlineData("472018", "47")] // 那覇市
    public void Published_codes_are_valid(string text, string prefecture)
    {
        Assert.True(LocalGovernmentCode.TryParse(text, out var code, out var error));
        Assert.Null(error);
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
        Assert.Equal(prefecture, code.PrefectureCode);
        Assert.Equal(code, LocalGovernmentCode.Parse(text));
        Assert.Equal(text[5] - '0', LocalGovernmentCode.CheckDigit(text.Substring(0, 5)));
    }

    [Theory]
    [InlineData("202208", "'202208' is not a local government code: its check digit should be 7.")]
    [InlineData("202090", "'202090' is not a local government code: its check digit should be 6.")]
    [InlineData("084430", "'084430' is not a local government code: its check digit should be 3.")]
    [InlineData("20220", "'20220' is not a local government code: expected 6 digits.")]
    [InlineData("2022070", "'2022070' is not a local government code: expected 6 digits.")]
    [InlineData("20220A", "'20220A' is not a local government code: expected 6 digits.")]
    [InlineData("２０２２０７", "'２０２２０７' is not a local government code: expected 6 digits.")]
    [InlineData(" 202207", "' 202207' is not a local government code: expected 6 digits.")]
    [InlineData("", "'' is not a local government code: expected 6 digits.")]
    [InlineData(null, "'' is not a local government code: expected 6 digits.")]
    [InlineData("001007", "'001007' is not a local government code: the prefecture 00 is not 01 to 47.")]
    [InlineData("480005", "'480005' is not a local government code: the prefecture 48 is not 01 to 47.")]
    [InlineData("991008", "'991008' is not a local government code: the prefecture 99 is not 01 to 47.")]
    public void Invalid_codes_are_rejected_with_a_message_saying_why(string? text, string message)
    {
        Assert.False(LocalGovernmentCode.TryParse(text, out var code, out var error));
        Assert.Equal(default, code);
        Assert.Equal(message, error);
        Assert.Equal(message, Assert.Throws<FormatException>(() => LocalGovernmentCode.Parse(text!)).Message);
    }

    [Theory]
    [InlineData("2022")]
    [InlineData("202207")]
    [InlineData("2022A")]
    public void CheckDigit_needs_exactly_five_digits(string text)
        => Assert.Throws<ArgumentException>(() => LocalGovernmentCode.CheckDigit(text));

    [Fact]
    public void Appending_the_check_digit_to_five_digits_gives_a_valid_code_and_any_other_digit_an_invalid_one()
    {
        var fiveDigits =
            from prefecture in Gen.Choose(1, 47)
            from municipality in Gen.Choose(0, 999)
            select prefecture.ToString("D2", null) + municipality.ToString("D3", null);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(fiveDigits.ToArbitrary(), five =>
        {
            var check = LocalGovernmentCode.CheckDigit(five);
            Assert.InRange(check, 0, 9);
            Assert.Equal(ExpectedCheckDigit(five), check);
            Assert.True(LocalGovernmentCode.TryParse(five + check, out var code, out _));
            Assert.Equal(five.Substring(0, 2), code.PrefectureCode);
            for (var d = 0; d <= 9; d++)
            {
                if (d != check)
                {
                    Assert.False(LocalGovernmentCode.TryParse(five + d, out _, out var error));
                    Assert.EndsWith($"its check digit should be {check}.", error, StringComparison.Ordinal);
                }
            }
        }));
    }

    [Fact]
    public void Codes_compare_by_their_digits()
    {
        var a = LocalGovernmentCode.Parse("202207");
        var b = LocalGovernmentCode.Parse(new string("202207".ToCharArray()));
        var c = LocalGovernmentCode.Parse("202096");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.True(a != c);
        Assert.False(a.Equals((object)"202207"));
        Assert.Equal(string.Empty, default(LocalGovernmentCode).Value);
        Assert.Equal(string.Empty, default(LocalGovernmentCode).PrefectureCode);
    }

    // The rule as domain.md states it, written out independently of the library:
    // the last digit of 11 − (Σ dᵢ·wᵢ mod 11), weights 6, 5, 4, 3, 2.
    private static int ExpectedCheckDigit(string five)
    {
        int[] weights = [6, 5, 4, 3, 2];
        var sum = five.Select((c, i) => (c - '0') * weights[i]).Sum();
        var difference = 11 - (sum % 11);
        return difference % 10;
    }
}
