namespace ModularPipelines.Distributed;

/// <summary>
/// The queue of every node (and so its work items) and the queues an instance may serve, both derived from the generated graph alone:
/// an instance serves a queue when it meets the queue's <see cref="QueueRequirement"/>.
/// </summary>
internal sealed class QueuePlan
{
    private readonly Dictionary<GraphNode, string> _queueOf = [];
    private readonly Dictionary<string, QueueRequirement> _requirementOf = new(StringComparer.Ordinal);

    public QueuePlan(PipelineGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            var definition = node.Definition;
            var queue = WorkQueues.For(definition.RequiredCapabilities, definition.PinToMaster, definition.AlwaysRun);
            _queueOf[node] = queue;

            // The name is made of exactly the capability set and the pinning, so any node of the queue describes it.
            _requirementOf.TryAdd(queue, new QueueRequirement(definition.PinToMaster, definition.RequiredCapabilities));
        }
    }

    public string QueueOf(GraphNode node) => _queueOf[node];

    /// <summary>What the coordinator queues for an attempt of <paramref name="node"/>: its queue, and its critical path as the priority.</summary>
    public WorkItem ItemFor(GraphNode node, int attempt) => new(node.Id, attempt, _queueOf[node], -node.CriticalPathLength);

    /// <summary>The capabilities a queue's nodes require.</summary>
    public IReadOnlyList<string> CapabilitiesOf(string queue) => _requirementOf.GetValueOrDefault(queue)?.Capabilities ?? [];

    public IReadOnlyList<string> QueuesServedBy(int instanceIndex, IEnumerable<string> capabilities)
    {
        var advertised = new HashSet<string>(capabilities, StringComparer.OrdinalIgnoreCase);
        return [.. _requirementOf
            .Where(q => q.Value.IsMetBy(instanceIndex, advertised))
            .Select(q => q.Key)
            .Order(StringComparer.Ordinal)];
    }
}
