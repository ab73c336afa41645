using Amazon.S3.Model;

namespace ModularPipelines.Distributed;

/// <summary>An object's content as it downloads; disposing it closes the response (and its connection) too.</summary>
internal sealed class S3ObjectStream(GetObjectResponse response) : ForwardReadStream
{
    private readonly Stream _content = response.ResponseStream;

    public override long Length => response.ContentLength;

    public override int Read(byte[] buffer, int offset, int count) => _content.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _content.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _content.ReadAsync(buffer, offset, count, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            response.Dispose();
        }

        base.Dispose(disposing);
    }
}
