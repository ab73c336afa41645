namespace ModularPipelines.Distributed;

/// <summary>
/// Watches what the coordinator holds, off the dispatch path and a few times a second at most: it requeues a node
/// whose instance stopped renewing its lease (or fails it once no attempts are left), skips a queued node whose optional
/// capability no instance advertises once every instance has joined, fails a queued node that no live instance can
/// serve once it has waited the capability timeout, gives up on nodes whose instance stays silent after
/// cancellation, and reports what is outstanding.
/// </summary>
internal sealed class RunSupervisor(
    PipelineGraph graph,
    IDistributedCoordinator coordinator,
    NodeTable nodes,
    NodeFinisher finisher,
    QueuePlan queues,
    PipelineProgress progress,
    SchedulerSettings settings,
    TimeProvider time)
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan OutstandingReportInterval = TimeSpan.FromSeconds(10);
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();
    private readonly Dictionary<int, DateTimeOffset> _lastSeenLive = [];
    private DateTimeOffset _lastCheck;
    private DateTimeOffset _lastOutstandingReport = time.GetUtcNow();

    /// <summary>Runs the checks unless they ran less than <see cref="CheckInterval"/> ago.</summary>
    /// <param name="cancelledAt">When the run's cancellation began, or null.</param>
    /// <param name="cancellationToken">Cancels the coordinator calls.</param>
    public async Task SuperviseAsync(DateTimeOffset? cancelledAt, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _lastCheck < CheckInterval)
        {
            return;
        }

        _lastCheck = time.GetUtcNow();
        await RecoverExpiredLeasesAsync(cancelled: cancelledAt is not null, cancellationToken).ConfigureAwait(false);
        await SkipNodesMissingAnOptionalCapabilityAsync(cancellationToken).ConfigureAwait(false);
        await FailUnservableNodesAsync(cancellationToken).ConfigureAwait(false);
        await GiveUpOnSilentNodesAsync(cancelledAt, cancellationToken).ConfigureAwait(false);
        await ReportOutstandingAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A node whose lease expired was held by an instance that died or stalled: run it again elsewhere.</summary>
    private async Task RecoverExpiredLeasesAsync(bool cancelled, CancellationToken cancellationToken)
    {
        foreach (var lease in await coordinator.ReclaimExpiredLeasesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (graph.Find(lease.NodeId) is not { } node || !nodes.IsOutstanding(node))
            {
                continue;
            }

            var maxAttempts = node.Definition.RetriesWith(settings.DefaultRetryCount) + 1 + settings.LeaseRecoveries;
            if (lease.Attempt < maxAttempts && !cancelled)
            {
                progress.Requeued(node, lease);
                var retry = queues.ItemFor(node, lease.Attempt + 1);
                nodes.Queue(node, retry, time.GetUtcNow());
                await coordinator.EnqueueAsync([retry], [], cancellationToken).ConfigureAwait(false);
                continue;
            }

            var lost = new TimeoutException(
                $"instance {lease.InstanceIndex} stopped renewing its lease on {node.DisplayName} (attempt {lease.Attempt}) and no attempts are left");
            await finisher.SettleAsync(node, new ModuleOutcome(ModuleStatus.Failed, time.GetUtcNow(), TimeSpan.Zero, lease.Attempt, lease.InstanceIndex, ModuleError.FromException(lost)),
                stoppedByFailure: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A queued node that may do without a capability nobody in the run has is skipped without waiting the timeout.</summary>
    private async Task SkipNodesMissingAnOptionalCapabilityAsync(CancellationToken cancellationToken)
    {
        var optional = settings.Distributed
            ? nodes.Outstanding().Where(n => n.Definition.OptionalCapabilities.Count > 0 && nodes.StateOf(n) == NodeState.Queued).ToList()
            : [];
        if (optional.Count == 0)
        {
            return;
        }

        var live = await coordinator.GetLiveInstancesAsync(settings.HeartbeatTimeout, cancellationToken).ConfigureAwait(false);
        foreach (var node in optional)
        {
            if (OptionalCapabilityRule.SkipReason(node, live, settings.TotalInstances) is not { } reason
                || !await coordinator.WithdrawAsync(nodes.ItemOf(node), cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            await finisher.SettleAsync(node, new ModuleOutcome(ModuleStatus.Skipped, time.GetUtcNow(), TimeSpan.Zero, 0, 0, SkipReason: reason),
                stoppedByFailure: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A queued node whose queue no live instance serves fails once it has waited the capability timeout.</summary>
    private async Task FailUnservableNodesAsync(CancellationToken cancellationToken)
    {
        if (!settings.Distributed)
        {
            return;
        }

        var now = time.GetUtcNow();
        var overdue = nodes.Outstanding().Where(n => now - nodes.EnqueuedAtOf(n) >= settings.CapabilityTimeout).ToList();
        if (overdue.Count == 0)
        {
            return;
        }

        var live = await coordinator.GetLiveInstancesAsync(settings.HeartbeatTimeout, cancellationToken).ConfigureAwait(false);
        var served = live.SelectMany(i => queues.QueuesServedBy(i.InstanceIndex, i.Capabilities)).ToHashSet(StringComparer.Ordinal);
        foreach (var node in overdue)
        {
            var item = nodes.ItemOf(node);
            var enqueuedAt = nodes.EnqueuedAtOf(node);
            if (served.Contains(item.Queue) || !await coordinator.WithdrawAsync(item, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var capabilities = queues.CapabilitiesOf(item.Queue);
            var unservable = new TimeoutException(
                $"no live instance advertises capability {string.Join(", ", capabilities)} needed by {node.DisplayName}; waited {DurationText.Format(now - enqueuedAt)}. Start a worker with --capability {(capabilities is [var first, ..] ? first : "NAME")}, or raise DistributedOptions.CapabilityTimeoutSeconds.");
            await finisher.SettleAsync(node, new ModuleOutcome(ModuleStatus.Failed, enqueuedAt, now - enqueuedAt, 0, 0, ModuleError.FromException(unservable)),
                stoppedByFailure: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>After cancellation, nodes whose instance never reports (it died too) are settled after the heartbeat timeout.</summary>
    private async Task GiveUpOnSilentNodesAsync(DateTimeOffset? cancelledAt, CancellationToken cancellationToken)
    {
        if (cancelledAt is not { } since || time.GetUtcNow() - since < settings.HeartbeatTimeout)
        {
            return;
        }

        foreach (var node in nodes.Outstanding())
        {
            await finisher.SettleAsync(node, new ModuleOutcome(ModuleStatus.Cancelled, since, TimeSpan.Zero, 0, 0,
                SkipReason: "the run was cancelled and the instance running the module did not report back"), stoppedByFailure: false, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReportOutstandingAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (settings.Distributed && nodes.OutstandingCount > 0 && now - _lastOutstandingReport >= OutstandingReportInterval)
        {
            _lastOutstandingReport = now;
            var outstanding = nodes.Outstanding();
            progress.Outstanding(
                [.. outstanding.Where(n => nodes.StateOf(n) == NodeState.Running).Select(n => (n, nodes.InstanceOf(n)))],
                [.. outstanding.Where(n => nodes.StateOf(n) == NodeState.Queued)],
                await MissingInstancesAsync(now, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// The expected instances that are not live now, each with whether it never joined or when it was last seen: a run
    /// that waits on work nobody can take says whose absence it waits on.
    /// </summary>
    private async Task<IReadOnlyList<MissingInstance>> MissingInstancesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (settings.TotalInstances <= 1)
        {
            return [];
        }

        var live = await coordinator.GetLiveInstancesAsync(settings.HeartbeatTimeout, cancellationToken).ConfigureAwait(false);
        foreach (var instance in live)
        {
            _lastSeenLive[instance.InstanceIndex] = now;
        }

        var liveIndexes = live.Select(i => i.InstanceIndex).ToHashSet();
        return [.. Enumerable.Range(0, settings.TotalInstances)
            .Where(index => !liveIndexes.Contains(index))
            .Select(index => new MissingInstance(index, _lastSeenLive.TryGetValue(index, out var seen) ? now - seen : null, now - _startedAt))];
    }
}
