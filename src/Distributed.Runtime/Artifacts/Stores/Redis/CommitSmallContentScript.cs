using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// A content of at most one chunk: its chunk written by a plain SET, then counted and made visible by
/// Lua/commit-small-content.lua, sent right behind it on the same connection: one round trip.
/// </summary>
internal static class CommitSmallContentScript
{
    private static readonly RedisScript Script = RedisScript.Load("commit-small-content");

    /// <summary>Writes the chunk and runs the script; the caller must have checked the content first.</summary>
    /// <param name="database">The artifact store's database.</param>
    /// <param name="keys">The run's artifact keys.</param>
    /// <param name="file">The file whose content this is.</param>
    /// <param name="content">The whole content, already checked against <paramref name="file"/>'s size and SHA-256; read until this completes.</param>
    /// <param name="chunkBytes">The store's chunk size, recorded as for chunked contents.</param>
    /// <param name="limitBytes">The run's artifact byte limit.</param>
    /// <param name="keyTimeToLive">The run's key time to live.</param>
    /// <returns>What the script found, or null when the chunk was gone by the time it ran.</returns>
    public static async Task<ReserveContentScript.Reply?> RunAsync(
        IDatabase database, RedisArtifactKeys keys, ArtifactFile file, ReadOnlyMemory<byte> content, int chunkBytes, long limitBytes, TimeSpan keyTimeToLive)
    {
        var chunk = content.Length > 0 ? database.StringSetAsync(keys.Chunk(file.Sha256, 0), content, keyTimeToLive) : Task.FromResult(true);
        var commit = Script.EvaluateAsync(
            database,
            [keys.Counted, keys.Content(file.Sha256), keys.Chunk(file.Sha256, 0)],
            [file.Sha256, file.Size, limitBytes, (long)keyTimeToLive.TotalMilliseconds, chunkBytes]);
        RedisResult[] reply;
        try
        {
            reply = (RedisResult[])(await commit.ConfigureAwait(false))!;
        }
        finally
        {
            // The chunk's bytes are the caller's buffer: it is not handed back before the SET is done with it.
            await chunk.ConfigureAwait(false);
        }

        var status = (string)reply[0]!;
        return status == "lost" ? null : new ReserveContentScript.Reply(status == "stored", status == "limit", reply.Length > 1 ? (long)reply[1] : 0);
    }
}
