namespace ModularPipelines.Distributed;

/// <summary>
/// What the master saw of each node while it scheduled, kept for the run report (<c>--report</c>): when each attempt
/// was queued, which instance claimed it and when, and how each claim ended. The <see cref="NodeTable"/> writes it on
/// its transitions, all on the scheduler's one loop, so it needs no lock; the report reads it once the run has ended.
/// </summary>
internal sealed class RunTimeline(TimeProvider time)
{
    private readonly Dictionary<GraphNode, NodeHistory> _nodes = [];

    /// <summary>The node's history; empty for a node the master never queued.</summary>
    public NodeHistory Of(GraphNode node) => _nodes.TryGetValue(node, out var history) ? history : NodeHistory.Empty;

    /// <summary>The node's attempt entered a queue at <paramref name="at"/> (dispatched, released or requeued).</summary>
    public void Queued(GraphNode node, int attempt, DateTimeOffset at) => Write(node).Queued(attempt, at);

    /// <summary>The node was queued by the coordinator itself, on its last dependency's success (a planned release).</summary>
    public void Released(GraphNode node) => Write(node).QueuedOnRelease = true;

    /// <summary>The event log reported the node claimed under <paramref name="lease"/>; the master read it at <paramref name="seenAt"/>.</summary>
    public void Claimed(GraphNode node, WorkLease lease, DateTimeOffset seenAt) => Write(node).Claimed(lease, seenAt);

    /// <summary>The node got its result, reported by the instance that ran it or decided by the master.</summary>
    public void Finished(GraphNode node, ModuleResult result, bool reportedByInstance) =>
        Write(node).Finished(result, reportedByInstance, time.GetUtcNow());

    private NodeHistory Write(GraphNode node)
    {
        if (!_nodes.TryGetValue(node, out var history))
        {
            history = new NodeHistory();
            _nodes[node] = history;
        }

        return history;
    }
}
