using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/reserve-content.lua: counts a content against the run's byte limit, once.</summary>
internal static class ReserveContentScript
{
    private static readonly RedisScript Script = RedisScript.Load("reserve-content");

    public static async Task<Reply> RunAsync(IDatabase database, RedisArtifactKeys keys, ArtifactFile file, long limitBytes, long ttlMilliseconds)
    {
        var reply = (RedisResult[])(await Script.EvaluateAsync(
            database, [keys.Counted, keys.Content(file.Sha256)], [file.Sha256, file.Size, limitBytes, ttlMilliseconds]).ConfigureAwait(false))!;
        var status = (string)reply[0]!;
        return new Reply(status == "stored", status == "limit", reply.Length > 1 ? (long)reply[1] : 0);
    }

    /// <summary>What the script found.</summary>
    /// <param name="AlreadyStored">The content is complete: nothing to upload.</param>
    /// <param name="OverLimit">Storing it would pass the limit: nothing was counted.</param>
    /// <param name="CountedBytes">The run's bytes counted so far.</param>
    public readonly record struct Reply(bool AlreadyStored, bool OverLimit, long CountedBytes);
}
