using System.Globalization;
using System.Text.Json;
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
    private readonly CoordinatorSignal _signal = new(TimeProvider.System);

    private RedisCoordinator(ConnectionMultiplexer connection, RedisCoordinatorOptions options)
    {
        _connection = connection;
        _database = connection.GetDatabase();
        _keys = new RedisKeys(options.RunId);
        _options = options;
    }

    private long TtlMilliseconds => (long)_options.KeyTimeToLive.TotalMilliseconds;

    /// <exception cref="PipelineConfigurationException">The configuration is invalid or Redis cannot be reached.</exception>
    public static async Task<RedisCoordinator> ConnectAsync(RedisCoordinatorOptions options)
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
        ConnectionMultiplexer connection;
        try
        {
            connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        }
        catch (RedisConnectionException exception)
        {
            throw new PipelineConfigurationException($"cannot reach Redis at '{string.Join(", ", configuration.EndPoints)}': {FirstLine(exception.Message)}", exception);
        }

        var coordinator = new RedisCoordinator(connection, options);
        await connection.GetSubscriber().SubscribeAsync(coordinator._keys.Signal, (_, _) => coordinator.Signal()).ConfigureAwait(false);

        // A resubscription after a dropped pub/sub connection may have missed signals: wake everyone to re-check.
        connection.ConnectionRestored += (_, _) => coordinator.Signal();
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
    }

    public async Task<RunManifest?> JoinRunAsync(InstanceRegistration registration, CancellationToken cancellationToken)
    {
        var reply = await OpenOrJoinAsync(string.Empty, registration).ConfigureAwait(false);
        return reply.Manifest is null ? null : Deserialize(reply.Manifest, CoordinationJsonContext.Default.RunManifest, "the run manifest");
    }

    public async Task<IReadOnlyList<InstanceRegistration>> GetLiveInstancesAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reply = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.LiveInstances,
            [_keys.Beats, _keys.Instances], [(long)timeout.TotalMilliseconds]).ConfigureAwait(false))!;
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
        var arguments = new List<RedisValue> { instanceIndex, (long)leaseDuration.TotalMilliseconds, TtlMilliseconds };
        foreach (var lease in held)
        {
            arguments.Add(lease.NodeId);
            arguments.Add(lease.Token);
        }

        var reply = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Heartbeat,
            [_keys.Beats, _keys.Leases, _keys.Deadlines], [.. arguments]).ConfigureAwait(false))!;
        var lost = new List<WorkLease>();
        for (var i = 0; i + 1 < reply.Length; i += 2)
        {
            var token = long.Parse((string)reply[i + 1]!, CultureInfo.InvariantCulture);
            lost.AddRange(held.Where(l => l.NodeId == (string)reply[i]! && l.Token == token));
        }

        return lost;
    }

    public async Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken) =>
        await _database.ScriptEvaluateAsync(RedisScripts.Enqueue,
            [_keys.Queue(item.Queue), _keys.Sequence],
            [Member(item), item.Priority, TtlMilliseconds, _keys.Signal.ToString()]).ConfigureAwait(false);

    public async Task<bool> WithdrawAsync(WorkItem item, CancellationToken cancellationToken) =>
        await _database.SortedSetRemoveAsync(_keys.Queue(item.Queue), Member(item)).ConfigureAwait(false);

    public async Task<WorkLease?> TryClaimAsync(int instanceIndex, IReadOnlyList<string> queues, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        RedisKey[] keys = [_keys.Leases, _keys.Deadlines, _keys.Tokens, _keys.Stopping, .. queues.Select(_keys.Queue)];
        RedisValue[] arguments = [instanceIndex, (long)leaseDuration.TotalMilliseconds, TtlMilliseconds, .. queues.Select(q => (RedisValue)(WorkQueues.IsAlwaysRun(q) ? "1" : "0"))];
        var reply = await _database.ScriptEvaluateAsync(RedisScripts.Claim, keys, arguments).ConfigureAwait(false);
        if (reply.IsNull || reply.Resp2Type != ResultType.Array)
        {
            return null;
        }

        var parts = (RedisResult[])reply!;
        var attempt = int.TryParse((string)parts[1]!, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;
        return new WorkLease((string)parts[0]!, attempt, long.Parse((string)parts[2]!, CultureInfo.InvariantCulture), instanceIndex);
    }

    public async Task<bool> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, CancellationToken cancellationToken)
    {
        var reply = await _database.ScriptEvaluateAsync(RedisScripts.Complete,
            [_keys.Leases, _keys.Deadlines, _keys.Results, _keys.Completions, _keys.Stopping],
            [lease.NodeId, lease.Token, Serialize(result, CoordinationJsonContext.Default.ModuleResultEnvelope),
                WorkQueues.StopsRun(result.Status) ? "1" : "0", TtlMilliseconds, _keys.Signal.ToString()]).ConfigureAwait(false);
        return (long)reply == 1;
    }

    public async Task RecordResultAsync(ModuleResultEnvelope result, CancellationToken cancellationToken) =>
        await _database.ScriptEvaluateAsync(RedisScripts.Record,
            [_keys.Results, _keys.Stopping],
            [result.NodeId, Serialize(result, CoordinationJsonContext.Default.ModuleResultEnvelope),
                WorkQueues.StopsRun(result.Status) ? "1" : "0", TtlMilliseconds]).ConfigureAwait(false);

    public async Task<IReadOnlyList<WorkLease>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        var reply = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Reclaim, [_keys.Leases, _keys.Deadlines]).ConfigureAwait(false))!;
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
        var json = await _database.HashGetAsync(_keys.Results, nodeId).ConfigureAwait(false);
        return json.IsNull ? null : Deserialize((string)json!, CoordinationJsonContext.Default.ModuleResultEnvelope, $"the stored result of '{nodeId}'");
    }

    public async Task<CompletionBatch> ReadCompletionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        var entries = await _database.StreamRangeAsync(_keys.Completions, cursor is null ? "-" : "(" + cursor, "+", count: 1000).ConfigureAwait(false);
        if (entries.Length == 0)
        {
            return new CompletionBatch([], cursor);
        }

        var results = new List<ModuleResultEnvelope>(entries.Length);
        foreach (var entry in entries)
        {
            if ((string?)entry["node"] is not { } nodeId)
            {
                continue;
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

        return new CompletionBatch(results, entries[^1].Id);
    }

    public async Task EndRunAsync(RunOutcome outcome, CancellationToken cancellationToken) =>
        await _database.ScriptEvaluateAsync(RedisScripts.End, [_keys.Outcome],
            [outcome.ToString(), TtlMilliseconds, _keys.Signal.ToString()]).ConfigureAwait(false);

    public async Task<RunStatus> GetRunStatusAsync(CancellationToken cancellationToken)
    {
        var reply = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.Status, [_keys.Outcome, _keys.Beats]).ConfigureAwait(false))!;
        RunOutcome? outcome = Enum.TryParse<RunOutcome>((string)reply[0]!, out var parsed) ? parsed : null;
        var silence = long.Parse((string)reply[1]!, CultureInfo.InvariantCulture);
        return new RunStatus(outcome, silence < 0 ? null : TimeSpan.FromMilliseconds(silence));
    }

    public Task<long> WaitForSignalAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(lastSeen, timeout, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _connection.CloseAsync().ConfigureAwait(false);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private static string Member(WorkItem item) => item.NodeId + "\n" + item.Attempt.ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private void Signal() => _signal.Raise();

    private async Task<(string Status, string? Manifest)> OpenOrJoinAsync(string manifestJson, InstanceRegistration? registration)
    {
        var index = registration?.InstanceIndex ?? 0;
        var registrationJson = registration is null ? string.Empty : Serialize(registration, CoordinationJsonContext.Default.InstanceRegistration);
        var reply = (RedisResult[])(await _database.ScriptEvaluateAsync(RedisScripts.OpenOrJoin,
            [_keys.Manifest, _keys.Instances, _keys.Beats], [manifestJson, index, registrationJson, TtlMilliseconds]).ConfigureAwait(false))!;
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
