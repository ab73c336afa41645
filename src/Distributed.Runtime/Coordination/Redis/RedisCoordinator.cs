using System.Globalization;
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
        _retry = new RedisOutageRetry(endpoint, options.OutageTimeout ?? TimeSpan.FromSeconds(30), logger, TimeProvider.System);
    }

    private long TtlMilliseconds => (long)_options.KeyTimeToLive.TotalMilliseconds;

    /// <exception cref="PipelineConfigurationException">The configuration is invalid or Redis cannot be reached.</exception>
    public static async Task<RedisCoordinator> ConnectAsync(RedisCoordinatorOptions options, ILogger? logger = null)
    {
        ConfigurationOptions configuration;
        try
        {
            configuration = ConfigurationOptions.Parse(options.Configuration);
        }
        catch (ArgumentException exception)
        {
            throw new PipelineConfigurationException($"--redis '{options.Configuration}' is not a valid StackExchange.Redis configuration: {exception.Message}", exception);
        }

        configuration.AbortOnConnectFail = true;
        configuration.ClientName ??= "modular-pipelines";
        // While disconnected, fail calls at once rather than queue them for the 5 s command timeout: the outage retry
        // backs off, logs and keeps the deadline itself. Reconnect every half second, not on a backoff that grows to
        // several seconds, so a restarted Redis is found well within the heartbeat timeout.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ReconnectRetryPolicy = new LinearRetry(500);
        ConnectionMultiplexer connection;
        try
        {
            connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        }
        catch (RedisConnectionException exception)
        {
            throw new PipelineConfigurationException($"cannot reach Redis at '{string.Join(", ", configuration.EndPoints)}': {FirstLine(exception.Message)}", exception);
        }

        var coordinator = new RedisCoordinator(connection, options, string.Join(", ", configuration.EndPoints), logger ?? NullLogger.Instance);
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
        var reply = await OpenOrJoinAsync(Serialize(manifest, CoordinationJsonContext.Default.RunManifest), null).ConfigureAwait(false);
        if (reply.Status == "conflict")
        {
            throw new PipelineConfigurationException(
                $"run '{manifest.RunId}' already exists in Redis with another manifest ({reply.Manifest}): every run needs its own --run-id");
        }

        _runSeen = true;
    }

    public async Task<RunManifest?> JoinRunAsync(InstanceRegistration registration, CancellationToken cancellationToken)
    {
        var reply = await OpenOrJoinAsync(string.Empty, registration).ConfigureAwait(false);
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
        var reply = (RedisResult[])(await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.LiveInstances,
            [_keys.Beats, _keys.Instances], [(long)timeout.TotalMilliseconds])).ConfigureAwait(false))!;
        var live = new List<InstanceRegistration>();
        foreach (var entry in reply)
        {
            if (!entry.IsNull && TryDeserialize((string)entry!, CoordinationJsonContext.Default.InstanceRegistration) is { } registration)
            {
                live.Add(registration);
            }
        }

        return live;
    }

    public async Task<IReadOnlyList<WorkLease>> HeartbeatAsync(int instanceIndex, IReadOnlyList<WorkLease> held, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        var arguments = new List<RedisValue> { instanceIndex, (long)leaseDuration.TotalMilliseconds, TtlMilliseconds, ManifestCheck };
        foreach (var lease in held)
        {
            arguments.Add(lease.NodeId);
            arguments.Add(lease.Token);
        }

        // Not retried: the next beat is the retry, and a beat must not hold up the one after it.
        var reply = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Heartbeat,
            [_keys.Beats, _keys.Leases, _keys.Deadlines, _keys.Manifest], [.. arguments]).ConfigureAwait(false))!;
        if (reply.Length == 1 && (string?)reply[0] == "gone")
        {
            throw RunStateGone();
        }

        var lost = new List<WorkLease>();
        for (var i = 0; i + 1 < reply.Length; i += 2)
        {
            var token = long.Parse((string)reply[i + 1]!, CultureInfo.InvariantCulture);
            lost.AddRange(held.Where(l => l.NodeId == (string)reply[i]! && l.Token == token));
        }

        return lost;
    }

    public async Task EnqueueAsync(IReadOnlyList<WorkItem> items, IReadOnlyList<WorkRelease> releases, CancellationToken cancellationToken)
    {
        if (items.Count == 0 && releases.Count == 0)
        {
            return;
        }

        var keys = new RedisKey[items.Count + 3];
        var arguments = new RedisValue[(items.Count * 2) + 3];
        keys[0] = _keys.Sequence;
        keys[1] = _keys.Releases;
        keys[2] = NextCallReply();
        arguments[0] = TtlMilliseconds;
        arguments[1] = _keys.WorkSignal.ToString();
        arguments[2] = ReleasePlan(releases);
        for (var i = 0; i < items.Count; i++)
        {
            keys[i + 3] = _keys.Queue(items[i].Queue);
            arguments[(2 * i) + 3] = Member(items[i]);
            arguments[(2 * i) + 4] = items[i].Priority;
        }

        // Safe to send again after a lost reply: the script answers a repeat with its first reply (see RedisScripts.Replay).
        await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.Enqueue, keys, arguments)).ConfigureAwait(false);
    }

    public async Task<bool> WithdrawAsync(WorkItem item, CancellationToken cancellationToken) =>
        await _retry.RunAsync(() => _database.SortedSetRemoveAsync(_keys.Queue(item.Queue), Member(item))).ConfigureAwait(false);

    public async Task<WorkClaim> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        RedisKey[] keys = [_keys.Leases, _keys.Deadlines, _keys.Tokens, _keys.Stopping, _keys.Outcome, _keys.Beats, _keys.Completions, _keys.Manifest, NextCallReply(), .. request.Queues.Select(_keys.Queue)];
        RedisValue[] arguments = [request.InstanceIndex, (long)request.LeaseDuration.TotalMilliseconds, TtlMilliseconds, request.MaxCount, ManifestCheck, .. AlwaysRunFlags(request.Queues)];
        var reply = (RedisResult[])(await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.Claim, keys, arguments)).ConfigureAwait(false))!;
        if (reply.Length == 1 && (string?)reply[0] == "gone")
        {
            throw RunStateGone();
        }

        RunOutcome? outcome = Enum.TryParse<RunOutcome>((string)reply[0]!, out var parsed) ? parsed : null;
        var silence = long.Parse((string)reply[1]!, CultureInfo.InvariantCulture);
        return new WorkClaim(Leases(reply, 2, request.InstanceIndex), new RunStatus(outcome, silence < 0 ? null : TimeSpan.FromMilliseconds(silence)));
    }

    public async Task<CompletionReceipt> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, ClaimRequest? next, CancellationToken cancellationToken)
    {
        var queues = next?.Queues ?? [];
        RedisKey[] keys =
        [
            _keys.Leases, _keys.Deadlines, _keys.Results, _keys.Completions, _keys.Stopping, _keys.Releases, _keys.Sequence, _keys.Outcome, _keys.Tokens,
            _keys.Manifest, _keys.Replies, .. queues.Select(_keys.Queue),
        ];
        RedisValue[] arguments =
        [
            lease.NodeId, lease.Token, Serialize(result, CoordinationJsonContext.Default.ModuleResultEnvelope),
            WorkQueues.StopsRun(result.Status) ? "1" : "0", TtlMilliseconds, _keys.CompletionSignal.ToString(),
            result.Status == ModuleStatus.Succeeded ? "1" : "0", _keys.WorkSignal.ToString(),
            next?.InstanceIndex ?? lease.InstanceIndex, (long)(next?.LeaseDuration.TotalMilliseconds ?? 0), next?.MaxCount ?? 0, ManifestCheck,
            .. AlwaysRunFlags(queues),
        ];
        // Safe to send again after a lost reply: the script answers a repeated completion with its first reply.
        var reply = (RedisResult[])(await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.Complete, keys, arguments)).ConfigureAwait(false))!;
        return (long)reply[0] switch
        {
            -1 => throw RunStateGone(),
            var accepted => new CompletionReceipt(accepted == 1, Leases(reply, 1, next?.InstanceIndex ?? lease.InstanceIndex)),
        };
    }

    public async Task RecordResultAsync(ModuleResultEnvelope result, CancellationToken cancellationToken)
    {
        RedisValue[] arguments = [result.NodeId, Serialize(result, CoordinationJsonContext.Default.ModuleResultEnvelope), WorkQueues.StopsRun(result.Status) ? "1" : "0", TtlMilliseconds];
        await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.Record, [_keys.Results, _keys.Stopping, _keys.Releases], arguments)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<WorkLease>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        RedisKey[] keys = [_keys.Leases, _keys.Deadlines, NextCallReply()];
        var reply = (RedisResult[])(await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.Reclaim, keys, [TtlMilliseconds])).ConfigureAwait(false))!;
        var expired = new List<WorkLease>();
        for (var i = 0; i + 1 < reply.Length; i += 2)
        {
            var lease = ((string)reply[i + 1]!).Split('\n');
            if (lease.Length == 3
                && long.TryParse(lease[0], CultureInfo.InvariantCulture, out var token)
                && int.TryParse(lease[1], CultureInfo.InvariantCulture, out var instance)
                && int.TryParse(lease[2], CultureInfo.InvariantCulture, out var attempt))
            {
                expired.Add(new WorkLease((string)reply[i]!, attempt, token, instance));
            }
        }

        return expired;
    }

    public async Task<ModuleResultEnvelope?> GetResultAsync(string nodeId, CancellationToken cancellationToken)
    {
        var json = await _retry.RunAsync(() => _database.HashGetAsync(_keys.Results, nodeId)).ConfigureAwait(false);
        return json.IsNull ? null : Deserialize((string)json!, CoordinationJsonContext.Default.ModuleResultEnvelope, $"the stored result of '{nodeId}'");
    }

    public async Task<CompletionBatch> ReadCompletionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var entries = await _retry.RunAsync(() => _database.StreamRangeAsync(_keys.Completions, cursor is null ? "-" : "(" + cursor, "+", count: 1000)).ConfigureAwait(false);
        if (entries.Length == 0)
        {
            return new CompletionBatch([], [], [], cursor);
        }

        var results = new List<ModuleResultEnvelope>(entries.Length);
        var started = new List<WorkLease>();
        var released = new List<string>();
        foreach (var entry in entries)
        {
            if ((string?)entry["node"] is not { } nodeId)
            {
                continue;
            }

            if ((string?)entry["started"] is { } start)
            {
                // Progress only: an unreadable start entry is dropped, the module's result still arrives.
                if (ParseStart(nodeId, start) is { } lease)
                {
                    started.Add(lease);
                }

                continue;
            }

            if ((string?)entry["released"] is { Length: > 0 } dependents)
            {
                released.AddRange(dependents.Split('\n'));
            }

            try
            {
                results.Add(Deserialize((string?)entry["result"] ?? string.Empty, CoordinationJsonContext.Default.ModuleResultEnvelope, $"the completion of '{nodeId}'"));
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

        return new CompletionBatch(results, started, released, entries[^1].Id);
    }

    public async Task EndRunAsync(RunOutcome outcome, CancellationToken cancellationToken) =>
        await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.End, [_keys.Outcome],
            [outcome.ToString(), TtlMilliseconds, _keys.WorkSignal.ToString()])).ConfigureAwait(false);

    public Task<long> WaitForWorkAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        _workSignal.WaitAsync(lastSeen, timeout, cancellationToken);

    public Task<long> WaitForCompletionsAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        _completionSignal.WaitAsync(lastSeen, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Whether the scripts must find the manifest: only once this instance has seen it exist.</summary>
    private RedisValue ManifestCheck => _runSeen ? "1" : "0";

    /// <summary>A new reply key for one logical call; the call's retries reuse it (RedisScripts.Replay).</summary>
    private RedisKey NextCallReply() =>
        _keys.CallReply(_callerId + ":" + Interlocked.Increment(ref _calls).ToString(CultureInfo.InvariantCulture));

    private CoordinatorLostException RunStateGone() =>
        new($"run state for run-id {_options.RunId} is gone from Redis (was Redis restarted without persistence?); this instance stops");

    private static string Member(WorkItem item) => item.NodeId + "\n" + item.Attempt.ToString(CultureInfo.InvariantCulture);

    /// <summary>The releases as the Enqueue script reads them: node id → [[queue key, member, priority, dependent id], …].</summary>
    private string ReleasePlan(IReadOnlyList<WorkRelease> releases)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var group in releases.GroupBy(r => r.AfterNodeId, StringComparer.Ordinal))
            {
                writer.WriteStartArray(group.Key);
                foreach (var release in group)
                {
                    writer.WriteStartArray();
                    writer.WriteStringValue(_keys.Queue(release.Item.Queue).ToString());
                    writer.WriteStringValue(Member(release.Item));
                    writer.WriteNumberValue(release.Item.Priority);
                    writer.WriteStringValue(release.Item.NodeId);
                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

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

    private static IEnumerable<RedisValue> AlwaysRunFlags(IReadOnlyList<string> queues) =>
        queues.Select(q => (RedisValue)(WorkQueues.IsAlwaysRun(q) ? "1" : "0"));

    /// <summary>The node, attempt, token triples of a claim's reply from <paramref name="first"/> on.</summary>
    private static List<WorkLease> Leases(RedisResult[] reply, int first, int instanceIndex)
    {
        var leases = new List<WorkLease>((reply.Length - first) / 3);
        for (var i = first; i + 2 < reply.Length; i += 3)
        {
            var attempt = int.TryParse((string)reply[i + 1]!, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
            leases.Add(new WorkLease((string)reply[i]!, attempt, long.Parse((string)reply[i + 2]!, CultureInfo.InvariantCulture), instanceIndex));
        }

        return leases;
    }

    /// <summary>A start entry's <c>instance\nattempt\ntoken</c>, or null when it is not that.</summary>
    private static WorkLease? ParseStart(string nodeId, string start)
    {
        var parts = start.Split('\n');
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var instance)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var attempt)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var token)
                ? new WorkLease(nodeId, attempt, token, instance)
                : null;
    }

    private async Task<(string Status, string? Manifest)> OpenOrJoinAsync(string manifestJson, InstanceRegistration? registration)
    {
        var index = registration?.InstanceIndex ?? 0;
        var registrationJson = registration is null ? string.Empty : Serialize(registration, CoordinationJsonContext.Default.InstanceRegistration);
        var reply = (RedisResult[])(await _retry.RunAsync(() => _database.ScriptEvaluateAsync(RedisScripts.OpenOrJoin,
            [_keys.Manifest, _keys.Instances, _keys.Beats], [manifestJson, index, registrationJson, TtlMilliseconds, _keys.WorkSignal.ToString()])).ConfigureAwait(false))!;
        return ((string)reply[0]!, reply.Length > 1 ? (string?)reply[1] : null);
    }

    private string Serialize<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        var json = JsonSerializer.Serialize(value, typeInfo);
        return json.Length <= _options.MaxPayloadBytes
            ? json
            : throw new InvalidOperationException($"a {typeof(T).Name} of {json.Length} bytes is over the {_options.MaxPayloadBytes}-byte payload limit");
    }

    /// <exception cref="InvalidDataException">The payload is oversized or not the expected JSON.</exception>
    private T Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, string what)
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
