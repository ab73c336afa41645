using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/open-or-join.lua: the master opens the run; any instance joins it.</summary>
internal static class OpenOrJoinScript
{
    private static readonly RedisScript Script = RedisScript.Load("open-or-join");

    /// <summary>The reply: <c>ok</c>, <c>waiting</c> or <c>conflict</c>, and the stored manifest if there is one.</summary>
    public readonly record struct Reply(string Status, string? Manifest);

    public static async Task<Reply> RunAsync(IDatabase database, RedisKeys keys, string manifestJson, int instanceIndex, string registrationJson, long ttlMilliseconds)
    {
        var reply = (RedisResult[])(await Script.EvaluateAsync(database,
            [keys.Manifest, keys.Instances, keys.Beats],
            [manifestJson, instanceIndex, registrationJson, ttlMilliseconds, keys.WorkSignal.ToString()]).ConfigureAwait(false))!;
        return new Reply((string)reply[0]!, reply.Length > 1 ? (string?)reply[1] : null);
    }
}
