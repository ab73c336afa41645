namespace ModularPipelines.Distributed;

/// <summary>
/// The master's record of every node: its <see cref="NodeState"/> and what goes with that state (the work item and
/// when it was queued, the instance running it, the result). Only these transitions change a state, and any other
/// throws, because it would mean the scheduler lost track of a node:
/// <list type="bullet">
/// <item>Waiting → Ready when its last dependency finishes, or → Planned when a release is planned on that dependency;</item>
/// <item>Planned → Queued when the coordinator releases it, or → Ready when the dependency finishes without doing so;</item>
/// <item>Ready → Queued when dispatched, or → Finished when settled without running;</item>
/// <item>Queued → Running when an instance claims it; Running → Queued when requeued after its lease expired;</item>
/// <item>Queued or Running → Finished with a reported result, or one the master settled.</item>
/// </list>
/// Given a <see cref="RunTimeline"/>, it records there when each attempt was queued, claimed and finished.
/// </summary>
internal sealed class NodeTable
{
    private readonly IReadOnlyList<GraphNode> _nodes;
    private readonly Dictionary<GraphNode, Entry> _entries = [];
    private readonly ReadyQueue _ready = new();
    private readonly RunTimeline? _timeline;

    // Queued or running, in dispatch order: what the coordinator holds, which the master re-examines every turn.
    private readonly HashSet<GraphNode> _outstanding = [];
    private int _finished;

    /// <param name="nodes">The graph's nodes.</param>
    /// <param name="timeline">Where to record attempts, or null.</param>
    /// <param name="leftOut">
    /// The nodes the run's selection leaves out, or null. Those that nodes of the run wait for only as optional
    /// dependencies are ready at once, not after their own dependencies: they are skipped, and what waits for them
    /// should not wait longer than that takes.
    /// </param>
    public NodeTable(IReadOnlyList<GraphNode> nodes, RunTimeline? timeline = null, IReadOnlyDictionary<GraphNode, string>? leftOut = null)
    {
        _nodes = nodes;
        _timeline = timeline;
        foreach (var node in nodes)
        {
            var entry = new Entry(node.Dependencies.Count);
            _entries[node] = entry;
            if (entry.UnfinishedDependencies == 0 || (leftOut is not null && IsAwaitedOnlyOptionally(node, leftOut)))
            {
                MakeReady(node, entry);
            }
        }
    }

    /// <summary>The first node that failed or timed out (a cancellation is not a failure here), or null.</summary>
    public GraphNode? FirstFailure { get; private set; }

    public bool AllFinished => _finished == _nodes.Count;

    /// <summary>How many nodes are queued or running.</summary>
    public int OutstandingCount => _outstanding.Count;

    public NodeState StateOf(GraphNode node) => _entries[node].State;

    public bool IsOutstanding(GraphNode node) => _outstanding.Contains(node);

    /// <summary>The nodes that wait for nothing, longest remaining path first (a copy: settling or queuing them is fine).</summary>
    public IReadOnlyList<GraphNode> ReadyInPriorityOrder() => _ready.InPriorityOrder();

    /// <summary>The queued and running nodes, in dispatch order (a copy).</summary>
    public IReadOnlyList<GraphNode> Outstanding() => [.. _outstanding];

    /// <summary>The nodes without a result yet, in graph order.</summary>
    public IReadOnlyList<GraphNode> Unfinished() => [.. _nodes.Where(n => _entries[n].State != NodeState.Finished)];

    /// <summary>How many of the node's dependencies have not finished.</summary>
    public int UnfinishedDependenciesOf(GraphNode node) => _entries[node].UnfinishedDependencies;

    /// <summary>The item of a queued or running node: its queue and current attempt.</summary>
    public WorkItem ItemOf(GraphNode node) => Expect(node, NodeState.Queued, NodeState.Running).Item!;

    /// <summary>When a queued or running node's current attempt was queued.</summary>
    public DateTimeOffset EnqueuedAtOf(GraphNode node) => Expect(node, NodeState.Queued, NodeState.Running).EnqueuedAt;

    /// <summary>The instance that claimed a running node.</summary>
    public int InstanceOf(GraphNode node) => Expect(node, NodeState.Running).InstanceIndex;

    public ModuleResult ResultOf(GraphNode node) => Expect(node, NodeState.Finished).Result!;

    /// <summary>Whether a finished node did not run because a failure stopped it (not, say, for want of a capability).</summary>
    public bool StoppedByFailure(GraphNode node) => Expect(node, NodeState.Finished).StoppedByFailure;

    /// <summary>Every node's result, in graph order, once all have finished.</summary>
    public IReadOnlyList<ModuleResult> Results() => [.. _nodes.Select(ResultOf)];

    /// <summary>Waiting → Planned: the coordinator queues <paramref name="release"/> itself when the node's last dependency succeeds.</summary>
    public void Plan(GraphNode node, WorkItem release)
    {
        var entry = Expect(node, NodeState.Waiting);
        entry.Item = release;
        entry.State = NodeState.Planned;
    }

    /// <summary>Planned → Queued, when the coordinator reports it released the node.</summary>
    /// <returns>False, changing nothing, when the node is not planned.</returns>
    public bool TryRelease(GraphNode node, DateTimeOffset at)
    {
        var entry = _entries[node];
        if (entry.State != NodeState.Planned)
        {
            return false;
        }

        EnterQueue(node, entry, entry.Item!, at);
        _timeline?.Released(node);
        return true;
    }

    /// <summary>Ready → Queued (dispatched), or Queued or Running → Queued with a new attempt (requeued after a lost lease).</summary>
    public void Queue(GraphNode node, WorkItem item, DateTimeOffset at)
    {
        var entry = Expect(node, NodeState.Ready, NodeState.Queued, NodeState.Running);
        _ready.Remove(node);
        EnterQueue(node, entry, item, at);
    }

    /// <summary>Queued or Running → Running on <paramref name="instanceIndex"/>, when the event log reports a claim.</summary>
    /// <returns>False, changing nothing, when the node is neither queued nor running.</returns>
    public bool TryStart(GraphNode node, int instanceIndex)
    {
        var entry = _entries[node];
        if (entry.State is not (NodeState.Queued or NodeState.Running))
        {
            return false;
        }

        entry.State = NodeState.Running;
        entry.InstanceIndex = instanceIndex;
        return true;
    }

    /// <summary>As <see cref="TryStart(GraphNode, int)"/> for the claim <paramref name="lease"/>, which the master read at <paramref name="seenAt"/>.</summary>
    public bool TryStart(GraphNode node, WorkLease lease, DateTimeOffset seenAt)
    {
        if (!TryStart(node, lease.InstanceIndex))
        {
            return false;
        }

        _timeline?.Claimed(node, lease, seenAt);
        return true;
    }

    /// <summary>
    /// Ready, Queued or Running → Finished. Each dependent that now waits for nothing becomes Ready, a planned one
    /// included (its release did not happen, so the plan is void); a dependent the coordinator already released stays queued.
    /// </summary>
    /// <param name="node">The node.</param>
    /// <param name="result">Its result.</param>
    /// <param name="stoppedByFailure">Whether it did not run because a failure stopped it.</param>
    /// <param name="reportedByInstance">Whether the instance that ran it reported the result (else the master decided it).</param>
    /// <returns>True when this result is the run's first failure.</returns>
    public bool Finish(GraphNode node, ModuleResult result, bool stoppedByFailure, bool reportedByInstance = false)
    {
        var entry = Expect(node, NodeState.Ready, NodeState.Queued, NodeState.Running);
        _ready.Remove(node);
        _outstanding.Remove(node);
        entry.State = NodeState.Finished;
        entry.Result = result;
        entry.StoppedByFailure = stoppedByFailure;
        _finished++;
        _timeline?.Finished(node, result, reportedByInstance);

        foreach (var dependent in node.Dependents)
        {
            var waiting = _entries[dependent];
            if (--waiting.UnfinishedDependencies == 0 && waiting.State is (NodeState.Waiting or NodeState.Planned))
            {
                MakeReady(dependent, waiting);
            }
        }

        var first = result.IsFailure && result.Status != ModuleStatus.Cancelled && FirstFailure is null;
        if (first)
        {
            FirstFailure = node;
        }

        return first;
    }

    /// <summary>A left-out node some node of the run depends on, and every one of them optionally.</summary>
    private static bool IsAwaitedOnlyOptionally(GraphNode node, IReadOnlyDictionary<GraphNode, string> leftOut)
    {
        if (!leftOut.ContainsKey(node))
        {
            return false;
        }

        var inRun = node.Dependents.Where(d => !leftOut.ContainsKey(d)).ToList();
        return inRun.Count > 0 && inRun.All(d => d.OptionalDependencies.Contains(node));
    }

    private void MakeReady(GraphNode node, Entry entry)
    {
        entry.State = NodeState.Ready;
        entry.Item = null;
        _ready.Add(node);
    }

    private void EnterQueue(GraphNode node, Entry entry, WorkItem item, DateTimeOffset at)
    {
        entry.State = NodeState.Queued;
        entry.Item = item;
        entry.EnqueuedAt = at;
        _outstanding.Add(node);
        _timeline?.Queued(node, item.Attempt, at);
    }

    private Entry Expect(GraphNode node, params ReadOnlySpan<NodeState> states)
    {
        var entry = _entries[node];
        foreach (var state in states)
        {
            if (entry.State == state)
            {
                return entry;
            }
        }

        throw new InvalidOperationException($"{node.DisplayName} is {entry.State}, not {string.Join(" or ", states.ToArray())}: the scheduler lost track of it");
    }

    private sealed class Entry(int dependencies)
    {
        public NodeState State { get; set; } = NodeState.Waiting;

        public int UnfinishedDependencies { get; set; } = dependencies;

        /// <summary>The planned release, or the current attempt of a queued or running node.</summary>
        public WorkItem? Item { get; set; }

        public DateTimeOffset EnqueuedAt { get; set; }

        public int InstanceIndex { get; set; }

        public ModuleResult? Result { get; set; }

        public bool StoppedByFailure { get; set; }
    }
}
