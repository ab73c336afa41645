using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/end-run.lua: the master ends the run; the first outcome wins.</summary>
internal static class EndRunScript
{
    private static readonly RedisScript Script = RedisScript.Load("end-run");

    public static Task RunAsync(IDatabase database, RedisKeys keys, RunOutcome outcome, long ttlMilliseconds) =>
        Script.EvaluateAsync(database, [keys.Outcome], [outcome.ToString(), ttlMilliseconds, keys.WorkSignal.ToString()]);
}
