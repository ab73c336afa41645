using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/complete.lua: accepts a result under its lease, queues its planned releases, claims the next node.</summary>
internal static class CompleteScript
{
    private static readonly RedisScript Script = RedisScript.Load("complete");

    /// <summary>What the script answered.</summary>
    /// <param name="Gone">The run's state is gone from Redis.</param>
    /// <param name="MissingQueues">Queues a planned release targets that were not passed: nothing was changed; send again with them.</param>
    /// <param name="Receipt">The answer when neither of the above.</param>
    public sealed record Reply(bool Gone, IReadOnlyList<string> MissingQueues, CompletionReceipt? Receipt);

    /// <summary>Sends the completion; the queues in <paramref name="next"/> are claimed from, every other one may only receive releases.</summary>
    /// <param name="database">The connection.</param>
    /// <param name="keys">The run's keys.</param>
    /// <param name="lease">The lease the result was produced under.</param>
    /// <param name="resultJson">The result envelope.</param>
    /// <param name="outputText">The module's last forwarded lines as an output entry's text (AppendOutputScript.Text), or empty.</param>
    /// <param name="result">The result, for whether it stops the run and whether it succeeded.</param>
    /// <param name="next">What to claim for the freed slot, or null.</param>
    /// <param name="queues">Every queue a release planned on the node may target.</param>
    /// <param name="ttlMilliseconds">The run's key TTL.</param>
    /// <param name="manifestMustExist">Whether this instance has seen the manifest (see Lua/claim.lua).</param>
    /// <returns>The script's answer.</returns>
    public static async Task<Reply> RunAsync(
        IDatabase database, RedisKeys keys, WorkLease lease, string resultJson, string outputText, ModuleResultEnvelope result, ClaimRequest? next,
        IReadOnlyCollection<string> queues, long ttlMilliseconds, bool manifestMustExist)
    {
        var claimed = next?.Queues ?? [];
        var all = queues.Union(claimed, StringComparer.Ordinal).ToList();
        RedisKey[] scriptKeys =
        [
            keys.Leases, keys.Deadlines, keys.Results, keys.Completions, keys.Stopping, keys.Releases, keys.Sequence, keys.Outcome, keys.Tokens,
            keys.Manifest, keys.Replies, .. all.Select(keys.Queue),
        ];
        var arguments = new List<RedisValue>(13 + (all.Count * 3))
        {
            lease.NodeId, lease.Token, resultJson, ScriptValues.Flag(WorkQueues.StopsRun(result)), ttlMilliseconds, keys.CompletionSignal.ToString(),
            ScriptValues.Flag(result.Status == ModuleStatus.Succeeded), keys.WorkSignal.ToString(),
            next?.InstanceIndex ?? lease.InstanceIndex, (long)(next?.LeaseDuration.TotalMilliseconds ?? 0), next?.MaxCount ?? 0, ScriptValues.Flag(manifestMustExist),
            outputText,
        };
        foreach (var queue in all)
        {
            arguments.Add(queue);
            arguments.Add(ScriptValues.Flag(WorkQueues.IsAlwaysRun(queue)));
            arguments.Add(ScriptValues.Flag(claimed.Contains(queue, StringComparer.Ordinal)));
        }

        var reply = (RedisResult[])(await Script.EvaluateAsync(database, scriptKeys, [.. arguments]).ConfigureAwait(false))!;
        return (long)reply[0] switch
        {
            -1 => new Reply(true, [], null),
            -2 => new Reply(false, [.. reply.Skip(1).Select(q => (string)q!)], null),
            var accepted => new Reply(false, [], new CompletionReceipt(accepted == 1, ScriptValues.Read(reply, 1, next?.InstanceIndex ?? lease.InstanceIndex))),
        };
    }
}
