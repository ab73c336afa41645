namespace ModularPipelines.Distributed;

/// <summary>Nodes whose dependencies have finished, longest remaining path first, then first in, first out.</summary>
internal sealed class ReadyQueue
{
    private static readonly Comparer<GraphNode> Priority = Comparer<GraphNode>.Create((a, b) =>
    {
        var byPath = b.CriticalPathLength.CompareTo(a.CriticalPathLength);
        return byPath != 0 ? byPath : a.DeclarationOrder.CompareTo(b.DeclarationOrder);
    });

    private readonly SortedSet<GraphNode> _nodes = new(Priority);

    public int Count => _nodes.Count;

    public void Add(GraphNode node) => _nodes.Add(node);

    public void Remove(GraphNode node) => _nodes.Remove(node);

    /// <summary>The queued nodes in priority order, copied so the caller may remove while it walks them.</summary>
    public GraphNode[] InPriorityOrder() => [.. _nodes];
}
