using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// Coordinates the instances of a run through Redis (the BullMQ "marker" pattern fitted to StackExchange.Redis, which
/// cannot block on pops without stalling its multiplexer): one sorted-set queue per capability set, claimed by an
/// atomic script that looks only at queue heads; leases with fencing tokens and deadlines on the server's clock;
/// pub/sub as the wake-up and a stream as the durable completion log; every key under the run's prefix with a TTL.
/// Each operation is one Lua script (Coordination/Redis/Lua) behind one typed wrapper (Coordination/Redis/Scripts);
/// this class chooses keys and carries calls through outages (<see cref="RedisOutageRetry"/>).
/// </summary>
internal sealed class RedisCoordinator : IDistributedCoordinator
{
    private readonly ConnectionMultiplexer _connection;
    private readonly IDatabase _database;
    private readonly RedisKeys _keys;
    private readonly RedisCoordinatorOptions _options;
    private readonly CoordinatorSignal _workSignal = new(TimeProvider.System);
    private readonly CoordinatorSignal _completionSignal = new(TimeProvider.System);
    private readonly RedisOutageRetry _retry;
    private readonly PresenceKeeper _presence;
    private readonly ILogger _logger;

    // The queues this process has met (claimed from, enqueued to, or named by a release): a completion passes them all,
    // since the releases planned on a node may target any of them (Lua/complete.lua asks for the ones it lacks).
    private readonly HashSet<string> _queues = new(StringComparer.Ordinal);

    // Set once this instance has seen the run's manifest: from then on, a missing manifest means the state was lost.
    private volatile bool _runSeen;

    // Names this coordinator's repeat-safe calls; with _calls, one reply key per logical call, shared by its retries.
    private readonly string _callerId = Guid.NewGuid().ToString("N");
    private long _calls;

    private RedisCoordinator(ConnectionMultiplexer connection, RedisCoordinatorOptions options, string endpoint, ILogger logger)
    {
        _connection = connection;
        _database = connection.GetDatabase();
        _keys = new RedisKeys(options.RunId);
        _options = options;
        _logger = logger;
        _retry = new RedisOutageRetry(endpoint, options.OutageTimeout ?? TimeSpan.FromSeconds(30), logger, TimeProvider.System);
        _presence = new PresenceKeeper(connection, _keys, BeatAsync, logger);
    }

    private long TtlMilliseconds => (long)_options.KeyTimeToLive.TotalMilliseconds;

    /// <exception cref="PipelineConfigurationException">The configuration is invalid or Redis cannot be reached.</exception>
    public static async Task<RedisCoordinator> ConnectAsync(RedisCoordinatorOptions options, ILogger? logger = null)
    {
        var configuration = RedisConnections.Parse(options.Configuration);
        // While disconnected, fail calls at once rather than queue them for the 5 s command timeout: the outage retry
        // backs off, logs and keeps the deadline itself. Reconnect every half second, not on a backoff that grows to
        // several seconds, so a restarted Redis is found well within the heartbeat timeout.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        var connection = await RedisConnections.ConnectAsync(configuration).ConfigureAwait(false);

        var coordinator = new RedisCoordinator(connection, options, RedisConnections.Endpoints(configuration), logger ?? NullLogger.Instance);
        // Two channels, so that a result being accepted wakes only the master and work being queued only the instances
        // with free slots: on a busy run every needless wake-up is a round trip and a context switch on a shared core.
        var subscriber = connection.GetSubscriber();
        await SubscribeAsync(subscriber, coordinator._keys.WorkSignal, coordinator._workSignal).ConfigureAwait(false);
        await SubscribeAsync(subscriber, coordinator._keys.CompletionSignal, coordinator._completionSignal).ConfigureAwait(false);

        // A resubscription after a dropped pub/sub connection may have missed signals: wake everyone to re-check.
        connection.ConnectionRestored += (_, _) =>
        {
            coordinator._workSignal.Raise();
            coordinator._completionSignal.Raise();
        };
        return coordinator;
    }

    public async Task OpenRunAsync(RunManifest manifest, CancellationToken cancellationToken)
    {
        var manifestJson = Serialize(manifest, CoordinationJsonContext.Default.RunManifest);
        var reply = await _retry.RunAsync(() => OpenOrJoinScript.RunAsync(_database, _keys, manifestJson, 0, string.Empty, TtlMilliseconds), cancellationToken).ConfigureAwait(false);
        if (reply.Status == "conflict")
        {
            throw new PipelineConfigurationException(
                $"run '{manifest.RunId}' already exists in Redis with another manifest ({reply.Manifest}): every run needs its own --run-id");
        }

        _runSeen = true;
    }

    public async Task<RunManifest?> JoinRunAsync(InstanceRegistration registration, CancellationToken cancellationToken)
    {
        // Present before registered: the master may lease work to this instance as soon as it has joined.
        await _retry.RunAsync(() => _presence.KeepAsync(registration.InstanceIndex), cancellationToken).ConfigureAwait(false);
        var registrationJson = Serialize(registration, CoordinationJsonContext.Default.InstanceRegistration);
        var reply = await _retry.RunAsync(
            () => OpenOrJoinScript.RunAsync(_database, _keys, string.Empty, registration.InstanceIndex, registrationJson, TtlMilliseconds), cancellationToken).ConfigureAwait(false);
        if (reply.Manifest is null)
        {
            return null;
        }

        var manifest = Deserialize(reply.Manifest, CoordinationJsonContext.Default.RunManifest, "the run manifest");
        _runSeen = true;
        return manifest;
    }

    public async Task<IReadOnlyList<InstanceRegistration>> GetLiveInstancesAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var registrations = await _retry.RunAsync(() => LiveInstancesScript.RunAsync(_database, _keys, timeout), cancellationToken).ConfigureAwait(false);
        return [.. registrations.Select(json => TryDeserialize(json, CoordinationJsonContext.Default.InstanceRegistration)).OfType<InstanceRegistration>()];
    }

    public async Task<IReadOnlyList<WorkLease>> HeartbeatAsync(int instanceIndex, IReadOnlyList<WorkLease> held, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        // Not retried: the next beat is the retry, and a beat must not hold up the one after it.
        var lost = await HeartbeatScript.RunAsync(_database, _keys, instanceIndex, held, leaseDuration, TtlMilliseconds, _runSeen).WaitAsync(cancellationToken).ConfigureAwait(false);
        return lost ?? throw RunStateGone();
    }

    public async Task EnqueueAsync(IReadOnlyList<WorkItem> items, IReadOnlyList<WorkRelease> releases, CancellationToken cancellationToken)
    {
        if (items.Count == 0 && releases.Count == 0)
        {
            return;
        }

        Learn(items.Select(i => i.Queue).Concat(releases.Select(r => r.Item.Queue)));
        // Safe to send again after a lost reply: the script answers a repeat with its first reply (Lua/includes/replay.lua).
        var callReply = NextCallReply();
        await _retry.RunAsync(() => EnqueueScript.RunAsync(_database, _keys, callReply, items, releases, TtlMilliseconds), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> WithdrawAsync(WorkItem item, CancellationToken cancellationToken) =>
        await _retry.RunAsync(() => _database.SortedSetRemoveAsync(_keys.Queue(item.Queue), ScriptValues.Member(item)), cancellationToken).ConfigureAwait(false);

    public async Task<WorkClaim> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        Learn(request.Queues);
        var callReply = NextCallReply();
        var claim = await _retry.RunAsync(() => ClaimScript.RunAsync(_database, _keys, callReply, request, TtlMilliseconds, _runSeen), cancellationToken).ConfigureAwait(false);
        return claim ?? throw RunStateGone();
    }

    public Task<CompletionReceipt> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, ClaimRequest? next, CancellationToken cancellationToken) =>
        CompleteAsync(lease, result, null, next, cancellationToken);

    public async Task<CompletionReceipt> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, ModuleOutput? output, ClaimRequest? next, CancellationToken cancellationToken)
    {
        var outputText = output is null ? string.Empty : AppendOutputScript.Text(output);
        var resultJson = Serialize(result, CoordinationJsonContext.Default.ModuleResultEnvelope);
        while (true)
        {
            // Safe to send again after a lost reply: the script answers a repeated completion with its first reply.
            var queues = KnownQueues();
            var reply = await _retry.RunAsync(
                () => CompleteScript.RunAsync(_database, _keys, lease, resultJson, outputText, result, next, queues, TtlMilliseconds, _runSeen), cancellationToken).ConfigureAwait(false);
            if (reply.Gone)
            {
                throw RunStateGone();
            }

            if (reply.Receipt is { } receipt)
            {
                return receipt;
            }

            // A release targets a queue this process has not met yet: the script changed nothing; send it along.
            Learn(reply.MissingQueues);
        }
    }

    public async Task RecordResultAsync(ModuleResultEnvelope result, CancellationToken cancellationToken)
    {
        var resultJson = Serialize(result, CoordinationJsonContext.Default.ModuleResultEnvelope);
        await _retry.RunAsync(() => RecordScript.RunAsync(_database, _keys, result.NodeId, resultJson, WorkQueues.StopsRun(result), TtlMilliseconds), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WorkLease>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        var callReply = NextCallReply();
        var reclaimed = await _retry.RunAsync(
            () => ReclaimScript.RunAsync(_database, _keys, callReply, _options.PresenceGrace, TtlMilliseconds), cancellationToken).ConfigureAwait(false);
        foreach (var instance in reclaimed.Where(r => r.HolderGone).Select(r => r.Lease.InstanceIndex).Distinct())
        {
            _logger.LogWarning("gone   instance {Instance}: its connection to Redis closed while it held work; that work is reclaimed", instance);
        }

        return [.. reclaimed.Select(r => r.Lease)];
    }

    public async Task<ModuleResultEnvelope?> GetResultAsync(string nodeId, CancellationToken cancellationToken)
    {
        var json = await _retry.RunAsync(() => _database.HashGetAsync(_keys.Results, nodeId), cancellationToken).ConfigureAwait(false);
        return json.IsNull ? null : Deserialize(((ReadOnlyMemory<byte>)json).Span, CoordinationJsonContext.Default.ModuleResultEnvelope, $"the stored result of '{nodeId}'");
    }

    public async Task<CompletionBatch> ReadCompletionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var entries = await _retry.RunAsync(() => _database.StreamRangeAsync(_keys.Completions, cursor is null ? "-" : "(" + cursor, "+", count: 1000), cancellationToken).ConfigureAwait(false);
        if (entries.Length == 0)
        {
            return new CompletionBatch([], [], [], cursor);
        }

        var results = new List<ModuleResultEnvelope>(entries.Length);
        var output = new List<ModuleOutput>();
        var started = new List<WorkLease>();
        var released = new List<string>();
        foreach (var entry in entries)
        {
            var fields = CompletionEntry.Read(entry);
            if ((string?)fields.Node is not { } nodeId)
            {
                continue;
            }

            if (!fields.Output.IsNull)
            {
                if (AppendOutputScript.Parse(nodeId, ((ReadOnlyMemory<byte>)fields.Output).Span) is { } forwarded)
                {
                    output.Add(forwarded);
                }

                continue;
            }

            if ((string?)fields.Started is { } start)
            {
                // Progress only: an unreadable start entry is dropped, the module's result still arrives.
                if (ScriptValues.ParseStart(nodeId, start) is { } lease)
                {
                    started.Add(lease);
                }

                continue;
            }

            if ((string?)fields.Released is { Length: > 0 } dependents)
            {
                released.AddRange(dependents.Split('\n'));
            }

            try
            {
                results.Add(Deserialize(((ReadOnlyMemory<byte>)fields.Result).Span, CoordinationJsonContext.Default.ModuleResultEnvelope, $"the completion of '{nodeId}'"));
            }
            catch (InvalidDataException exception)
            {
                // A payload nobody can read fails its module with the reason, rather than stalling the run.
                results.Add(new ModuleResultEnvelope
                {
                    NodeId = nodeId,
                    Status = ModuleStatus.Failed,
                    Error = new ModuleError(typeof(InvalidDataException).FullName!, exception.Message, exception.ToString()),
                });
            }
        }

        return new CompletionBatch(results, started, released, entries[^1].Id) { Output = output };
    }

    public Task AppendOutputAsync(IReadOnlyList<ModuleOutput> output, CancellationToken cancellationToken) =>
        output.Count == 0 ? Task.CompletedTask : AppendOutputScript.RunAsync(_database, _keys, output, TtlMilliseconds);

    public async Task EndRunAsync(RunOutcome outcome, CancellationToken cancellationToken) =>
        await _retry.RunAsync(() => EndRunScript.RunAsync(_database, _keys, outcome, TtlMilliseconds), cancellationToken).ConfigureAwait(false);

    public Task<long> WaitForWorkAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        _workSignal.WaitAsync(lastSeen, timeout, cancellationToken);

    public Task<long> WaitForCompletionsAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        _completionSignal.WaitAsync(lastSeen, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _presence.DisposeAsync().ConfigureAwait(false);
        await _connection.CloseAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A beat with no leases: what <see cref="PresenceKeeper"/> sends while the instance's subscription is down.</summary>
    private async Task BeatAsync(int instanceIndex) =>
        await HeartbeatScript.RunAsync(_database, _keys, instanceIndex, [], TimeSpan.Zero, TtlMilliseconds, manifestMustExist: false).ConfigureAwait(false);

    private void Learn(IEnumerable<string> queues)
    {
        lock (_queues)
        {
            _queues.UnionWith(queues);
        }
    }

    private string[] KnownQueues()
    {
        lock (_queues)
        {
            return [.. _queues];
        }
    }

    /// <summary>A new reply key for one logical call; the call's retries reuse it (Lua/includes/replay.lua).</summary>
    private RedisKey NextCallReply() =>
        _keys.CallReply(_callerId + ":" + Interlocked.Increment(ref _calls).ToString(CultureInfo.InvariantCulture));

    private CoordinatorLostException RunStateGone() =>
        new($"run state for run-id {_options.RunId} is gone from Redis (was Redis restarted without persistence?); this instance stops");

    /// <summary>
    /// Subscribes a wake-up to a channel. The subscription connection can still be handshaking when ConnectAsync
    /// returns (seen as "No connection is active/available to service this operation: SUBSCRIBE"), so a refused
    /// subscription is retried for a few seconds before it counts as Redis being unreachable.
    /// </summary>
    private static async Task SubscribeAsync(ISubscriber subscriber, RedisChannel channel, CoordinatorSignal signal)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (true)
        {
            try
            {
                await subscriber.SubscribeAsync(channel, (_, _) => signal.Raise()).ConfigureAwait(false);
                return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50).ConfigureAwait(false);
            }
        }
    }

    private string Serialize<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var json = JsonSerializer.Serialize(value, typeInfo);
        return json.Length <= _options.MaxPayloadBytes
            ? json
            : throw new InvalidOperationException($"a {typeof(T).Name} of {json.Length} bytes is over the {_options.MaxPayloadBytes}-byte payload limit");
    }

    /// <exception cref="InvalidDataException">The payload is oversized or not the expected JSON.</exception>
    private T Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string what) =>
        Deserialize(Encoding.UTF8.GetBytes(json), typeInfo, what);

    /// <summary>Straight from the reply's bytes: JSON is read as UTF-8, so a string in between was decoded only to be encoded again.</summary>
    /// <exception cref="InvalidDataException">The payload is oversized or not the expected JSON.</exception>
    private T Deserialize<T>(ReadOnlySpan<byte> json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string what)
    {
        if (json.Length > _options.MaxPayloadBytes)
        {
            throw new InvalidDataException($"{what} is {json.Length} bytes, over the {_options.MaxPayloadBytes}-byte payload limit: rejected");
        }

        try
        {
            return JsonSerializer.Deserialize(json, typeInfo) ?? throw new InvalidDataException($"{what} is JSON null: rejected");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{what} is not valid JSON for a {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    private T? TryDeserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return Deserialize(json, typeInfo, "an instance registration");
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
