using System.Buffers;
using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// Artifacts in the run's Redis: each content (by SHA-256) in chunk keys, made visible by a record written only once
/// every chunk is stored whole (Lua/commit-content.lua); manifests as JSON, written after their content. Every key is
/// under the run's prefix with the run's TTL, and the bytes stored are counted against a per-run limit before any
/// chunk is written (Lua/reserve-content.lua). A file is streamed through a few pooled chunk buffers, never held whole.
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
        if (file.Size <= _options.ChunkBytes)
        {
            await PutSmallAsync(artifact, file, content, cancellationToken).ConfigureAwait(false);
            return;
        }

        var reservation = await ReserveContentScript.RunAsync(_database, _keys, file, _options.MaxRunBytes, TtlMilliseconds).ConfigureAwait(false);
        if (reservation.AlreadyStored)
        {
            return;
        }

        RefuseOverLimit(artifact, file, reservation);
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
    }

    private static IOException ChunkLost(ArtifactFile file, long chunk) =>
        new($"chunk {chunk} of {file.Path} left Redis before its upload finished: Redis is evicting keys (set maxmemory-policy noeviction, or give it more memory)");

    /// <summary>
    /// A content of one chunk at most, read and checked whole (a chunk buffer's worth) before anything is sent, then
    /// stored, counted and made visible in one round trip instead of three.
    /// </summary>
    private async Task PutSmallAsync(ArtifactManifest artifact, ArtifactFile file, Stream content, CancellationToken cancellationToken)
    {
        var length = (int)file.Size;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            await ContentParts.ReadAsync(content, buffer, length, file, cancellationToken).ConfigureAwait(false);
            await ContentParts.ExpectEndAsync(content, file, cancellationToken).ConfigureAwait(false);
            var reply = await CommitSmallContentScript.RunAsync(
                _database, _keys, file, buffer.AsMemory(0, length), _options.ChunkBytes, _options.MaxRunBytes, _options.KeyTimeToLive).ConfigureAwait(false)
                ?? throw ChunkLost(file, 0);
            RefuseOverLimit(artifact, file, reply);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void RefuseOverLimit(ArtifactManifest artifact, ArtifactFile file, ReserveContentScript.Reply reservation)
    {
        if (reservation.OverLimit)
        {
            throw new ArtifactException(
                $"artifact '{artifact.Name}' of {artifact.ProducerId}: storing {file.Path} ({Bytes(file.Size)}) would pass the run's artifact limit of {Bytes(_options.MaxRunBytes)} ({Bytes(reservation.CountedBytes)} already stored): publish fewer files, or raise DistributedOptions.MaxArtifactBytes");
        }
    }

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
