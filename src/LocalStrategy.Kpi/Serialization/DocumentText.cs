using System.Text;
using LocalStrategy.Kpi.Validation;

namespace LocalStrategy.Kpi.Serialization;

/// <summary>
/// A document's bytes and text: read from a file or a stream within <see cref="DocumentReadOptions"/>'
/// limits, and decoded as UTF-8 (with or without a BOM) or, with a BOM, as UTF-16 or UTF-32. Invalid
/// UTF-8 is refused, never read as U+FFFD; when it looks like Shift_JIS or EUC-JP, the error says so.
/// </summary>
internal static class DocumentText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Reads a file's bytes; a problem with the document (too large) is an error, one with the file system an exception.</summary>
    /// <exception cref="IOException">The path is a directory, or the file cannot be opened or read in time.</exception>
    internal static byte[]? ReadFile(string path, DocumentReadOptions options, out ValidationError? error)
    {
        if (Directory.Exists(path))
        {
            throw new IOException(path + " is a folder, not a document. / " + path + " はフォルダーです。文書のファイルを指定してください。");
        }

        using var stream = Open(path, options.OpenTimeout);
        return ReadStream(stream, options, out error);
    }

    // The most bytes one array holds.
    private const long MaxArrayLength = 0x7FFFFFC7;

    /// <summary>Reads a stream's bytes up to the size limit: a stream of known length into one array of that size, any other in chunks.</summary>
    internal static byte[]? ReadStream(Stream stream, DocumentReadOptions options, out ValidationError? error)
    {
        error = null;
        if (stream.CanSeek)
        {
            var length = stream.Length - stream.Position;
            if (length > options.MaxBytes || length > MaxArrayLength)
            {
                error = TooLarge(length, Math.Min(options.MaxBytes, MaxArrayLength));
                return null;
            }

            // A file that grows while it is read is cut at the length it had; a device reports 0 and is read in chunks.
            if (length > 0)
            {
#if NET
                // Every byte is written by the read below (or the array is cut to those that were): no need to clear it first.
                var bytes = GC.AllocateUninitializedArray<byte>((int)length);
#else
                var bytes = new byte[length];
#endif
                var filled = 0;
                int n;
                while (filled < bytes.Length && (n = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
                {
                    filled += n;
                }

                return filled == bytes.Length ? bytes : bytes.Take(filled).ToArray();
            }
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += read;
            if (total > options.MaxBytes)
            {
                error = TooLarge(null, options.MaxBytes);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Whether the bytes are UTF-8 (with or without a byte order mark), checked strictly without decoding
    /// them: then <paramref name="start"/> is where the JSON begins. False with an error for invalid UTF-8,
    /// false without one when a byte order mark names UTF-16 or UTF-32 (read those with <see cref="Decode"/>).
    /// </summary>
    internal static bool IsUtf8(byte[] bytes, out int start, out ValidationError? error)
    {
        error = null;
        var (encoding, skip, name) = Bom(bytes);
        start = skip;
        if (!ReferenceEquals(encoding, StrictUtf8))
        {
            return false;
        }

        try
        {
            _ = StrictUtf8.GetCharCount(bytes, skip, bytes.Length - skip);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            error = NotDecodable(bytes, skip, name, ex);
            return false;
        }
    }

    /// <summary>Decodes a document's bytes: UTF-8 (a BOM is skipped), or UTF-16/UTF-32 with their BOM.</summary>
    internal static string? Decode(byte[] bytes, out ValidationError? error)
    {
        error = null;
        var (encoding, skip, name) = Bom(bytes);
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException ex)
        {
            error = NotDecodable(bytes, skip, name, ex);
            return null;
        }
    }

    private static ValidationError NotDecodable(byte[] bytes, int skip, string name, DecoderFallbackException ex)
    {
        var offset = skip + Math.Max(0, ex.Index);
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
            }
        }

        return new ValidationError(ValidationCodes.NotUtf8, "$", name, ValidationMessages.NotUtf8(name, offset, line, skip == 0 ? GuessJapaneseEncoding(bytes) : null));
    }

    // The encoding a byte order mark names, and its length; UTF-8 without one.
    private static (Encoding Encoding, int Skip, string Name) Bom(byte[] b)
    {
        bool Starts(params byte[] mark) => b.Length >= mark.Length && mark.Select((m, i) => b[i] == m).All(x => x);
        if (Starts(0xEF, 0xBB, 0xBF))
        {
            return (StrictUtf8, 3, "UTF-8");
        }

        if (Starts(0xFF, 0xFE, 0x00, 0x00))
        {
            return (new UTF32Encoding(false, true, true), 4, "UTF-32");
        }

        if (Starts(0x00, 0x00, 0xFE, 0xFF))
        {
            return (new UTF32Encoding(true, true, true), 4, "UTF-32");
        }

        if (Starts(0xFF, 0xFE))
        {
            return (new UnicodeEncoding(false, true, true), 2, "UTF-16");
        }

        return Starts(0xFE, 0xFF) ? (new UnicodeEncoding(true, true, true), 2, "UTF-16") : (StrictUtf8, 0, "UTF-8");
    }

    /// <summary>Shift_JIS (CP932) or EUC-JP when every byte above 0x7F fits that encoding, EUC-JP first (its pairs also read as half-width kana in Shift_JIS).</summary>
    internal static string? GuessJapaneseEncoding(byte[] bytes)
    {
        if (Fits(bytes, EucPair))
        {
            return "EUC-JP";
        }

        return Fits(bytes, ShiftJisPair) ? "Shift_JIS (CP932)" : null;
    }

    private static bool Fits(byte[] bytes, Func<byte[], int, int> step)
    {
        var high = 0;
        for (var i = 0; i < bytes.Length;)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var length = step(bytes, i);
            if (length == 0)
            {
                return false;
            }

            high++;
            i += length;
        }

        return high > 0;
    }

    // The length of the Shift_JIS character at i (1 or 2), or 0 when the bytes are not one.
    private static int ShiftJisPair(byte[] b, int i)
    {
        var lead = b[i];
        if (lead is >= 0xA1 and <= 0xDF)
        {
            return 1;
        }

        return lead is (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) && i + 1 < b.Length && b[i + 1] is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC) ? 2 : 0;
    }

    // The length of the EUC-JP character at i (2 or 3), or 0.
    private static int EucPair(byte[] b, int i)
    {
        var lead = b[i];
        if (lead == 0x8E)
        {
            return i + 1 < b.Length && b[i + 1] is >= 0xA1 and <= 0xDF ? 2 : 0;
        }

        if (lead == 0x8F)
        {
            return i + 2 < b.Length && b[i + 1] is >= 0xA1 and <= 0xFE && b[i + 2] is >= 0xA1 and <= 0xFE ? 3 : 0;
        }

        return lead is >= 0xA1 and <= 0xFE && i + 1 < b.Length && b[i + 1] is >= 0xA1 and <= 0xFE ? 2 : 0;
    }

    // Opens a file for reading, giving up after the timeout: a named pipe with no writer blocks in open().
    private static FileStream Open(string path, TimeSpan timeout)
    {
        // A file with bytes in it is a regular file (pipes and devices report no size): it opens at once.
        if (new FileInfo(path).Length > 0)
        {
            return OpenForReading(path);
        }

        // Anything else may block until a writer comes (a named pipe): opened on a thread of its own, so
        // that the wait is bounded, without depending on the thread pool being free.
        FileStream? opened = null;
        Exception? failure = null;
        using var done = new ManualResetEventSlim();
        var opener = new Thread(() =>
        {
            try
            {
                opened = OpenForReading(path);
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                done.Set();
            }
        })
        {
            IsBackground = true,
            Name = "kpi: open " + Path.GetFileName(path),
        };
        opener.Start();
        if (done.Wait(timeout))
        {
            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            return opened!;
        }

        // Release the blocked open by opening the pipe's other end, then close what it opened.
        try
        {
            using (new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
            {
            }

            if (done.Wait(TimeSpan.FromSeconds(1)))
            {
                opened?.Dispose();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left to the runtime: nothing more can be done for it.
        }

        throw new IOException(path + " did not open within " + timeout.TotalSeconds + " s: it is not a regular file (a named pipe or a device?). / " + path + " を開けません（通常のファイルではありません）。");
    }

    private static FileStream OpenForReading(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    private static ValidationError TooLarge(long? size, long limit)
        => new(ValidationCodes.DocumentTooLarge, "$", size?.ToString(System.Globalization.CultureInfo.InvariantCulture), ValidationMessages.DocumentTooLarge(size, limit));
}
