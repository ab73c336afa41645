using System.Threading.Channels;

namespace ModularPipelines.Distributed;

/// <summary>
/// Runs the graph in this process: ready nodes start, critical path first, while slots are free and their
/// exclusion keys are not held. The loop is driven by completions, never by polling.
/// </summary>
internal sealed class LocalScheduler
{
    private readonly PipelineGraph _graph;
    private readonly ModuleExecutor _executor;
    private readonly LocalResultStore _results;
    private readonly PipelineProgress _progress;
    private readonly LocalPlacement _placement;
    private readonly int _slots;
    private readonly TimeProvider _time;
    private readonly ReadyQueue _ready = new();
    private readonly ExclusionKeys _exclusion = new();
    private readonly Dictionary<GraphNode, int> _unfinishedDependencies = [];
    private readonly Dictionary<GraphNode, ModuleResult> _finished = [];
    private readonly HashSet<GraphNode> _blockedByFailure = [];
    private readonly Channel<(GraphNode Node, ModuleResult Result)> _completions = Channel.CreateUnbounded<(GraphNode, ModuleResult)>();
    private GraphNode? _firstFailure;
    private int _running;

    public LocalScheduler(
        PipelineGraph graph,
        ModuleExecutor executor,
        LocalResultStore results,
        PipelineProgress progress,
        LocalPlacement placement,
        int slots,
        TimeProvider time)
    {
        _graph = graph;
        _executor = executor;
        _results = results;
        _progress = progress;
        _placement = placement;
        _slots = slots;
        _time = time;
    }

    /// <summary>Runs every node to a result, in graph order.</summary>
    public async Task<IReadOnlyList<ModuleResult>> RunAsync(CancellationToken runToken)
    {
        foreach (var node in _graph.Nodes)
        {
            _unfinishedDependencies[node] = node.Dependencies.Count;
            if (node.Dependencies.Count == 0)
            {
                _ready.Add(node);
            }
        }

        while (_finished.Count < _graph.Nodes.Count)
        {
            StartReadyNodes(runToken);
            if (_finished.Count == _graph.Nodes.Count)
            {
                break;
            }

            var (node, result) = await _completions.Reader.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            _running--;
            _exclusion.Release(node);
            Finish(node, result);
        }

        return [.. _graph.Nodes.Select(n => _finished[n])];
    }

    /// <summary>
    /// Starts what can start and settles what cannot run at all (skipped or cancelled), repeating because
    /// settling a node can make its dependents ready.
    /// </summary>
    private void StartReadyNodes(CancellationToken runToken)
    {
        bool settledAny;
        do
        {
            settledAny = false;
            foreach (var node in _ready.InPriorityOrder())
            {
                if (ReasonNotToRun(node, runToken) is { } notRun)
                {
                    _ready.Remove(node);
                    var result = node.Definition.CreateResult(notRun, value: null);
                    _progress.Finished(result);
                    Finish(node, result);
                    settledAny = true;
                }
                else if (_running < _slots && _exclusion.TryAcquire(node))
                {
                    _ready.Remove(node);
                    _running++;
                    _ = RunNodeAsync(node, runToken);
                }
            }
        }
        while (settledAny);
    }

    private async Task RunNodeAsync(GraphNode node, CancellationToken runToken)
    {
        var result = await _executor.ExecuteAsync(node, runToken).ConfigureAwait(false);
        await _completions.Writer.WriteAsync((node, result), CancellationToken.None).ConfigureAwait(false);
    }

    private ModuleOutcome? ReasonNotToRun(GraphNode node, CancellationToken runToken)
    {
        var now = _time.GetUtcNow();
        if (runToken.IsCancellationRequested)
        {
            return NotRun(ModuleStatus.Cancelled, "the run was cancelled before the module started");
        }

        if (!node.Definition.AlwaysRun)
        {
            if (node.Dependencies.FirstOrDefault(d => _finished[d].IsFailure || _blockedByFailure.Contains(d)) is { } blocked)
            {
                _blockedByFailure.Add(node);
                return NotRun(ModuleStatus.Skipped, _finished[blocked].IsFailure
                    ? $"dependency {blocked.DisplayName} {_finished[blocked].Status.ToString().ToLowerInvariant()}"
                    : $"dependency {blocked.DisplayName} did not run because of a failure");
            }

            if (_firstFailure is not null)
            {
                _blockedByFailure.Add(node);
                return NotRun(ModuleStatus.Skipped, $"the pipeline stopped after {_firstFailure.DisplayName} failed");
            }
        }

        return _placement.ReasonCannotRun(node) is { } placement ? NotRun(ModuleStatus.Skipped, placement) : null;

        ModuleOutcome NotRun(ModuleStatus status, string reason) =>
            new(status, now, TimeSpan.Zero, Attempts: 0, _placement.InstanceIndex, SkipReason: reason);
    }

    private void Finish(GraphNode node, ModuleResult result)
    {
        _finished[node] = result;
        _results.Add(node, result);
        if (result.IsFailure && result.Status != ModuleStatus.Cancelled && _firstFailure is null)
        {
            _firstFailure = node;
            _progress.Stopping(node);
        }

        foreach (var dependent in node.Dependents)
        {
            if (--_unfinishedDependencies[dependent] == 0)
            {
                _ready.Add(dependent);
            }
        }
    }
}
