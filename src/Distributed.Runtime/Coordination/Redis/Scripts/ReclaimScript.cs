using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/reclaim.lua: ends the leases of holders that stopped renewing them or whose process is gone.</summary>
internal static class ReclaimScript
{
    private static readonly RedisScript Script = RedisScript.Load("reclaim");

    /// <summary>A lease taken away, and why.</summary>
    /// <param name="Lease">The lease.</param>
    /// <param name="HolderGone">True when its holder's presence vanished; false when the lease expired.</param>
    public sealed record Reclaimed(WorkLease Lease, bool HolderGone);

    public static async Task<IReadOnlyList<Reclaimed>> RunAsync(IDatabase database, RedisKeys keys, RedisKey callReply, TimeSpan presenceGrace, long ttlMilliseconds)
    {
        var reply = (RedisResult[])(await Script.EvaluateAsync(database,
            [keys.Leases, keys.Deadlines, callReply, keys.Beats, keys.Absences],
            [ttlMilliseconds, keys.PresencePrefix, (long)presenceGrace.TotalMilliseconds]).ConfigureAwait(false))!;
        var reclaimed = new List<Reclaimed>();
        for (var i = 0; i + 2 < reply.Length; i += 3)
        {
            if (ScriptValues.ParseLeaseValue((string)reply[i]!, (string)reply[i + 1]!) is { } lease)
            {
                reclaimed.Add(new Reclaimed(lease, (string?)reply[i + 2] == "gone"));
            }
        }

        return reclaimed;
    }
}
