using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/claim.lua: leases the best queued nodes to an instance and reads the run's status.</summary>
internal static class ClaimScript
{
    private static readonly RedisScript Script = RedisScript.Load("claim");

    /// <returns>The claim, or null when the run's state is gone from Redis.</returns>
    public static async Task<WorkClaim?> RunAsync(IDatabase database, RedisKeys keys, RedisKey callReply, ClaimRequest request, long ttlMilliseconds, bool manifestMustExist)
    {
        RedisKey[] scriptKeys =
        [
            keys.Leases, keys.Deadlines, keys.Tokens, keys.Stopping, keys.Outcome, keys.Beats, keys.Completions, keys.Manifest, callReply,
            .. request.Queues.Select(keys.Queue),
        ];
        RedisValue[] arguments =
        [
            request.InstanceIndex, (long)request.LeaseDuration.TotalMilliseconds, ttlMilliseconds, request.MaxCount, ScriptValues.Flag(manifestMustExist),
            .. request.Queues.Select(q => ScriptValues.Flag(WorkQueues.IsAlwaysRun(q))),
        ];
        var reply = (RedisResult[])(await Script.EvaluateAsync(database, scriptKeys, arguments).ConfigureAwait(false))!;
        if (reply.Length == 1 && (string?)reply[0] == "gone")
        {
            return null;
        }

        RunOutcome? outcome = Enum.TryParse<RunOutcome>((string)reply[0]!, out var parsed) ? parsed : null;
        var silence = long.Parse((string)reply[1]!, CultureInfo.InvariantCulture);
        return new WorkClaim(
            ScriptValues.Read(reply, 2, request.InstanceIndex),
            new RunStatus(outcome, silence < 0 ? null : TimeSpan.FromMilliseconds(silence)));
    }
}
