namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>A graph of hand-made nodes and the master's <see cref="NodeTable"/> over it, addressed by display name.</summary>
internal sealed class ScheduledGraph
{
    public ScheduledGraph(params ModuleDefinition[] modules)
    {
        Graph = PipelineGraph.Build([PipelineHarness.Definition(modules)]);
        Nodes = new NodeTable(Graph.Nodes);
    }

    public PipelineGraph Graph { get; }

    public NodeTable Nodes { get; }

    public GraphNode this[string name] => Graph.Find(Node.Id(name)) ?? throw new ArgumentException($"no node {name}", nameof(name));

    public NodeState StateOf(string name) => Nodes.StateOf(this[name]);

    /// <summary>Gives the node a result with <paramref name="status"/>; it must be ready, queued or running.</summary>
    /// <returns>Whether the table took it for the run's first failure.</returns>
    public bool Finish(string name, ModuleStatus status, bool stoppedByFailure = false) =>
        Nodes.Finish(this[name], this[name].Definition.CreateResult(new ModuleOutcome(status, DateTimeOffset.UnixEpoch, TimeSpan.Zero, 1, 0), value: null), stoppedByFailure);

    /// <summary>Dispatches a ready node to its first attempt in the queue <c>any</c>.</summary>
    public WorkItem Queue(string name, DateTimeOffset? at = null)
    {
        var item = new WorkItem(this[name].Id, 1, WorkQueues.Any, 0);
        Nodes.Queue(this[name], item, at ?? DateTimeOffset.UnixEpoch);
        return item;
    }
}
