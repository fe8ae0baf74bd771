using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using LocalStrategy.Kpi.Serialization;
using LocalStrategy.Kpi.Tests.Serialization;
using LocalStrategy.Kpi.Tests.Validation;
using LocalStrategy.Kpi.Validation;
using Xunit;

namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>Reading refuses what it cannot read faithfully: rounded numbers, duplicate fields, bytes that are not UTF-8, files too large, what is not a file.</summary>
public sealed class DocumentReadingTests
{
    private static string WithTargetValue(string number)
        => TestDocument.With(d => TestDocument.First(TestDocument.FirstKpi(d), "targets")["value"] = 424242).Replace("424242", number, StringComparison.Ordinal);

    [Theory]
    [InlineData("1e-30")]
    [InlineData("12.000000000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e29")]
    [InlineData("0.00000000000000000000000000001")]
    public void A_number_a_decimal_cannot_hold_exactly_is_refused_and_named(string number)
    {
        var error = DocumentErrors.Single(WithTargetValue(number));

        Assert.Equal(ValidationCodes.NumberNotExact, error.Code);
        Assert.Equal(number, error.AttemptedValue);
        Assert.Equal("$.goals[0].measures[0].indicators[0].targets[0].value", error.Path);
        Assert.Contains(number, error.Message.English, StringComparison.Ordinal);
        Assert.Contains(number, error.Message.Japanese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50.0", "50.0")]
    [InlineData("1E+2", "100")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("-0.0", "0.0")]
    [InlineData("1.50000000000000000000000000000000", "1.5000000000000000000000000000")]
    [InlineData("12e-1", "1.2")]
    public void A_number_a_decimal_holds_exactly_is_read_with_its_scale(string number, string expected)
    {
        var strategy = StrategyJson.Read(WithTargetValue(number)).GetValueOrThrow();
        var value = strategy.AllIndicators().First(p => p.Indicator.Id == "k1-1-1").Indicator.Targets[0].Value!.Value;

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Any_decimal_as_text_reads_back_exactly_and_one_more_digit_beyond_its_precision_is_refused()
        => Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(ValidStrategies.Decimal.ToArbitrary(), d =>
        {
            var text = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(ExactDecimalConverter.IsExact(text, d));
            var scale = (decimal.GetBits(d)[3] >> 16) & 0xFF;
            var longer = (text.Contains('.', StringComparison.Ordinal) ? text : text + ".") + new string('0', Math.Max(0, 28 - scale)) + "1";
            var read = StrategyJson.Read(WithTargetValue(longer));
            Assert.Contains(read.Errors, e => e.Code == ValidationCodes.NumberNotExact);
        }));

    [Fact]
    public void A_field_given_twice_is_refused_not_the_last_one_taken()
    {
        var json = TestDocument.With(d => TestDocument.FirstKpi(d)["direction"] = "lowerIsBetter")
            .Replace("\"direction\": \"lowerIsBetter\"", "\"direction\": \"lowerIsBetter\", \"direction\": \"higherIsBetter\"", StringComparison.Ordinal);

        var error = DocumentErrors.Single(json);

        Assert.Equal(ValidationCodes.DuplicateProperty, error.Code);
        Assert.StartsWith("$.goals[0].measures[0].indicators[0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_a_field_given_twice_is_refused_too()
    {
        var json = Grading.Engine.PolicyDocuments.Minimal.Replace("\"name\": \"test-policy\",", "\"name\": \"test-policy\", \"name\": \"other\",", StringComparison.Ordinal);

        var read = PolicyJson.Read(json);

        Assert.Equal(ValidationCodes.DuplicateProperty, Assert.Single(read.Errors).Code);
    }

    [Theory]
    [InlineData("shift_jis", "Shift_JIS")]
    [InlineData("euc-jp", "EUC-JP")]
    public void Bytes_that_are_not_utf8_are_refused_naming_the_encoding_they_look_like(string encoding, string named)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(encoding).GetBytes(TestDocument.Minimal);

        var read = StrategyJson.ReadStream(new MemoryStream(bytes));

        var error = Assert.Single(read.Errors);
        Assert.Equal(ValidationCodes.NotUtf8, error.Code);
        Assert.Contains(named, error.Message.English, StringComparison.Ordinal);
        Assert.Contains(named, error.Message.Japanese, StringComparison.Ordinal);
        Assert.Contains("line 4", error.Message.English, StringComparison.Ordinal); // 安曇野市 is on the fourth line
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("utf-32le")]
    public void Utf8_with_a_byte_order_mark_and_utf16_and_utf32_with_one_are_read(string form)
    {
        Encoding encoding = form switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            _ => new UTF32Encoding(false, true),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(TestDocument.Minimal)).ToArray();

        var read = StrategyJson.ReadStream(new MemoryStream(bytes));

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        Assert.Equal("安曇野市", read.Value.Municipality.Name);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, TestDocument.Minimal);
            var read = StrategyJson.ReadFile(path, new DocumentReadOptions { MaxBytes = 1000 });
            var error = Assert.Single(read.Errors);
            Assert.Equal(ValidationCodes.DocumentTooLarge, error.Code);
            Assert.Equal(new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), error.AttemptedValue);
            Assert.True(StrategyJson.ReadFile(path).IsValid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_endless_stream_is_cut_at_the_size_limit()
    {
        var read = StrategyJson.ReadStream(new EndlessStream(), new DocumentReadOptions { MaxBytes = 4 * 1024 * 1024 });

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void A_folder_is_named_as_a_folder()
    {
        var ex = Assert.Throws<IOException>(() => StrategyJson.ReadFile(Path.GetTempPath()));

        Assert.Contains("is a folder", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_with_no_writer_is_given_up_after_the_open_timeout()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(Path.GetTempPath(), "kpi-fifo-" + Guid.NewGuid().ToString("N"));
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        try
        {
            var clock = Stopwatch.StartNew();
            var ex = Assert.Throws<IOException>(() => StrategyJson.ReadFile(fifo, new DocumentReadOptions { OpenTimeout = TimeSpan.FromSeconds(1) }));
            Assert.Contains("not a regular file", ex.Message, StringComparison.Ordinal);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact]
    public void A_device_that_never_ends_is_cut_at_the_size_limit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var read = StrategyJson.ReadFile("/dev/zero", new DocumentReadOptions { MaxBytes = 1024 * 1024 });

        Assert.Equal(ValidationCodes.DocumentTooLarge, Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void Sub_measures_nested_a_hundred_deep_are_read()
    {
        var json = TestDocument.With(d =>
        {
            var chain = ValidationCodesTests.NestedSubMeasures(100);
            var deepest = chain[0]!;
            chain.RemoveAt(0);
            TestDocument.Measure(d)["subMeasures"]!.AsArray().Add(deepest);
        });

        var read = StrategyJson.Read(json);
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors.Take(3)));
    }
}
