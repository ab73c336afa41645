namespace ModularPipelines.Distributed;

/// <summary>
/// The queue of every node and the queues an instance may serve, both derived from the generated graph alone:
/// an instance serves a queue when it advertises every capability of that queue's set.
/// </summary>
internal sealed class QueuePlan
{
    private readonly Dictionary<GraphNode, string> _queueOf = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _capabilitiesOf = new(StringComparer.Ordinal);

    public QueuePlan(PipelineGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            var queue = WorkQueues.For(node.Definition.RequiredCapabilities, node.Definition.PinToMaster, node.Definition.AlwaysRun);
            _queueOf[node] = queue;
            _capabilitiesOf.TryAdd(queue, node.Definition.RequiredCapabilities);
        }
    }

    public string QueueOf(GraphNode node) => _queueOf[node];

    /// <summary>The capabilities a queue's nodes require.</summary>
    public IReadOnlyList<string> CapabilitiesOf(string queue) => _capabilitiesOf.GetValueOrDefault(queue) ?? [];

    public IReadOnlyList<string> QueuesServedBy(int instanceIndex, IEnumerable<string> capabilities)
    {
        var advertised = new HashSet<string>(capabilities, StringComparer.OrdinalIgnoreCase);
        return [.. _capabilitiesOf
            .Where(q => (!q.Key.EndsWith(WorkQueues.Master, StringComparison.Ordinal) || instanceIndex == 0) && q.Value.All(advertised.Contains))
            .Select(q => q.Key)
            .Order(StringComparer.Ordinal)];
    }
}
