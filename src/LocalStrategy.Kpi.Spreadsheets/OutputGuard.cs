using System.Runtime.ExceptionServices;

namespace LocalStrategy.Kpi.Spreadsheets;

/// <summary>
/// The output of a sheet graded as it is read: what goes wrong writing it (a full disk, a closed pipe)
/// is carried out past the sheet reader's own handling (which names a damaged workbook) and thrown to
/// the caller as it was.
/// </summary>
internal sealed class OutputGuard : Stream
{
    private readonly Stream inner;

    internal OutputGuard(Stream inner) => this.inner = inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Runs a sheet's grading, throwing a failure of the output as the output threw it.</summary>
    internal static T Run<T>(Func<T> grading)
    {
        try
        {
            return grading();
        }
        catch (Failed e)
        {
            ExceptionDispatchInfo.Capture(e.InnerException!).Throw();
            throw;
        }
    }

    public override void Flush() => Guard(() => inner.Flush());

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void WriteByte(byte value) => Guard(() => inner.WriteByte(value));

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e)
        {
            throw new Failed(e);
        }
    }

    // Not an IOException, InvalidOperationException or XmlException: the sheet reader lets it through.
    private sealed class Failed(Exception inner) : Exception(inner.Message, inner);
}
