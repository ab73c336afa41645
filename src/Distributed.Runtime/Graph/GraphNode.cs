namespace ModularPipelines.Distributed;

/// <summary>A node of the validated graph, with its edges resolved and its scheduling priority.</summary>
internal sealed class GraphNode
{
    public GraphNode(ModuleDefinition definition, int declarationOrder)
    {
        Definition = definition;
        DeclarationOrder = declarationOrder;
    }

    public ModuleDefinition Definition { get; }

    public string Id => Definition.Id;

    public string DisplayName => Definition.DisplayName;

    /// <summary>Position in the generated graph; breaks priority ties so equal-priority nodes run first in, first out.</summary>
    public int DeclarationOrder { get; }

    public List<GraphNode> Dependencies { get; } = [];

    public List<GraphNode> Dependents { get; } = [];

    /// <summary>The <see cref="Dependencies"/> declared optional, which a run selection does not follow.</summary>
    public HashSet<GraphNode> OptionalDependencies { get; } = [];

    /// <summary>Nodes on the longest path from this node to the end of the graph, itself included.</summary>
    public int CriticalPathLength { get; set; }
}
