using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>Lua/record.lua: stores a result the master decided without a lease.</summary>
internal static class RecordScript
{
    private static readonly RedisScript Script = RedisScript.Load("record");

    public static Task RunAsync(IDatabase database, RedisKeys keys, string nodeId, string resultJson, bool stopsRun, long ttlMilliseconds) =>
        Script.EvaluateAsync(database, [keys.Results, keys.Stopping, keys.Releases],
            [nodeId, resultJson, ScriptValues.Flag(stopsRun), ttlMilliseconds]);
}
