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

    /// <summary>Dependents to queue when a node succeeds (see <see cref="WorkRelease"/>), by node id, as JSON.</summary>
    public RedisKey Releases => _prefix + "releases";

    /// <summary>The run's event log (a stream): accepted results and starts.</summary>
    public RedisKey Completions => _prefix + "completions";

    /// <summary>Each node's last completion reply, under its token, so a completion sent twice is answered the same.</summary>
    public RedisKey Replies => _prefix + "replies";

    public RedisKey Outcome => _prefix + "outcome";

    public RedisKey Stopping => _prefix + "stopping";

    /// <summary>Wakes instances with free slots: work queued, the run opened or ended.</summary>
    public RedisChannel WorkSignal => RedisChannel.Literal(_prefix + "work");

    /// <summary>Wakes the master: a result accepted.</summary>
    public RedisChannel CompletionSignal => RedisChannel.Literal(_prefix + "done");

    /// <summary>When each lease holder's presence channel was first seen without a subscriber (see Lua/reclaim.lua).</summary>
    public RedisKey Absences => _prefix + "absences";

    /// <summary>The presence channels' common prefix; the instance index follows.</summary>
    public string PresencePrefix => _prefix + "presence:";

    /// <summary>
    /// The channel an instance stays subscribed to while its process lives: its subscriber count drops to 0 the moment
    /// the process dies, which is how the master tells a dead instance from a slow one without admin commands.
    /// </summary>
    public RedisChannel Presence(int instanceIndex) =>
        RedisChannel.Literal(PresencePrefix + instanceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public RedisKey Queue(string queue) => _prefix + "q:" + queue;

    /// <summary>Where one repeat-safe call keeps its reply (see Lua/includes/replay.lua).</summary>
    public RedisKey CallReply(string callId) => _prefix + "call:" + callId;
}
