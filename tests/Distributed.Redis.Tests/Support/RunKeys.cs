using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>The Redis keys of one run, as the runtime names them (<c>mpd:{runId}:…</c>).</summary>
public sealed class RunKeys(string runId)
{
    public string Prefix { get; } = $"mpd:{{{runId}}}:";

    public RedisKey Manifest => Prefix + "manifest";

    public RedisKey Results => Prefix + "results";

    public RedisKey Completions => Prefix + "completions";

    public RedisKey Leases => Prefix + "leases";

    public string SignalChannel => Prefix + "signal";

    public RedisKey Queue(string queue) => Prefix + "q:" + queue;
}
