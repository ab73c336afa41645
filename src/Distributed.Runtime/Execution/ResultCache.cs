using System.Collections.Concurrent;

namespace ModularPipelines.Distributed;

/// <summary>
/// Results this instance knows: those it produced, and those it fetched from the coordinator on demand when a
/// module awaited a dependency that ran elsewhere. Nothing is copied into assignments ahead of need.
/// </summary>
internal sealed class ResultCache(IDistributedCoordinator coordinator, ResultCodec codec) : IResultSource
{
    private readonly ConcurrentDictionary<GraphNode, ModuleResult> _results = new();

    public void Add(GraphNode node, ModuleResult result) => _results[node] = result;

    public void Forget(GraphNode node) => _results.TryRemove(node, out _);

    public bool TryGetLocal(GraphNode node, out ModuleResult result) => _results.TryGetValue(node, out result!);

    public async Task<ModuleResult> GetResultAsync(GraphNode node)
    {
        if (_results.TryGetValue(node, out var known))
        {
            return known;
        }

        var envelope = await coordinator.GetResultAsync(node.Id, CancellationToken.None).ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                $"The result of {node.DisplayName} is not available: it has not finished. Read only modules named in [DependsOn].");
        var result = codec.ToResult(node, envelope);
        _results[node] = result;
        return result;
    }
}
