using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/heartbeat.lua: records that an instance is alive and renews the leases it holds.</summary>
internal static class HeartbeatScript
{
    private static readonly RedisScript Script = RedisScript.Load("heartbeat");

    /// <returns>The leases among <paramref name="held"/> that are no longer the instance's, or null when the run's state is gone.</returns>
    public static async Task<IReadOnlyList<WorkLease>?> RunAsync(
        IDatabase database, RedisKeys keys, int instanceIndex, IReadOnlyList<WorkLease> held, TimeSpan leaseDuration, long ttlMilliseconds, bool manifestMustExist)
    {
        var arguments = new List<RedisValue>(4 + (held.Count * 2))
        {
            instanceIndex, (long)leaseDuration.TotalMilliseconds, ttlMilliseconds, ScriptValues.Flag(manifestMustExist),
        };
        foreach (var lease in held)
        {
            arguments.Add(lease.NodeId);
            arguments.Add(lease.Token);
        }

        var reply = (RedisResult[])(await Script.EvaluateAsync(database, [keys.Beats, keys.Leases, keys.Deadlines, keys.Manifest], [.. arguments]).ConfigureAwait(false))!;
        if (reply.Length == 1 && (string?)reply[0] == "gone")
        {
            return null;
        }

        var lost = new List<WorkLease>();
        for (var i = 0; i + 1 < reply.Length; i += 2)
        {
            var nodeId = (string)reply[i]!;
            var token = long.Parse((string)reply[i + 1]!, CultureInfo.InvariantCulture);
            lost.AddRange(held.Where(l => l.NodeId == nodeId && l.Token == token));
        }

        return lost;
    }
}
