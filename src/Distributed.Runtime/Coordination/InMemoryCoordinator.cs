using System.Globalization;

namespace ModularPipelines.Distributed;

/// <summary>
/// The coordinator of a single process: queues, leases and results in memory, behind one lock. It follows the
/// same contract as the Redis coordinator (fencing tokens, FIFO within a priority, lease expiry), so in-process
/// runs and tests exercise the same scheduler code as distributed runs.
/// </summary>
public sealed class InMemoryCoordinator : IDistributedCoordinator
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SortedSet<QueuedItem>> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<WorkItem, QueuedItem> _queued = [];
    private readonly Dictionary<string, (WorkLease Lease, DateTimeOffset Deadline)> _leases = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (InstanceRegistration Registration, DateTimeOffset LastBeat)> _instances = [];
    private readonly Dictionary<string, ModuleResultEnvelope> _results = new(StringComparer.Ordinal);
    private readonly List<object> _events = [];
    private readonly Dictionary<string, List<WorkItem>> _releases = new(StringComparer.Ordinal);
    private readonly CoordinatorSignal _workSignal;
    private readonly CoordinatorSignal _completionSignal;
    private RunManifest? _manifest;
    private RunOutcome? _outcome;
    private bool _stopping;
    private long _sequence;
    private long _lastToken;

    /// <summary>Creates an empty coordinator on the system clock.</summary>
    public InMemoryCoordinator()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates an empty coordinator.</summary>
    /// <param name="time">The clock leases and heartbeats are judged by.</param>
    public InMemoryCoordinator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _workSignal = new CoordinatorSignal(time);
        _completionSignal = new CoordinatorSignal(time);
    }

    /// <inheritdoc/>
    public Task OpenRunAsync(RunManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        lock (_gate)
        {
            if (_manifest is not null && _manifest != manifest)
            {
                throw new PipelineConfigurationException($"run '{manifest.RunId}' is already open with another manifest: use a new run id");
            }

            _manifest = manifest;
            _workSignal.Raise();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<RunManifest?> JoinRunAsync(InstanceRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        lock (_gate)
        {
            _instances[registration.InstanceIndex] = (registration, _time.GetUtcNow());
            return Task.FromResult(_manifest);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<InstanceRegistration>> GetLiveInstancesAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            IReadOnlyList<InstanceRegistration> live = [.. _instances.Values.Where(i => now - i.LastBeat < timeout).Select(i => i.Registration)];
            return Task.FromResult(live);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<WorkLease>> HeartbeatAsync(int instanceIndex, IReadOnlyList<WorkLease> held, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(held);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_instances.TryGetValue(instanceIndex, out var instance))
            {
                _instances[instanceIndex] = (instance.Registration, now);
            }

            var lost = new List<WorkLease>();
            foreach (var lease in held)
            {
                if (_leases.TryGetValue(lease.NodeId, out var current) && current.Lease.Token == lease.Token)
                {
                    _leases[lease.NodeId] = (current.Lease, now + leaseDuration);
                }
                else
                {
                    lost.Add(lease);
                }
            }

            return Task.FromResult<IReadOnlyList<WorkLease>>(lost);
        }
    }

    /// <inheritdoc/>
    public Task EnqueueAsync(IReadOnlyList<WorkItem> items, IReadOnlyList<WorkRelease> releases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(releases);
        lock (_gate)
        {
            foreach (var item in items)
            {
                Queue(item);
            }

            foreach (var release in releases)
            {
                if (!_releases.TryGetValue(release.AfterNodeId, out var dependents))
                {
                    _releases[release.AfterNodeId] = dependents = [];
                }

                dependents.Add(release.Item);
            }

            if (items.Count > 0)
            {
                _workSignal.Raise();
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> WithdrawAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            var withdrawn = _queued.Remove(item, out var queued) && _queues[item.Queue].Remove(queued);
            return Task.FromResult(withdrawn);
        }
    }

    /// <inheritdoc/>
    public Task<WorkClaim> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            return Task.FromResult(new WorkClaim(Claim(request), Status()));
        }
    }

    /// <inheritdoc/>
    public Task<CompletionReceipt> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, ClaimRequest? next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            var accepted = _leases.TryGetValue(lease.NodeId, out var current) && current.Lease.Token == lease.Token;
            var released = new List<string>();
            if (accepted)
            {
                _leases.Remove(lease.NodeId);
                _results[lease.NodeId] = result;
                if (_releases.Remove(lease.NodeId, out var dependents) && result.Status == ModuleStatus.Succeeded && !_stopping && _outcome is null)
                {
                    foreach (var dependent in dependents)
                    {
                        Queue(dependent);
                        released.Add(dependent.NodeId);
                    }
                }

                _stopping |= WorkQueues.StopsRun(result);
                _events.Add(new Completion(result, released));
                _completionSignal.Raise();
            }

            var taken = next is null ? [] : Claim(next);
            // Others are woken for every released node the completer did not take itself (it may have taken a better one).
            if (released.Except(taken.Select(l => l.NodeId), StringComparer.Ordinal).Any())
            {
                _workSignal.Raise();
            }

            return Task.FromResult(new CompletionReceipt(accepted, taken));
        }
    }

    /// <inheritdoc/>
    public Task RecordResultAsync(ModuleResultEnvelope result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            _results[result.NodeId] = result;
            _releases.Remove(result.NodeId);
            _stopping |= WorkQueues.StopsRun(result);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<WorkLease>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var expired = _leases.Values.Where(l => l.Deadline <= now).Select(l => l.Lease).ToList();
            foreach (var lease in expired)
            {
                _leases.Remove(lease.NodeId);
            }

            return Task.FromResult<IReadOnlyList<WorkLease>>(expired);
        }
    }

    /// <inheritdoc/>
    public Task<ModuleResultEnvelope?> GetResultAsync(string nodeId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_results.GetValueOrDefault(nodeId));
        }
    }

    /// <inheritdoc/>
    public Task<CompletionBatch> ReadCompletionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var from = cursor is null ? 0 : int.Parse(cursor, CultureInfo.InvariantCulture);
            var events = _events[from..];
            var completions = events.OfType<Completion>().ToList();
            var batch = new CompletionBatch(
                [.. completions.Select(c => c.Result)],
                [.. events.OfType<WorkLease>()],
                [.. completions.SelectMany(c => c.Released)],
                _events.Count.ToString(CultureInfo.InvariantCulture));
            return Task.FromResult(batch);
        }
    }

    /// <inheritdoc/>
    public Task EndRunAsync(RunOutcome outcome, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _outcome ??= outcome;
            _workSignal.Raise();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<long> WaitForWorkAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        _workSignal.WaitAsync(lastSeen, timeout, cancellationToken);

    /// <inheritdoc/>
    public Task<long> WaitForCompletionsAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        _completionSignal.WaitAsync(lastSeen, timeout, cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>Takes the best queued nodes for the request, nothing once the run has ended. Call under the lock.</summary>
    private List<WorkLease> Claim(ClaimRequest request)
    {
        var leases = new List<WorkLease>();
        while (_outcome is null && leases.Count < request.MaxCount && BestQueue(request.Queues) is { } best)
        {
            var next = best.Min!;
            best.Remove(next);
            _queued.Remove(next.Item);
            var lease = new WorkLease(next.Item.NodeId, next.Item.Attempt, ++_lastToken, request.InstanceIndex);
            _leases[lease.NodeId] = (lease, _time.GetUtcNow() + request.LeaseDuration);
            _events.Add(lease);
            leases.Add(lease);
        }

        return leases;
    }

    private void Queue(WorkItem item)
    {
        var queued = new QueuedItem(item, _sequence++);
        if (!_queues.TryGetValue(item.Queue, out var queue))
        {
            _queues[item.Queue] = queue = new SortedSet<QueuedItem>(QueuedItem.Order);
        }

        queue.Add(queued);
        _queued[item] = queued;
    }

    /// <summary>The queue whose head is best among those the caller may serve (only always-run queues once stopping).</summary>
    private SortedSet<QueuedItem>? BestQueue(IReadOnlyList<string> queues)
    {
        SortedSet<QueuedItem>? best = null;
        foreach (var name in queues)
        {
            if ((!_stopping || WorkQueues.IsAlwaysRun(name)) && _queues.TryGetValue(name, out var queue) && queue.Count > 0
                && (best is null || QueuedItem.Order.Compare(queue.Min!, best.Min!) < 0))
            {
                best = queue;
            }
        }

        return best;
    }

    private RunStatus Status()
    {
        TimeSpan? silence = _instances.TryGetValue(0, out var master) ? _time.GetUtcNow() - master.LastBeat : null;
        return new RunStatus(_outcome, silence);
    }

    /// <summary>An accepted result in the event log, with the dependents its acceptance queued.</summary>
    private sealed record Completion(ModuleResultEnvelope Result, List<string> Released);

    private sealed record QueuedItem(WorkItem Item, long Sequence)
    {
        public static readonly Comparer<QueuedItem> Order = Comparer<QueuedItem>.Create((a, b) =>
        {
            var byPriority = a.Item.Priority.CompareTo(b.Item.Priority);
            return byPriority != 0 ? byPriority : a.Sequence.CompareTo(b.Sequence);
        });
    }
}
