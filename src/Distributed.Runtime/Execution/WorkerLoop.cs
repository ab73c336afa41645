using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// One instance's worker: claims nodes from the queues it may serve while it has free slots, runs them, and completes
/// them under their fenced leases. Keeping the leases (heartbeats, lost leases) is the <see cref="LeaseKeeper"/>'s job
/// and counting slots the <see cref="WorkerSlots"/>'; this loop only claims, runs and completes. It sleeps on the
/// coordinator's wake-up signal or a freed slot, with a slow poll as the fallback.
/// </summary>
internal sealed class WorkerLoop
{
    /// <summary>
    /// How long calls to the coordinator may still take once this instance is stopping: enough to report what finished,
    /// short enough that Ctrl-C during a Redis outage ends the instance at once rather than at the outage timeout.
    /// </summary>
    public static readonly TimeSpan WindDownGrace = TimeSpan.FromSeconds(1);

    private readonly PipelineGraph _graph;
    private readonly IDistributedCoordinator _coordinator;
    private readonly ModuleExecutor _executor;
    private readonly ResultCache _results;
    private readonly ResultCodec _codec;
    private readonly WorkerSettings _settings;
    private readonly ILogger _logger;
    private readonly LeaseKeeper _leases;
    private readonly WorkerSlots _slots;
    private readonly ModuleOutputShipper? _output;
    private readonly TimeProvider _time;
    private long _seenSignal;

    // Once the coordinator is lost, modules still finishing must not wait out another outage to report.
    private volatile CoordinatorLostException? _lost;

    public WorkerLoop(
        PipelineGraph graph,
        IDistributedCoordinator coordinator,
        ModuleExecutor executor,
        ResultCache results,
        ResultCodec codec,
        WorkerSettings settings,
        ILogger logger,
        ModuleOutputShipper? output = null,
        TimeProvider? time = null)
    {
        _graph = graph;
        _coordinator = coordinator;
        _executor = executor;
        _results = results;
        _codec = codec;
        _settings = settings;
        _logger = logger;
        _leases = new LeaseKeeper(coordinator, settings.InstanceIndex, settings.HeartbeatInterval, settings.LeaseDuration, logger);
        _slots = new WorkerSlots(settings.Slots);
        _output = output;
        _time = time ?? TimeProvider.System;
    }

    private CoordinatorLostException? Lost => _lost ?? _leases.Lost;

    /// <summary>Runs until the run ends, the master disappears, or <paramref name="stopToken"/> cancels the run locally.</summary>
    /// <exception cref="CoordinatorLostException">Redis stayed unreachable, or the run's state vanished from it.</exception>
    public async Task<WorkerExit> RunAsync(CancellationToken stopToken)
    {
        using var heartbeatStop = new CancellationTokenSource();
        using var windDown = new CancellationTokenSource();
        using var windDownOnStop = stopToken.Register(() => windDown.CancelAfter(WindDownGrace));
        var heartbeat = _leases.RunAsync(heartbeatStop.Token);
        var shipping = _output?.RunAsync(heartbeatStop.Token) ?? Task.CompletedTask;
        var tasks = new List<Task>();
        WorkerExit exit;
        try
        {
            exit = await ClaimUntilRunEndsAsync(tasks, stopToken, windDown.Token).ConfigureAwait(false);
        }
        finally
        {
            _leases.CancelAll();
            try
            {
                await Task.WhenAll(tasks).ConfigureAwait(false);
            }
            finally
            {
                await heartbeatStop.CancelAsync().ConfigureAwait(false);
                await heartbeat.ConfigureAwait(false);
                await shipping.ConfigureAwait(false);
            }
        }

        return exit;
    }

    /// <param name="tasks">The slots' tasks, awaited when the loop ends.</param>
    /// <param name="stopToken">Stops this instance: no new claims, modules cancelled.</param>
    /// <param name="callToken">Ends coordinator calls that still wait <see cref="WindDownGrace"/> after the stop.</param>
    private async Task<WorkerExit> ClaimUntilRunEndsAsync(List<Task> tasks, CancellationToken stopToken, CancellationToken callToken)
    {
        while (true)
        {
            var slotFreed = _slots.WhenFreed;

            // One round trip takes as many nodes as there are free slots and reads the run's status with them, so an
            // idle instance woken for work that another instance took pays a single call.
            var free = stopToken.IsCancellationRequested ? 0 : _slots.Free;
            WorkClaim claim;
            try
            {
                if (Lost is { } lost)
                {
                    throw lost;
                }

                claim = await _coordinator.ClaimAsync(new ClaimRequest(_settings.InstanceIndex, _settings.Queues, free, _settings.LeaseDuration), callToken).ConfigureAwait(false);
            }
            catch (CoordinatorLostException lost)
            {
                _lost = lost;
                throw;
            }
            catch (OperationCanceledException) when (callToken.IsCancellationRequested)
            {
                // Stopping, and the coordinator cannot be reached to learn how the run ended: it is over for this instance.
                return WorkerExit.RunCancelled;
            }

            if (claim.Leases.Count > 0)
            {
                tasks.RemoveAll(t => t.IsCompleted);
                _slots.Take(claim.Leases.Count);
                foreach (var lease in claim.Leases)
                {
                    tasks.Add(RunSlotAsync(lease, stopToken, callToken));
                }
            }
            else if (Exit(claim.Status, stopToken) is { } exit)
            {
                return exit;
            }

            // Once stopped locally, wake on signals only: a cancelled token would complete every wait at once and
            // spin this loop without ever yielding. The master's end of the run arrives as a signal.
            var wakeOnStop = stopToken.IsCancellationRequested ? callToken : stopToken;
            var signal = _coordinator.WaitForWorkAsync(_seenSignal, _settings.PollInterval, wakeOnStop);
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

        if (_settings.MasterTimeout is { } masterTimeout && status.MasterSilence > masterTimeout)
        {
            return WorkerExit.MasterGone;
        }

        return stopToken.IsCancellationRequested && _settings.MasterTimeout is not null ? WorkerExit.RunCancelled : null;
    }

    /// <summary>
    /// Runs a lease in one slot, then whatever its completion claimed for the same slot: on a chain the next module
    /// arrives with the answer to the completion, without waiting for a wake-up.
    /// </summary>
    private async Task RunSlotAsync(WorkLease first, CancellationToken stopToken, CancellationToken callToken)
    {
        try
        {
            for (var lease = first; lease is not null;)
            {
                lease = await RunOneAsync(lease, stopToken, callToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Runs one lease to its completion; returns the lease claimed next for this slot, or null.</summary>
    private async Task<WorkLease?> RunOneAsync(WorkLease lease, CancellationToken stopToken, CancellationToken callToken)
    {
        var moduleToken = _leases.Hold(lease, stopToken);
        try
        {
            if (_graph.Find(lease.NodeId) is not { } node)
            {
                // A queue entry this build does not know: never map foreign ids to code. Completing it clears the lease.
                _logger.LogError("reject queue entry '{NodeId}': not a module of this build's graph", lease.NodeId);
                _leases.Release(lease);
                // Skipped, not Failed: a failure would stop the run, and a stranger's entry must not stop ours.
                return await CompleteAsync(lease, new ModuleResultEnvelope
                {
                    NodeId = lease.NodeId,
                    Status = ModuleStatus.Skipped,
                    SkipReason = $"'{lease.NodeId}' is not a module of this build's graph: rejected",
                    InstanceIndex = _settings.InstanceIndex,
                }, stopToken, callToken).ConfigureAwait(false);
            }

            ModuleResult result;
            _output?.Begin(node.Id);
            using var span = ModuleSpan.Start(node, lease.Attempt, _settings.InstanceIndex, _settings.RunTrace, _results, _time);
            using (ModuleOutputScope.Enter(node.Id))
            {
                result = await _executor.ExecuteAsync(node, lease.Attempt, moduleToken).ConfigureAwait(false);
            }

            if (span is not null)
            {
                await span.EndAsync(result).ConfigureAwait(false);
            }

            _leases.Release(lease);
            if (Lost is not null)
            {
                return null;
            }

            if (stopToken.IsCancellationRequested && _settings.MasterTimeout is not null)
            {
                // This worker is being stopped on its own (not by the master): leave the lease to expire so the
                // master runs the module elsewhere, rather than reporting it cancelled.
                return null;
            }

            _results.Add(node, result);
            var envelope = _codec.ToEnvelope(node, result, _settings.SerializeValues);

            // The last lines go with the completion, which the master reads after them.
            return await CompleteAsync(lease, envelope, stopToken, callToken, node, _output?.TakeLast(node.Id)).ConfigureAwait(false);
        }
        catch (CoordinatorLostException lost)
        {
            // The instance is stopping with this reason: one line from the host, not one per module.
            _lost = lost;
        }
        catch (OperationCanceledException) when (callToken.IsCancellationRequested)
        {
            // Stopping while the coordinator is unreachable: the master settles what was not reported.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "could not report the result of {NodeId}; its lease will expire and the master will re-queue it", lease.NodeId);
        }
        finally
        {
            _leases.Release(lease);
        }

        return null;
    }

    /// <summary>Reports a result and returns the lease its completion claimed for the same slot, if any.</summary>
    private async Task<WorkLease?> CompleteAsync(
        WorkLease lease, ModuleResultEnvelope envelope, CancellationToken stopToken, CancellationToken callToken, GraphNode? node = null, ModuleOutput? output = null)
    {
        // One node for the slot a completion frees, unless this worker is stopping.
        var next = stopToken.IsCancellationRequested ? null : new ClaimRequest(_settings.InstanceIndex, _settings.Queues, 1, _settings.LeaseDuration);
        var receipt = await _coordinator.CompleteAsync(lease, envelope, output, next, callToken).ConfigureAwait(false);
        if (!receipt.Accepted && node is not null)
        {
            _results.Forget(node);
            _logger.LogWarning("late   {Module}: result rejected, the lease (token {Token}) was reclaimed and the module re-queued", node.DisplayName, lease.Token);
        }

        return receipt.Next.Count > 0 ? receipt.Next[0] : null;
    }
}
