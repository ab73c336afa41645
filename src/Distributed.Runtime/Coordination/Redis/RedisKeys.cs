using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// Every key of one run, under <c>mpd:{runId}:</c>. The braces make the run id a hash tag, so all of a run's keys
/// live in one cluster slot and the Lua scripts may touch several of them.
/// </summary>
internal sealed class RedisKeys(string runId)
{
    private readonly string _prefix = $"mpd:{{{runId}}}:";

    public RedisKey Manifest => _prefix + "manifest";

    public RedisKey Instances => _prefix + "instances";

    public RedisKey Beats => _prefix + "beats";

    public RedisKey Leases => _prefix + "leases";

    public RedisKey Deadlines => _prefix + "deadlines";

    public RedisKey Tokens => _prefix + "tokens";

    public RedisKey Sequence => _prefix + "seq";

    public RedisKey Results => _prefix + "results";

    public RedisKey Completions => _prefix + "completions";

    public RedisKey Outcome => _prefix + "outcome";

    public RedisKey Stopping => _prefix + "stopping";

    public RedisChannel Signal => RedisChannel.Literal(_prefix + "signal");

    public RedisKey Queue(string queue) => _prefix + "q:" + queue;
}
