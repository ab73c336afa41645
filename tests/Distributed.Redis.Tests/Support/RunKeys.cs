using StackExchange.Redis;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>The Redis keys of one run, as the runtime names them (<c>mpd:{runId}:…</c>).</summary>
public sealed class RunKeys(string runId)
{
    public string Prefix { get; } = $"mpd:{{{runId}}}:";

    public RedisKey Manifest => Prefix + "manifest";

    public RedisKey Results => Prefix + "results";

    /// <summary>The run's event log: accepted results (entries with a <c>result</c> field) and starts (<c>started</c>).</summary>
    public RedisKey Completions => Prefix + "completions";

    public RedisKey Leases => Prefix + "leases";

    /// <summary>The wake-up for instances with free slots (work queued, run opened or ended).</summary>
    public string WorkChannel => Prefix + "work";

    /// <summary>The master's wake-up (a result accepted).</summary>
    public string CompletionChannel => Prefix + "done";

    public RedisKey Queue(string queue) => Prefix + "q:" + queue;
}
