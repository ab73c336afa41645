using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/put-small-content.lua: counts, stores and makes visible a content of at most one chunk, in one round trip.</summary>
internal static class PutSmallContentScript
{
    private static readonly RedisScript Script = RedisScript.Load("put-small-content");

    /// <summary>Runs the script; the content is sent whole, so the caller must have checked it first.</summary>
    /// <param name="database">The artifact store's database.</param>
    /// <param name="keys">The run's artifact keys.</param>
    /// <param name="file">The file whose content this is.</param>
    /// <param name="content">The whole content, already checked against <paramref name="file"/>'s size and SHA-256.</param>
    /// <param name="chunkBytes">The store's chunk size, recorded as for chunked contents.</param>
    /// <param name="limitBytes">The run's artifact byte limit.</param>
    /// <param name="ttlMilliseconds">The run's key time to live.</param>
    public static async Task<ReserveContentScript.Reply> RunAsync(
        IDatabase database, RedisArtifactKeys keys, ArtifactFile file, ReadOnlyMemory<byte> content, int chunkBytes, long limitBytes, long ttlMilliseconds)
    {
        var reply = (RedisResult[])(await Script.EvaluateAsync(
            database,
            [keys.Counted, keys.Content(file.Sha256), keys.Chunk(file.Sha256, 0)],
            [file.Sha256, file.Size, limitBytes, ttlMilliseconds, chunkBytes, content]).ConfigureAwait(false))!;
        var status = (string)reply[0]!;
        return new ReserveContentScript.Reply(status == "stored", status == "limit", reply.Length > 1 ? (long)reply[1] : 0);
    }
}
