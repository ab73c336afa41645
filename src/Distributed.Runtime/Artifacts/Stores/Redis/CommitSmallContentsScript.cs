using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// A batch of contents of at most one chunk each: their chunks written by plain SETs, then counted and made visible by
/// Lua/commit-small-contents.lua, sent right behind them on the same connection: one round trip for the batch.
/// </summary>
internal static class CommitSmallContentsScript
{
    private static readonly RedisScript Script = RedisScript.Load("commit-small-contents");

    /// <summary>Writes the chunks and runs the script.</summary>
    /// <param name="database">The artifact store's database.</param>
    /// <param name="keys">The run's artifact keys.</param>
    /// <param name="contents">Contents of distinct SHA-256, each at most <paramref name="chunkBytes"/>; read until this completes.</param>
    /// <param name="chunkBytes">The store's chunk size, recorded as for chunked contents.</param>
    /// <param name="limitBytes">The run's artifact byte limit.</param>
    /// <param name="keyTimeToLive">The run's key time to live.</param>
    /// <returns>What the script found for each content.</returns>
    public static async Task<Reply> RunAsync(
        IDatabase database, RedisArtifactKeys keys, IReadOnlyList<ArtifactContent> contents, int chunkBytes, long limitBytes, TimeSpan keyTimeToLive)
    {
        var chunks = contents
            .Where(c => c.Bytes.Length > 0)
            .Select(c => database.StringSetAsync(keys.Chunk(c.File.Sha256, 0), c.Bytes, keyTimeToLive))
            .ToList();
        try
        {
            return await CommitAsync(database, keys, [.. contents.Select(c => c.File)], chunkBytes, limitBytes, keyTimeToLive).ConfigureAwait(false);
        }
        finally
        {
            // The chunks' bytes are the caller's buffer: it is not handed back before every SET is done with it.
            await Task.WhenAll(chunks).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the script alone, for chunks already written (or, in a test, deliberately not).</summary>
    public static async Task<Reply> CommitAsync(
        IDatabase database, RedisArtifactKeys keys, IReadOnlyList<ArtifactFile> files, int chunkBytes, long limitBytes, TimeSpan keyTimeToLive)
    {
        var scriptKeys = new RedisKey[1 + (2 * files.Count)];
        var arguments = new RedisValue[3 + (2 * files.Count)];
        scriptKeys[0] = keys.Counted;
        arguments[0] = limitBytes;
        arguments[1] = (long)keyTimeToLive.TotalMilliseconds;
        arguments[2] = chunkBytes;
        for (var n = 0; n < files.Count; n++)
        {
            scriptKeys[1 + (2 * n)] = keys.Content(files[n].Sha256);
            scriptKeys[2 + (2 * n)] = keys.Chunk(files[n].Sha256, 0);
            arguments[3 + (2 * n)] = files[n].Sha256;
            arguments[4 + (2 * n)] = files[n].Size;
        }

        var reply = (RedisResult[])(await Script.EvaluateAsync(database, scriptKeys, arguments).ConfigureAwait(false))!;
        return new Reply((long)reply[0], [.. reply.Skip(1).Select(status => Parse((string)status!))]);
    }

    private static Status Parse(string status) => status switch
    {
        "stored" => Status.AlreadyStored,
        "ok" => Status.Stored,
        "lost" => Status.ChunkLost,
        "limit" => Status.OverLimit,
        _ => throw new InvalidOperationException($"commit-small-contents.lua answered '{status}'"),
    };

    /// <summary>What became of one content.</summary>
    public enum Status
    {
        /// <summary>It was complete already.</summary>
        AlreadyStored,

        /// <summary>It is now stored and counted.</summary>
        Stored,

        /// <summary>Its chunk was not there: nothing was made visible.</summary>
        ChunkLost,

        /// <summary>Counting it would pass the limit: it and every content after it were left out.</summary>
        OverLimit,
    }

    /// <summary>What the script found.</summary>
    /// <param name="CountedBytes">The run's bytes counted once it ran.</param>
    /// <param name="Statuses">One per content in order, up to and including the first <see cref="Status.OverLimit"/>.</param>
    public sealed record Reply(long CountedBytes, IReadOnlyList<Status> Statuses);
}
