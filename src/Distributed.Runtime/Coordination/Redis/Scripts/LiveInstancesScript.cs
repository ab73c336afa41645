using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/live-instances.lua: the registrations of the instances that beat within a timeout.</summary>
internal static class LiveInstancesScript
{
    private static readonly RedisScript Script = RedisScript.Load("live-instances");

    /// <returns>Registration JSON, one per live instance that registered.</returns>
    public static async Task<IReadOnlyList<string>> RunAsync(IDatabase database, RedisKeys keys, TimeSpan timeout)
    {
        var reply = (RedisResult[])(await Script.EvaluateAsync(database, [keys.Beats, keys.Instances], [(long)timeout.TotalMilliseconds]).ConfigureAwait(false))!;
        return [.. reply.Where(r => !r.IsNull).Select(r => (string)r!)];
    }
}
