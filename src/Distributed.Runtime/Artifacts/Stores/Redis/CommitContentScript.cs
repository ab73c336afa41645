using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/commit-content.lua: makes a content visible once every chunk is present and whole.</summary>
internal static class CommitContentScript
{
    private static readonly RedisScript Script = RedisScript.Load("commit-content");

    /// <returns>Null when committed, else the index of the first chunk that is absent or short.</returns>
    public static async Task<long?> RunAsync(IDatabase database, RedisArtifactKeys keys, ArtifactFile file, int chunkBytes, long chunkCount, long ttlMilliseconds)
    {
        var chunkKeys = new RedisKey[chunkCount + 1];
        chunkKeys[0] = keys.Content(file.Sha256);
        for (var i = 0L; i < chunkCount; i++)
        {
            chunkKeys[i + 1] = keys.Chunk(file.Sha256, i);
        }

        var reply = (RedisResult[])(await Script.EvaluateAsync(database, chunkKeys, [file.Size, chunkBytes, ttlMilliseconds]).ConfigureAwait(false))!;
        return (string)reply[0]! == "ok" ? null : (long)reply[1];
    }
}
