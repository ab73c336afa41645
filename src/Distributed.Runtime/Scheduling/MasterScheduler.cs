namespace ModularPipelines.Distributed;

/// <summary>
/// The master's view of the run: it releases each node once its dependencies have finished, critical path first,
/// into the queue of its capability set, holding back nodes whose <see cref="NotInParallelAttribute"/> keys are held
/// anywhere in the run (the master is the only scheduler, so its key table is global). It learns results from the
/// coordinator's completion log when woken, requeues nodes whose instance died, and ends the run.
/// </summary>
internal sealed class MasterScheduler(
    PipelineGraph graph,
    IDistributedCoordinator coordinator,
    QueuePlan queues,
    ResultCache results,
    ResultCodec codec,
    PipelineProgress progress,
    SchedulerSettings settings,
    TimeProvider time)
{
    private static readonly TimeSpan OutstandingReportInterval = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaintenanceInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Starts on other instances are logged but not signalled (a wake-up per claim would cost the master a round trip
    /// per module), so a distributed master reads the log at least this often to show them while they run.
    /// </summary>
    private static readonly TimeSpan StartsReadInterval = TimeSpan.FromMilliseconds(200);
    private readonly ReadyQueue _ready = new();
    private readonly ExclusionKeys _exclusion = new();
    private readonly Dictionary<GraphNode, int> _unfinishedDependencies = [];
    private readonly Dictionary<GraphNode, ModuleResult> _finished = [];
    private readonly HashSet<GraphNode> _blockedByFailure = [];
    private readonly Dictionary<GraphNode, (WorkItem Item, DateTimeOffset EnqueuedAt)> _dispatched = [];
    private readonly Dictionary<GraphNode, int> _runningOn = [];
    private readonly Dictionary<GraphNode, WorkItem> _planned = [];
    private GraphNode? _firstFailure;
    private string? _cursor;
    private DateTimeOffset? _cancelledAt;
    private DateTimeOffset _lastOutstandingReport;
    private DateTimeOffset _lastMaintenance;
    private long _seenSignal;

    /// <summary>Runs every node to a result and ends the run; returns the results in graph order.</summary>
    public async Task<IReadOnlyList<ModuleResult>> RunAsync(CancellationToken runToken)
    {
        _lastOutstandingReport = time.GetUtcNow();
        foreach (var node in graph.Nodes)
        {
            _unfinishedDependencies[node] = node.Dependencies.Count;
            if (node.Dependencies.Count == 0)
            {
                _ready.Add(node);
            }
        }

        while (true)
        {
            await DispatchReadyAsync(runToken).ConfigureAwait(false);
            if (_finished.Count == graph.Nodes.Count)
            {
                break;
            }

            if (runToken.IsCancellationRequested && _cancelledAt is null)
            {
                await BeginCancellationAsync().ConfigureAwait(false);
                continue;
            }

            await WaitAsync(runToken).ConfigureAwait(false);
            await CollectCompletionsAsync().ConfigureAwait(false);
            await WithdrawAfterFailureAsync().ConfigureAwait(false);
            await WithdrawAfterCancellationAsync().ConfigureAwait(false);

            // Off the dispatch path: dependents of what just completed are queued first (next turn's dispatch happens
            // before any wait), and leases, capability waits and progress are checked a few times a second at most.
            if (time.GetUtcNow() - _lastMaintenance >= MaintenanceInterval)
            {
                _lastMaintenance = time.GetUtcNow();
                await RecoverExpiredLeasesAsync().ConfigureAwait(false);
                await FailUnservableNodesAsync().ConfigureAwait(false);
                await GiveUpOnSilentNodesAfterCancellationAsync().ConfigureAwait(false);
                ReportOutstanding();
            }
        }

        await coordinator.EndRunAsync(_cancelledAt is null ? RunOutcome.Completed : RunOutcome.Cancelled, CancellationToken.None).ConfigureAwait(false);
        return [.. graph.Nodes.Select(n => _finished[n])];
    }

    /// <summary>
    /// Settles nodes that cannot run (skipped or cancelled) and enqueues the rest, repeating because settling a node
    /// can make its dependents ready.
    /// </summary>
    private async Task DispatchReadyAsync(CancellationToken runToken)
    {
        var batch = new List<WorkItem>();
        bool settledAny;
        do
        {
            settledAny = false;
            foreach (var node in _ready.InPriorityOrder())
            {
                if (ReasonNotToRun(node, runToken) is { } notRun)
                {
                    _ready.Remove(node);
                    await SettleAsync(node, notRun).ConfigureAwait(false);
                    settledAny = true;
                }
                else if ((settings.DispatchLimit is not { } limit || _dispatched.Count < limit) && _exclusion.TryAcquire(node))
                {
                    _ready.Remove(node);
                    batch.Add(Dispatch(node, attempt: 1));
                }
            }
        }
        while (settledAny);

        // One call and one wake-up for everything released this turn, in priority order.
        if (batch.Count > 0)
        {
            await coordinator.EnqueueAsync(batch, PlanReleases(batch), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private WorkItem Dispatch(GraphNode node, int attempt)
    {
        var item = ItemOf(node, attempt);
        _dispatched[node] = (item, time.GetUtcNow());
        return item;
    }

    private WorkItem ItemOf(GraphNode node, int attempt) => new(node.Id, attempt, queues.QueueOf(node), -node.CriticalPathLength);

    /// <summary>
    /// The dependents of the dispatched nodes that the coordinator may queue itself the moment their dependency
    /// succeeds, sparing the hop through this scheduler: only where nothing else could hold them back. A dependent
    /// qualifies when the node it waits on is the only one it still waits for, it has no exclusion keys, nothing limits
    /// dispatch, and the run is neither stopping nor cancelled. Planning follows chains (a planned node's own sole
    /// dependents are planned on it), all in the same call that queues the batch, so a plan always exists before the
    /// node it waits on can complete. Everything else goes through <see cref="DispatchReadyAsync"/> as before.
    /// </summary>
    private List<WorkRelease> PlanReleases(List<WorkItem> dispatched)
    {
        var releases = new List<WorkRelease>();
        if (settings.DispatchLimit is not null || _firstFailure is not null || _cancelledAt is not null)
        {
            return releases;
        }

        var pending = new Stack<GraphNode>(dispatched.Select(item => graph.Find(item.NodeId)!));
        while (pending.TryPop(out var node))
        {
            foreach (var dependent in node.Dependents)
            {
                if (_unfinishedDependencies[dependent] == 1
                    && dependent.Definition.NotInParallelKeys.Count == 0
                    && !(dependent.Definition.PinToMaster && dependent.Definition.RequiredCapabilities.Count > 0)
                    && !_planned.ContainsKey(dependent))
                {
                    var release = ItemOf(dependent, attempt: 1);
                    _planned[dependent] = release;
                    releases.Add(new WorkRelease(node.Id, release));
                    pending.Push(dependent);
                }
            }
        }

        return releases;
    }

    private ModuleOutcome? ReasonNotToRun(GraphNode node, CancellationToken runToken)
    {
        if (runToken.IsCancellationRequested)
        {
            return NotRun(ModuleStatus.Cancelled, "the run was cancelled before the module started");
        }

        if (!node.Definition.AlwaysRun)
        {
            if (node.Dependencies.FirstOrDefault(d => _finished[d].IsFailure || _blockedByFailure.Contains(d)) is { } blocked)
            {
                _blockedByFailure.Add(node);
                return NotRun(ModuleStatus.Skipped, _finished[blocked].IsFailure
                    ? $"dependency {blocked.DisplayName} {(_finished[blocked].Status == ModuleStatus.TimedOut ? "timed out" : _finished[blocked].Status.ToString().ToLowerInvariant())}"
                    : $"dependency {blocked.DisplayName} did not run because of a failure");
            }

            if (_firstFailure is not null)
            {
                _blockedByFailure.Add(node);
                return NotRun(ModuleStatus.Skipped, $"the pipeline stopped after {_firstFailure.DisplayName} failed");
            }
        }

        var missing = node.Definition.RequiredCapabilities.Where(c => !settings.MasterCapabilities.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0 && (!settings.Distributed || node.Definition.PinToMaster))
        {
            var advertised = settings.MasterCapabilities.Count == 0 ? "none" : string.Join(", ", settings.MasterCapabilities.Order(StringComparer.OrdinalIgnoreCase));
            var noun = missing.Count == 1 ? "capability" : "capabilities";
            var names = string.Join(", ", missing);

            // Only instance 0 may run a pinned node, and its capabilities are known now: waiting for a capable instance
            // would only fail later. In one process a module this machine cannot run is skipped, as for any module.
            return settings.Distributed
                ? new(ModuleStatus.Failed, time.GetUtcNow(), TimeSpan.Zero, Attempts: 0, InstanceIndex: 0, ModuleError.FromException(new PipelineConfigurationException(
                    $"{node.DisplayName} is pinned to the master and requires {noun} {names}, which the master does not advertise (advertised: {advertised}): start instance 0 with --capability {missing[0]}, or remove [PinToMaster] or [RequiresCapability]")))
                : NotRun(ModuleStatus.Skipped, $"requires {noun} {names}, which this instance does not advertise (advertised: {advertised})");
        }

        return null;

        ModuleOutcome NotRun(ModuleStatus status, string reason) =>
            new(status, time.GetUtcNow(), TimeSpan.Zero, Attempts: 0, InstanceIndex: 0, SkipReason: reason);
    }

    private async Task WaitAsync(CancellationToken runToken)
    {
        try
        {
            var wakeOnCancel = _cancelledAt is null ? runToken : CancellationToken.None;
            var timeout = settings.Distributed && StartsReadInterval < settings.PollInterval ? StartsReadInterval : settings.PollInterval;
            _seenSignal = await coordinator.WaitForCompletionsAsync(_seenSignal, timeout, wakeOnCancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            // Woken by Ctrl-C: the loop cancels the run on its next turn.
        }
    }

    private async Task CollectCompletionsAsync()
    {
        var batch = await coordinator.ReadCompletionsAsync(_cursor, CancellationToken.None).ConfigureAwait(false);
        _cursor = batch.Cursor;

        // Queued by the coordinator as their dependency's result was accepted: they are dispatched, not ready.
        foreach (var id in batch.Released)
        {
            if (graph.Find(id) is { } released && _planned.Remove(released, out var item))
            {
                _dispatched[released] = (item, time.GetUtcNow());
            }
        }

        foreach (var lease in batch.Started)
        {
            if (graph.Find(lease.NodeId) is { } started && _dispatched.ContainsKey(started))
            {
                _runningOn[started] = lease.InstanceIndex;
                progress.StartedOn(started, lease);
            }
        }

        foreach (var envelope in batch.Results)
        {
            if (graph.Find(envelope.NodeId) is not { } node || !_dispatched.ContainsKey(node))
            {
                continue;
            }

            _dispatched.Remove(node);
            _runningOn.Remove(node);
            _exclusion.Release(node);
            var result = ResultOf(node, envelope);
            progress.Finished(result);
            Finish(node, result);
        }
    }

    /// <summary>The live result when this process ran the node; otherwise the envelope, read with this build's types.</summary>
    private ModuleResult ResultOf(GraphNode node, ModuleResultEnvelope envelope)
    {
        if (results.TryGetLocal(node, out var local))
        {
            return local;
        }

        ModuleResult result;
        try
        {
            result = codec.ToResult(node, envelope);
        }
        catch (InvalidDataException exception)
        {
            result = node.Definition.CreateResult(
                new ModuleOutcome(ModuleStatus.Failed, time.GetUtcNow(), TimeSpan.Zero, envelope.Attempts, envelope.InstanceIndex, ModuleError.FromException(exception)), value: null);
        }

        results.Add(node, result);
        return result;
    }

    /// <summary>A node whose lease expired was held by an instance that died or stalled: run it again elsewhere.</summary>
    private async Task RecoverExpiredLeasesAsync()
    {
        foreach (var lease in await coordinator.ReclaimExpiredLeasesAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (graph.Find(lease.NodeId) is not { } node || !_dispatched.ContainsKey(node))
            {
                continue;
            }

            var maxAttempts = node.Definition.Retries + 1 + settings.LeaseRecoveries;
            if (lease.Attempt < maxAttempts && _cancelledAt is null)
            {
                _runningOn.Remove(node);
                progress.Requeued(node, lease);
                await coordinator.EnqueueAsync([Dispatch(node, lease.Attempt + 1)], [], CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            var lost = new TimeoutException(
                $"instance {lease.InstanceIndex} stopped renewing its lease on {node.DisplayName} (attempt {lease.Attempt}) and no attempts are left");
            await SettleDispatchedAsync(node, new ModuleOutcome(ModuleStatus.Failed, time.GetUtcNow(), TimeSpan.Zero, lease.Attempt, lease.InstanceIndex, ModuleError.FromException(lost))).ConfigureAwait(false);
        }
    }

    /// <summary>A queued node whose capability set no live instance serves fails once it has waited the capability timeout.</summary>
    private async Task FailUnservableNodesAsync()
    {
        if (!settings.Distributed)
        {
            return;
        }

        var now = time.GetUtcNow();
        var overdue = _dispatched.Where(d => now - d.Value.EnqueuedAt >= settings.CapabilityTimeout).ToList();
        if (overdue.Count == 0)
        {
            return;
        }

        var live = await coordinator.GetLiveInstancesAsync(settings.HeartbeatTimeout, CancellationToken.None).ConfigureAwait(false);
        var served = live.SelectMany(i => queues.QueuesServedBy(i.InstanceIndex, i.Capabilities)).ToHashSet(StringComparer.Ordinal);
        foreach (var (node, (item, enqueuedAt)) in overdue)
        {
            if (served.Contains(item.Queue) || !await coordinator.WithdrawAsync(item, CancellationToken.None).ConfigureAwait(false))
            {
                continue;
            }

            var capabilities = string.Join(", ", queues.CapabilitiesOf(item.Queue));
            var unservable = new TimeoutException(
                $"no live instance advertises capability {capabilities} needed by {node.DisplayName}; waited {DurationText.Format(now - enqueuedAt)}. Start a worker with --capability {(queues.CapabilitiesOf(item.Queue) is [var first, ..] ? first : "NAME")}, or raise DistributedOptions.CapabilityTimeoutSeconds.");
            await SettleDispatchedAsync(node, new ModuleOutcome(ModuleStatus.Failed, enqueuedAt, now - enqueuedAt, 0, 0, ModuleError.FromException(unservable))).ConfigureAwait(false);
        }
    }

    /// <summary>After a failure no new module starts except always-run ones: take back what is still queued.</summary>
    private async Task WithdrawAfterFailureAsync()
    {
        if (_firstFailure is null)
        {
            return;
        }

        foreach (var (node, (item, _)) in _dispatched.Where(d => !d.Key.Definition.AlwaysRun).ToList())
        {
            if (await coordinator.WithdrawAsync(item, CancellationToken.None).ConfigureAwait(false))
            {
                _blockedByFailure.Add(node);
                await SettleDispatchedAsync(node, new ModuleOutcome(ModuleStatus.Skipped, time.GetUtcNow(), TimeSpan.Zero, 0, 0,
                    SkipReason: $"the pipeline stopped after {_firstFailure.DisplayName} failed")).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Cancels the run everywhere: queued nodes are withdrawn at once, running ones report as they stop.</summary>
    private async Task BeginCancellationAsync()
    {
        _cancelledAt = time.GetUtcNow();
        await coordinator.EndRunAsync(RunOutcome.Cancelled, CancellationToken.None).ConfigureAwait(false);
        await WithdrawAfterCancellationAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// After cancellation nothing is claimed any more: settle what is still queued, including nodes the coordinator
    /// released just before the run ended, which this scheduler learns of only afterwards.
    /// </summary>
    private async Task WithdrawAfterCancellationAsync()
    {
        if (_cancelledAt is null)
        {
            return;
        }

        foreach (var (node, (item, _)) in _dispatched.Where(d => !_runningOn.ContainsKey(d.Key)).ToList())
        {
            if (await coordinator.WithdrawAsync(item, CancellationToken.None).ConfigureAwait(false))
            {
                await SettleDispatchedAsync(node, new ModuleOutcome(ModuleStatus.Cancelled, time.GetUtcNow(), TimeSpan.Zero, 0, 0,
                    SkipReason: "the run was cancelled before the module started")).ConfigureAwait(false);
            }
        }
    }

    /// <summary>After cancellation, nodes whose instance never reports (it died too) are settled after the heartbeat timeout.</summary>
    private async Task GiveUpOnSilentNodesAfterCancellationAsync()
    {
        if (_cancelledAt is not { } cancelledAt || time.GetUtcNow() - cancelledAt < settings.HeartbeatTimeout)
        {
            return;
        }

        foreach (var node in _dispatched.Keys.ToList())
        {
            await SettleDispatchedAsync(node, new ModuleOutcome(ModuleStatus.Cancelled, cancelledAt, TimeSpan.Zero, 0, 0,
                SkipReason: "the run was cancelled and the instance running the module did not report back")).ConfigureAwait(false);
        }
    }

    private async Task SettleDispatchedAsync(GraphNode node, ModuleOutcome outcome)
    {
        _dispatched.Remove(node);
        _runningOn.Remove(node);
        _exclusion.Release(node);
        await SettleAsync(node, outcome).ConfigureAwait(false);
    }

    /// <summary>Finishes a node the master decided itself, publishing the result for instances that read it.</summary>
    private async Task SettleAsync(GraphNode node, ModuleOutcome outcome)
    {
        var result = node.Definition.CreateResult(outcome, value: null);
        results.Add(node, result);
        await coordinator.RecordResultAsync(codec.ToEnvelope(node, result, includeValue: false), CancellationToken.None).ConfigureAwait(false);
        progress.Finished(result);
        Finish(node, result);
    }

    private void ReportOutstanding()
    {
        var now = time.GetUtcNow();
        if (settings.Distributed && _dispatched.Count > 0 && now - _lastOutstandingReport >= OutstandingReportInterval)
        {
            _lastOutstandingReport = now;
            progress.Outstanding(_dispatched.Keys, _runningOn);
        }
    }

    private void Finish(GraphNode node, ModuleResult result)
    {
        _finished[node] = result;
        if (result.IsFailure && result.Status != ModuleStatus.Cancelled && _firstFailure is null)
        {
            _firstFailure = node;
            progress.Stopping(node);
        }

        foreach (var dependent in node.Dependents)
        {
            // A release planned on this node that did not happen (it failed, or the run is stopping) is void now.
            _planned.Remove(dependent);
            if (--_unfinishedDependencies[dependent] == 0 && !_dispatched.ContainsKey(dependent))
            {
                _ready.Add(dependent);
            }
        }
    }
}
