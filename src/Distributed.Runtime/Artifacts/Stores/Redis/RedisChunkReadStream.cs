using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// A content read back chunk by chunk, the next chunk fetched while the caller consumes the current one. A chunk that
/// is absent or not its full length ends the read with an exception naming it: content is never silently cut short.
/// </summary>
internal sealed class RedisChunkReadStream(IDatabase database, RedisArtifactKeys keys, ArtifactFile file, int chunkBytes, long chunkCount) : ForwardReadStream
{
    private Lease<byte>? _current;
    private int _offset;
    private long _next;
    private Task<Lease<byte>?>? _prefetch;

    public override long Length => file.Size;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0)
        {
            return 0;
        }

        if (_current is null || _offset == _current.Length)
        {
            if (_next == chunkCount)
            {
                return 0;
            }

            _current?.Dispose();
            _current = null;
            _current = await NextChunkAsync(cancellationToken).ConfigureAwait(false);
            _offset = 0;
        }

        var count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.Memory.Slice(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask DisposeAsync()
    {
        _current?.Dispose();
        _current = null;
        if (_prefetch is { } prefetch)
        {
            _prefetch = null;
            try
            {
                (await prefetch.ConfigureAwait(false))?.Dispose();
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // Nobody reads it any more.
            }
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _current?.Dispose();
            _current = null;
        }

        base.Dispose(disposing);
    }

    private async Task<Lease<byte>> NextChunkAsync(CancellationToken cancellationToken)
    {
        var index = _next++;
        var fetch = _prefetch ?? Fetch(index);
        _prefetch = _next < chunkCount ? Fetch(_next) : null;
        var lease = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        var expected = Math.Min(chunkBytes, file.Size - (index * chunkBytes));
        if (lease is null || lease.Length != expected)
        {
            var found = lease is null ? "is missing" : $"holds {lease.Length:N0} bytes instead of {expected:N0}";
            lease?.Dispose();
            throw new IOException($"chunk {index} of {chunkCount} of its content ({file.Sha256}) {found} in Redis: it expired, was evicted or was changed");
        }

        return lease;
    }

    private Task<Lease<byte>?> Fetch(long index) => database.StringGetLeaseAsync(keys.Chunk(file.Sha256, index));
}
