namespace LocalStrategy.Kpi.Tests.Robustness;

/// <summary>A stream of one byte repeated without end, and no length: what /dev/zero or a hostile upload gives a reader.</summary>
internal sealed class EndlessStream : Stream
{
    private readonly byte fill;

    internal EndlessStream(byte fill = (byte)' ') => this.fill = fill;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Array.Fill(buffer, fill, offset, count);
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
