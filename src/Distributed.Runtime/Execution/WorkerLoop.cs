using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// One instance's worker: claims nodes from the queues it may serve while it has free slots, runs them, and
/// completes them under their fenced leases; a heartbeat renews the leases and stops modules whose lease was lost.
/// It sleeps on the coordinator's wake-up signal or a freed slot, with a slow poll as the fallback.
/// </summary>
internal sealed class WorkerLoop(
    PipelineGraph graph,
    IDistributedCoordinator coordinator,
    ModuleExecutor executor,
    ResultCache results,
    ResultCodec codec,
    WorkerSettings settings,
    ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WorkLease, CancellationTokenSource> _running = [];
    private TaskCompletionSource _slotFreed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _seenSignal;
    private int _completing;

    // Once the coordinator is lost, modules still finishing must not wait out another outage to report.
    private volatile CoordinatorLostException? _lost;

    /// <summary>Runs until the run ends, the master disappears, or <paramref name="stopToken"/> cancels the run locally.</summary>
    /// <exception cref="CoordinatorLostException">Redis stayed unreachable, or the run's state vanished from it.</exception>
    public async Task<WorkerExit> RunAsync(CancellationToken stopToken)
    {
        using var heartbeatStop = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(heartbeatStop.Token);
        var tasks = new List<Task>();
        WorkerExit exit;
        try
        {
            exit = await ClaimUntilRunEndsAsync(tasks, stopToken).ConfigureAwait(false);
        }
        finally
        {
            CancelAll();
            try
            {
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
            finally
            {
                await heartbeatStop.CancelAsync().ConfigureAwait(false);
                await heartbeat.ConfigureAwait(false);
            }
        }

        return exit;
    }

    private async Task<WorkerExit> ClaimUntilRunEndsAsync(List<Task> tasks, CancellationToken stopToken)
    {
        while (true)
        {
            Task slotFreed;
            lock (_gate)
            {
                slotFreed = _slotFreed.Task;
            }

            // One round trip takes as many nodes as there are free slots and reads the run's status with them, so an
            // idle instance woken for work that another instance took pays a single call.
            var free = stopToken.IsCancellationRequested ? 0 : settings.Slots - RunningCount();
            WorkClaim claim;
            try
            {
                claim = await coordinator.ClaimAsync(new ClaimRequest(settings.InstanceIndex, settings.Queues, free, settings.LeaseDuration), CancellationToken.None).ConfigureAwait(false);
            }
            catch (CoordinatorLostException lost)
            {
                _lost = lost;
                throw;
            }

            if (claim.Leases.Count > 0)
            {
                tasks.RemoveAll(t => t.IsCompleted);
                foreach (var lease in claim.Leases)
                {
                    Hold(lease, stopToken);
                    tasks.Add(RunLeaseAsync(lease, stopToken));
                }
            }
            else if (Exit(claim.Status, stopToken) is { } exit)
            {
                return exit;
            }

            // Once stopped locally, wake on signals only: a cancelled token would complete every wait at once and
            // spin this loop without ever yielding. The master's end of the run arrives as a signal.
            var wakeOnStop = stopToken.IsCancellationRequested ? CancellationToken.None : stopToken;
            var signal = coordinator.WaitForWorkAsync(_seenSignal, settings.PollInterval, wakeOnStop);
            await Task.WhenAny(signal, slotFreed).ConfigureAwait(false);
            if (signal.IsCompletedSuccessfully)
            {
                _seenSignal = signal.Result;
            }
        }
    }

    /// <summary>Why this worker stops, judged when it had nothing to take: the run ended, the master went silent, or it was stopped.</summary>
    private WorkerExit? Exit(RunStatus status, CancellationToken stopToken)
    {
        if (status.Outcome is { } outcome)
        {
            return outcome == RunOutcome.Completed ? WorkerExit.RunCompleted : WorkerExit.RunCancelled;
        }

        if (settings.MasterTimeout is { } masterTimeout && status.MasterSilence > masterTimeout)
        {
            return WorkerExit.MasterGone;
        }

        return stopToken.IsCancellationRequested && settings.MasterTimeout is not null ? WorkerExit.RunCancelled : null;
    }

    /// <summary>Counts the lease against the slots before its task starts, so the next claim asks for the right number.</summary>
    private void Hold(WorkLease lease, CancellationToken stopToken)
    {
        lock (_gate)
        {
            _running[lease] = CancellationTokenSource.CreateLinkedTokenSource(stopToken);
        }
    }

    /// <summary>
    /// Runs a lease in one slot, then whatever its completion claimed for the same slot: on a chain the next module
    /// arrives with the answer to the completion, without waiting for a wake-up.
    /// </summary>
    private async Task RunLeaseAsync(WorkLease first, CancellationToken stopToken)
    {
        try
        {
            for (var lease = first; lease is not null;)
            {
                lease = await RunOneAsync(lease, stopToken).ConfigureAwait(false);
            }
        }
        finally
        {
            lock (_gate)
            {
                _slotFreed.TrySetResult();
                _slotFreed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>Runs one lease to its completion; returns the lease claimed next for this slot, or null.</summary>
    private async Task<WorkLease?> RunOneAsync(WorkLease lease, CancellationToken stopToken)
    {
        CancellationTokenSource cancellation;
        lock (_gate)
        {
            cancellation = _running[lease];
        }

        IReadOnlyList<WorkLease> next = [];
        try
        {
            if (graph.Find(lease.NodeId) is not { } node)
            {
                // A queue entry this build does not know: never map foreign ids to code. Completing it clears the lease.
                logger.LogError("reject queue entry '{NodeId}': not a module of this build's graph", lease.NodeId);
                // Skipped, not Failed: a failure would stop the run, and a stranger's entry must not stop ours.
                BeginCompleting(lease);
                next = (await coordinator.CompleteAsync(lease, new ModuleResultEnvelope
                {
                    NodeId = lease.NodeId,
                    Status = ModuleStatus.Skipped,
                    SkipReason = $"'{lease.NodeId}' is not a module of this build's graph: rejected",
                    InstanceIndex = settings.InstanceIndex,
                }, NextClaim(stopToken), CancellationToken.None).ConfigureAwait(false)).Next;
                return next.Count > 0 ? next[0] : null;
            }

            var result = await executor.ExecuteAsync(node, lease.Attempt, cancellation.Token).ConfigureAwait(false);
            if (_lost is not null)
            {
                return null;
            }

            if (stopToken.IsCancellationRequested && settings.MasterTimeout is not null)
            {
                // This worker is being stopped on its own (not by the master): leave the lease to expire so the
                // master runs the module elsewhere, rather than reporting it cancelled.
                return null;
            }

            results.Add(node, result);
            var envelope = codec.ToEnvelope(node, result, settings.SerializeValues);
            BeginCompleting(lease);
            var receipt = await coordinator.CompleteAsync(lease, envelope, NextClaim(stopToken), CancellationToken.None).ConfigureAwait(false);
            next = receipt.Next;
            if (!receipt.Accepted)
            {
                results.Forget(node);
                logger.LogWarning("late   {Module}: result rejected, the lease (token {Token}) was reclaimed and the module re-queued", node.DisplayName, lease.Token);
            }
        }
        catch (CoordinatorLostException lost)
        {
            // The instance is stopping with this reason: one line from the host, not one per module.
            _lost = lost;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "could not report the result of {NodeId}; its lease will expire and the master will re-queue it", lease.NodeId);
        }
        finally
        {
            EndCompleting(lease, next, stopToken);
            cancellation.Dispose();
        }

        return next.Count > 0 ? next[0] : null;
    }

    /// <summary>One node for the slot a completion frees, unless this worker is stopping.</summary>
    private ClaimRequest? NextClaim(CancellationToken stopToken) =>
        stopToken.IsCancellationRequested ? null : new ClaimRequest(settings.InstanceIndex, settings.Queues, 1, settings.LeaseDuration);

    /// <summary>
    /// The lease is no longer held once completing (the heartbeat must not renew, or report as lost, a lease being
    /// released) but its slot stays taken until the completion answers, so the claim loop cannot fill it meanwhile.
    /// </summary>
    private void BeginCompleting(WorkLease lease)
    {
        lock (_gate)
        {
            if (_running.Remove(lease))
            {
                _completing++;
            }
        }
    }

    /// <summary>Frees the lease's slot, handing it straight to the lease its completion claimed, if any.</summary>
    private void EndCompleting(WorkLease lease, IReadOnlyList<WorkLease> next, CancellationToken stopToken)
    {
        lock (_gate)
        {
            if (!_running.Remove(lease))
            {
                _completing--;
            }

            foreach (var claimed in next)
            {
                _running[claimed] = CancellationTokenSource.CreateLinkedTokenSource(stopToken);
            }
        }
    }

    private async Task HeartbeatAsync(CancellationToken stopToken)
    {
        using var timer = new PeriodicTimer(settings.HeartbeatInterval);
        var failing = false;
        do
        {
            try
            {
                List<WorkLease> held;
                lock (_gate)
                {
                    held = [.. _running.Keys];
                }

                var lost = await coordinator.HeartbeatAsync(settings.InstanceIndex, held, settings.LeaseDuration, stopToken).ConfigureAwait(false);
                failing = false;
                foreach (var lease in lost)
                {
                    // A lease released while the beat was in flight was completed, not lost.
                    if (Cancel(lease))
                    {
                        logger.LogWarning("lost   {NodeId}: the lease (token {Token}) was reclaimed; stopping the module", lease.NodeId, lease.Token);
                    }
                }
            }
            catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
            {
                return;
            }
            catch (CoordinatorLostException lost)
            {
                // The claim loop finds the same on its next turn and stops the instance with the reason.
                _lost = lost;
            }
            catch (Exception exception)
            {
                // A failed beat is retried on the next tick; the lease outlives several intervals. One line per outage:
                // a beat every fraction of a second would otherwise flood the log while Redis restarts.
                if (!failing)
                {
                    logger.LogWarning("heartbeat failed: {Message}", exception.Message);
                }

                failing = true;
            }
        }
        while (await WaitForTickAsync(timer, stopToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitForTickAsync(PeriodicTimer timer, CancellationToken stopToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stopToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private int RunningCount()
    {
        lock (_gate)
        {
            return _running.Count + _completing;
        }
    }

    /// <summary>Stops the module of a lease this instance still holds; false when it no longer holds it.</summary>
    private bool Cancel(WorkLease lease)
    {
        lock (_gate)
        {
            if (!_running.TryGetValue(lease, out var cancellation))
            {
                return false;
            }

            cancellation.Cancel();
            return true;
        }
    }

    private void CancelAll()
    {
        lock (_gate)
        {
            foreach (var cancellation in _running.Values)
            {
                cancellation.Cancel();
            }
        }
    }
}
