namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>Content that reads normally up to a point and then fails, as a file on a failing disk does.</summary>
internal sealed class FailingAfterStream(byte[] content, int failAt) : Stream
{
    private readonly MemoryStream _content = new(content, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _content.Length;

    public override long Position
    {
        get => _content.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_content.Position + count > failAt)
        {
            throw new IOException("the disk went away");
        }

        return _content.Read(buffer, offset, count);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var array = new byte[buffer.Length];
        var read = Read(array, 0, array.Length);
        array.AsSpan(0, read).CopyTo(buffer.Span);
        return ValueTask.FromResult(read);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
