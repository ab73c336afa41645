using System.Buffers;
using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// Artifacts in the run's Redis: each content (by SHA-256) in chunk keys, made visible by a record written only once
/// every chunk is stored whole (Lua/commit-content.lua; contents of one chunk a batch at a time,
/// Lua/commit-small-contents.lua); manifests as JSON, written after their content. Every key is under the run's prefix
/// with the run's TTL, and the bytes stored are counted against a per-run limit before any chunk is written
/// (Lua/reserve-content.lua). A file is streamed through a few pooled chunk buffers, never held whole.
/// </summary>
/// <remarks>
/// The store has its own connection: a multiplexer sends one connection's commands in order, so megabyte chunks on the
/// coordinator's connection would delay every heartbeat and claim queued behind them.
/// </remarks>
internal sealed class RedisArtifactStore : IArtifactStore, IAsyncDisposable
{
    /// <summary>Chunk writes in flight per file: enough to hide the round trip, few enough to bound memory.</summary>
    private const int ChunksInFlight = 4;

    private readonly ConnectionMultiplexer _connection;
    private readonly IDatabase _database;
    private readonly RedisArtifactKeys _keys;
    private readonly RedisArtifactStoreOptions _options;

    private RedisArtifactStore(ConnectionMultiplexer connection, RedisArtifactStoreOptions options)
    {
        _connection = connection;
        _database = connection.GetDatabase();
        _keys = new RedisArtifactKeys(options.RunId);
        _options = options;
    }

    private long TtlMilliseconds => (long)_options.KeyTimeToLive.TotalMilliseconds;

    /// <exception cref="PipelineConfigurationException">The configuration is invalid or Redis cannot be reached.</exception>
    public static async Task<RedisArtifactStore> ConnectAsync(RedisArtifactStoreOptions options, CancellationToken cancellationToken)
    {
        var configuration = RedisConnections.Parse(options.Configuration);
        configuration.ClientName += "-artifacts";
        var connection = await RedisConnections.ConnectAsync(configuration).WaitAsync(cancellationToken).ConfigureAwait(false);
        return new RedisArtifactStore(connection, options);
    }

    public Task<bool> ContainsAsync(string sha256, CancellationToken cancellationToken) =>
        _database.KeyExistsAsync(_keys.Content(sha256));

    public async Task PutAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken)
    {
        if (file.Size > _options.ChunkBytes)
        {
            await PutChunkedAsync(artifact, file, content, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Read and checked whole (a chunk buffer's worth) before anything is sent, then stored as a batch of one.
        var length = (int)file.Size;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            await ContentParts.ReadAsync(content, buffer, length, file, cancellationToken).ConfigureAwait(false);
            await ContentParts.ExpectEndAsync(content, file, cancellationToken).ConfigureAwait(false);
            await PutBatchAsync(artifact, [new ArtifactContent(file, buffer.AsMemory(0, length))], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Every content of one chunk at most in one round trip: its chunk's SET, then one script that counts and commits
    /// them all (Lua/commit-small-contents.lua). A content larger than a chunk goes the chunked way.
    /// </summary>
    public async Task<IReadOnlyList<bool>> PutBatchAsync(ArtifactManifest artifact, IReadOnlyList<ArtifactContent> contents, CancellationToken cancellationToken)
    {
        var stored = new bool[contents.Count];
        var small = new List<int>(contents.Count);
        for (var i = 0; i < contents.Count; i++)
        {
            if (contents[i].File.Size <= _options.ChunkBytes)
            {
                small.Add(i);
            }
            else
            {
                await using var content = contents[i].OpenRead();
                stored[i] = await PutChunkedAsync(artifact, contents[i].File, content, cancellationToken).ConfigureAwait(false);
            }
        }

        if (small.Count == 0)
        {
            return stored;
        }

        var reply = await CommitSmallContentsScript.RunAsync(
            _database, _keys, [.. small.Select(i => contents[i])], _options.ChunkBytes, _options.MaxRunBytes, _options.KeyTimeToLive).ConfigureAwait(false);
        for (var n = 0; n < reply.Statuses.Count; n++)
        {
            var file = contents[small[n]].File;
            switch (reply.Statuses[n])
            {
                case CommitSmallContentsScript.Status.Stored:
                    stored[small[n]] = true;
                    break;
                case CommitSmallContentsScript.Status.ChunkLost:
                    throw ChunkLost(file, 0);
                case CommitSmallContentsScript.Status.OverLimit:
                    throw OverLimit(artifact, file, reply.CountedBytes);
            }
        }

        return stored;
    }

    /// <summary>A content of several chunks: counted first, then streamed chunk by chunk, then committed.</summary>
    /// <returns>Whether this call stored it (false: it was complete already).</returns>
    private async Task<bool> PutChunkedAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken)
    {
        var reservation = await ReserveContentScript.RunAsync(_database, _keys, file, _options.MaxRunBytes, TtlMilliseconds).ConfigureAwait(false);
        if (reservation.AlreadyStored)
        {
            return false;
        }

        if (reservation.OverLimit)
        {
            throw OverLimit(artifact, file, reservation.CountedBytes);
        }

        var chunkBytes = _options.ChunkBytes;
        var chunkCount = (file.Size + chunkBytes - 1) / chunkBytes;
        await ContentParts.WriteAsync(
            file,
            content,
            chunkBytes,
            ChunksInFlight,
            (index, chunk) => _database.StringSetAsync(_keys.Chunk(file.Sha256, index), chunk.AsMemory(), _options.KeyTimeToLive),
            exception => exception is RedisException or TimeoutException,
            cancellationToken).ConfigureAwait(false);
        if (await CommitContentScript.RunAsync(_database, _keys, file, chunkBytes, chunkCount, TtlMilliseconds).ConfigureAwait(false) is { } lost)
        {
            throw ChunkLost(file, lost);
        }

        return true;
    }

    private static IOException ChunkLost(ArtifactFile file, long chunk) =>
        new($"chunk {chunk} of {file.Path} left Redis before its upload finished: Redis is evicting keys (set maxmemory-policy noeviction, or give it more memory)");

    private ArtifactException OverLimit(ArtifactManifest artifact, ArtifactFile file, long countedBytes) =>
        new($"artifact '{artifact.Name}' of {artifact.ProducerId}: storing {file.Path} ({Bytes(file.Size)}) would pass the run's artifact limit of {Bytes(_options.MaxRunBytes)} ({Bytes(countedBytes)} already stored): publish fewer files, or raise DistributedOptions.MaxArtifactBytes");

    public Task PublishManifestAsync(ArtifactManifest manifest, CancellationToken cancellationToken) =>
        _database.StringSetAsync(
            _keys.Manifest(manifest.ProducerId, manifest.Name),
            ArtifactManifestJson.Write(manifest),
            _options.KeyTimeToLive);

    public async Task<ArtifactManifest?> GetManifestAsync(string producerId, string name, CancellationToken cancellationToken)
    {
        var stored = await _database.StringGetAsync(_keys.Manifest(producerId, name)).WaitAsync(cancellationToken).ConfigureAwait(false);
        return stored.IsNull ? null : ArtifactManifestJson.Read((byte[])stored!, producerId, name, "Redis");
    }

    public async Task<Stream> OpenReadAsync(ArtifactFile file, CancellationToken cancellationToken)
    {
        var record = await _database.StringGetAsync(_keys.Content(file.Sha256)).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (record.IsNull)
        {
            throw new IOException(
                $"its content ({file.Sha256}) is not in Redis: the run's keys expired (they live {_options.KeyTimeToLive.TotalHours:0.#} h after their last write) or were deleted");
        }

        var parts = ((string)record!).Split(' ');
        return new RedisChunkReadStream(_database, _keys, file, int.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);

    private static string Bytes(long bytes) => ArtifactTransfer.Bytes(bytes);
}
