namespace ModularPipelines.Distributed;

/// <summary>
/// The master's view of the run. Every node is in one <see cref="NodeState"/> of the <see cref="NodeTable"/>; each turn
/// the scheduler settles the ready nodes the <see cref="StartRule"/> refuses and queues the rest, critical path first,
/// into the queue of their capability set and pinning, holding back nodes whose <see cref="NotInParallelAttribute"/>
/// keys are held anywhere in the run (the master is the only scheduler, so its key table is global). Then it sleeps
/// until woken, learns starts and results from the coordinator's event log, takes back queued work after a failure or
/// cancellation, and lets the <see cref="RunSupervisor"/> look after leases, capability waits and progress.
/// </summary>
internal sealed class MasterScheduler
{
    /// <summary>
    /// Starts on other instances are logged but not signalled (a wake-up per claim would cost the master a round trip
    /// per module), so a distributed master reads the log at least this often to show them while they run.
    /// </summary>
    private static readonly TimeSpan StartsReadInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long after Ctrl-C the coordinator still gets to answer: Ctrl-C must end the run within 2 s even while it is
    /// unreachable (a call it cannot answer waits out the whole outage), so calls past this are cancelled, and the
    /// master settles what is left itself.
    /// </summary>
    private static readonly TimeSpan WindDownGrace = TimeSpan.FromSeconds(1);
    private readonly PipelineGraph _graph;
    private readonly IDistributedCoordinator _coordinator;
    private readonly QueuePlan _queues;
    private readonly PipelineProgress _progress;
    private readonly SchedulerSettings _settings;
    private readonly TimeProvider _time;
    private readonly NodeTable _nodes;
    private readonly ExclusionKeys _exclusion = new();
    private readonly StartRule _rule;
    private readonly NodeFinisher _finisher;
    private readonly RunSupervisor _supervisor;
    private string? _cursor;
    private DateTimeOffset? _cancelledAt;
    private long _seenSignal;

    public MasterScheduler(
        PipelineGraph graph,
        IDistributedCoordinator coordinator,
        QueuePlan queues,
        ResultCache results,
        ResultCodec codec,
        PipelineProgress progress,
        SchedulerSettings settings,
        TimeProvider time,
        RunTimeline? timeline = null)
    {
        _graph = graph;
        _coordinator = coordinator;
        _queues = queues;
        _progress = progress;
        _settings = settings;
        _time = time;
        _nodes = new NodeTable(graph.Nodes, timeline, settings.LeftOut);
        _rule = new StartRule(settings);
        _finisher = new NodeFinisher(_nodes, _exclusion, results, codec, progress, coordinator, time);
        _supervisor = new RunSupervisor(graph, coordinator, _nodes, _finisher, queues, progress, settings, time);
    }

    /// <summary>
    /// Runs every node to a result and ends the run; returns the results in graph order. Cancelled, it returns within
    /// about <see cref="WindDownGrace"/> even when the coordinator does not answer.
    /// </summary>
    public async Task<IReadOnlyList<ModuleResult>> RunAsync(CancellationToken runToken)
    {
        // Every coordinator call gets this token: it lasts the run, and the wind-down's grace after Ctrl-C.
        using var calls = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        using var graceOnCancel = runToken.Register(() => calls.CancelAfter(WindDownGrace));
        try
        {
            await ScheduleAsync(runToken, calls.Token).ConfigureAwait(false);
            await _coordinator.EndRunAsync(_cancelledAt is null ? RunOutcome.Completed : RunOutcome.Cancelled, calls.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (calls.IsCancellationRequested)
        {
            SettleUnfinishedLocally();
        }

        return _nodes.Results();
    }

    private async Task ScheduleAsync(CancellationToken runToken, CancellationToken calls)
    {
        while (true)
        {
            await DispatchReadyAsync(runToken, calls).ConfigureAwait(false);
            if (_nodes.AllFinished)
            {
                return;
            }

            if (runToken.IsCancellationRequested && _cancelledAt is null)
            {
                await BeginCancellationAsync(calls).ConfigureAwait(false);
                continue;
            }

            await WaitAsync(runToken).ConfigureAwait(false);
            await CollectCompletionsAsync(calls).ConfigureAwait(false);
            await WithdrawAfterFailureAsync(calls).ConfigureAwait(false);
            await WithdrawAfterCancellationAsync(calls).ConfigureAwait(false);

            // Dependents of what just completed are queued first (the next turn dispatches before it waits).
            await _supervisor.SuperviseAsync(_cancelledAt, calls).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The run was cancelled and the coordinator did not answer within the grace: no instance can learn these results,
    /// but the run can still end, with its summary and exit code. Dependencies go first (a node's critical path is
    /// longer than any of its dependents'), so each node is ready or outstanding when its turn comes.
    /// </summary>
    private void SettleUnfinishedLocally()
    {
        var outcome = new ModuleOutcome(ModuleStatus.Cancelled, _cancelledAt ?? _time.GetUtcNow(), TimeSpan.Zero, 0, 0,
            SkipReason: "the run was cancelled while the coordinator was unreachable");
        foreach (var node in _nodes.Unfinished().OrderByDescending(n => n.CriticalPathLength))
        {
            _finisher.SettleLocally(node, outcome);
        }
    }

    /// <summary>
    /// Settles the ready nodes that may not start and queues the rest while slots and exclusion keys allow, repeating
    /// because settling a node can make its dependents ready.
    /// </summary>
    private async Task DispatchReadyAsync(CancellationToken runToken, CancellationToken cancellationToken)
    {
        var dispatched = new List<GraphNode>();
        bool settledAny;
        do
        {
            settledAny = false;
            foreach (var node in _nodes.ReadyInPriorityOrder())
            {
                if (_rule.RefusalFor(node, _nodes, runToken.IsCancellationRequested) is { } refusal)
                {
                    await _finisher.SettleAsync(node, refusal.ToOutcome(_time.GetUtcNow()), refusal.BecauseOfFailure, cancellationToken).ConfigureAwait(false);
                    settledAny = true;
                }
                else if ((_settings.DispatchLimit is not { } limit || _nodes.OutstandingCount < limit) && _exclusion.TryAcquire(node))
                {
                    _nodes.Queue(node, _queues.ItemFor(node, attempt: 1), _time.GetUtcNow());
                    dispatched.Add(node);
                }
            }
        }
        while (settledAny);

        // One call and one wake-up for everything released this turn, in priority order.
        if (dispatched.Count > 0)
        {
            await _coordinator.EnqueueAsync([.. dispatched.Select(_nodes.ItemOf)], PlanReleases(dispatched), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The dependents of the dispatched nodes that the coordinator may queue itself the moment their dependency
    /// succeeds, sparing the hop through this scheduler: only where nothing else could hold them back. A dependent
    /// qualifies when the node it waits on is the only one it still waits for, it has no exclusion keys, nothing limits
    /// dispatch, and the run is neither stopping nor cancelled. Planning follows chains (a planned node's own sole
    /// dependents are planned on it), all in the same call that queues the batch, so a plan always exists before the
    /// node it waits on can complete. Everything else goes through <see cref="DispatchReadyAsync"/>.
    /// </summary>
    private List<WorkRelease> PlanReleases(List<GraphNode> dispatched)
    {
        var releases = new List<WorkRelease>();
        if (_settings.DispatchLimit is not null || _nodes.FirstFailure is not null || _cancelledAt is not null)
        {
            return releases;
        }

        var pending = new Stack<GraphNode>(dispatched);
        while (pending.TryPop(out var node))
        {
            foreach (var dependent in node.Dependents)
            {
                if (_nodes.StateOf(dependent) == NodeState.Waiting
                    && _nodes.UnfinishedDependenciesOf(dependent) == 1
                    && dependent.Definition.NotInParallelKeys.Count == 0
                    && _settings.LeftOut?.ContainsKey(dependent) != true
                    && !(dependent.Definition.PinToMaster && dependent.Definition.RequiredCapabilities.Count > 0))
                {
                    var release = _queues.ItemFor(dependent, attempt: 1);
                    _nodes.Plan(dependent, release);
                    releases.Add(new WorkRelease(node.Id, release));
                    pending.Push(dependent);
                }
            }
        }

        return releases;
    }

    private async Task WaitAsync(CancellationToken runToken)
    {
        try
        {
            // Once cancelling, a cancelled token would end every wait at once and spin this loop.
            var wakeOnCancel = _cancelledAt is null ? runToken : CancellationToken.None;
            var timeout = _settings.Distributed && StartsReadInterval < _settings.PollInterval ? StartsReadInterval : _settings.PollInterval;
            _seenSignal = await _coordinator.WaitForCompletionsAsync(_seenSignal, timeout, wakeOnCancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            // Woken by Ctrl-C: the loop cancels the run on its next turn.
        }
    }

    private async Task CollectCompletionsAsync(CancellationToken cancellationToken)
    {
        var batch = await _coordinator.ReadCompletionsAsync(_cursor, cancellationToken).ConfigureAwait(false);
        _cursor = batch.Cursor;

        // Queued by the coordinator as their dependency's result was accepted: they are queued, not ready. Read before
        // the results, whose acceptance would otherwise void the plan.
        foreach (var id in batch.Released)
        {
            if (_graph.Find(id) is { } released)
            {
                _nodes.TryRelease(released, _time.GetUtcNow());
            }
        }

        foreach (var lease in batch.Started)
        {
            if (_graph.Find(lease.NodeId) is { } started && _nodes.TryStart(started, lease, _time.GetUtcNow()))
            {
                _progress.StartedOn(started, lease);
            }
        }

        // A module's lines were logged (and so are read) before its result.
        foreach (var output in batch.Output)
        {
            if (_graph.Find(output.NodeId) is { } node)
            {
                _progress.Output(node, output);
            }
        }

        foreach (var envelope in batch.Results)
        {
            if (_graph.Find(envelope.NodeId) is { } node && _nodes.IsOutstanding(node))
            {
                _finisher.Accept(node, envelope);
            }
        }
    }

    /// <summary>After a failure no new module starts except always-run ones: take back what is still queued.</summary>
    private async Task WithdrawAfterFailureAsync(CancellationToken cancellationToken)
    {
        if (_nodes.FirstFailure is not { } failure)
        {
            return;
        }

        var stopped = StartRefusal.PipelineStopped(failure);
        foreach (var node in _nodes.Outstanding().Where(n => !n.Definition.AlwaysRun))
        {
            if (await _coordinator.WithdrawAsync(_nodes.ItemOf(node), cancellationToken).ConfigureAwait(false))
            {
                await _finisher.SettleAsync(node, stopped.ToOutcome(_time.GetUtcNow()), stopped.BecauseOfFailure, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Cancels the run everywhere: queued nodes are withdrawn at once, running ones report as they stop.</summary>
    private async Task BeginCancellationAsync(CancellationToken cancellationToken)
    {
        _cancelledAt = _time.GetUtcNow();
        await _coordinator.EndRunAsync(RunOutcome.Cancelled, cancellationToken).ConfigureAwait(false);
        await WithdrawAfterCancellationAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After cancellation nothing is claimed any more: settle what is still queued, including nodes the coordinator
    /// released just before the run ended, which this scheduler learns of only afterwards.
    /// </summary>
    private async Task WithdrawAfterCancellationAsync(CancellationToken cancellationToken)
    {
        if (_cancelledAt is null)
        {
            return;
        }

        foreach (var node in _nodes.Outstanding().Where(n => _nodes.StateOf(n) == NodeState.Queued))
        {
            if (await _coordinator.WithdrawAsync(_nodes.ItemOf(node), cancellationToken).ConfigureAwait(false))
            {
                var cancelled = StartRefusal.RunCancelled;
                await _finisher.SettleAsync(node, cancelled.ToOutcome(_time.GetUtcNow()), cancelled.BecauseOfFailure, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
