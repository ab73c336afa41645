using System.Collections.Concurrent;

namespace ModularPipelines.Distributed;

/// <summary>Results of the nodes that finished in this process.</summary>
internal sealed class LocalResultStore : IResultSource
{
    private readonly ConcurrentDictionary<GraphNode, ModuleResult> _results = new();

    public void Add(GraphNode node, ModuleResult result) => _results[node] = result;

    public Task<ModuleResult> GetResultAsync(GraphNode node) =>
        _results.TryGetValue(node, out var result)
            ? Task.FromResult(result)
            : Task.FromException<ModuleResult>(new InvalidOperationException(
                $"The result of {node.DisplayName} is not available yet: it has not finished. Read only modules named in [DependsOn]."));
}
