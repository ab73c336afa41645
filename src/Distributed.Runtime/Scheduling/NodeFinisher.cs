namespace ModularPipelines.Distributed;

/// <summary>
/// Gives nodes their results: enters each in the <see cref="NodeTable"/>, the result cache and the progress log,
/// frees its exclusion keys, and publishes the results the master decided itself, for instances that read them as
/// dependencies. The table is updated before anything is published, so a publication that fails leaves no node
/// half-finished.
/// </summary>
internal sealed class NodeFinisher(
    NodeTable nodes,
    ExclusionKeys exclusion,
    ResultCache results,
    ResultCodec codec,
    PipelineProgress progress,
    IDistributedCoordinator coordinator,
    TimeProvider time)
{
    /// <summary>A result an instance completed, which the coordinator already holds.</summary>
    public void Accept(GraphNode node, ModuleResultEnvelope envelope) => Enter(node, ResultOf(node, envelope), stoppedByFailure: false, reportedByInstance: true);

    /// <summary>A result the master decided without a lease: a node skipped, cancelled before it started, or failed without running.</summary>
    /// <param name="node">The node.</param>
    /// <param name="outcome">Its result.</param>
    /// <param name="stoppedByFailure">Whether it did not run because a failure stopped it.</param>
    /// <param name="cancellationToken">Cancels the publication.</param>
    public async Task SettleAsync(GraphNode node, ModuleOutcome outcome, bool stoppedByFailure, CancellationToken cancellationToken)
    {
        var result = Enter(node, node.Definition.CreateResult(outcome, value: null), stoppedByFailure);
        await coordinator.RecordResultAsync(codec.ToEnvelope(node, result, includeValue: false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A result the master decided and cannot publish: the coordinator is out of reach.</summary>
    public void SettleLocally(GraphNode node, ModuleOutcome outcome) =>
        Enter(node, node.Definition.CreateResult(outcome, value: null), stoppedByFailure: false);

    private ModuleResult Enter(GraphNode node, ModuleResult result, bool stoppedByFailure, bool reportedByInstance = false)
    {
        // Only a node that was handed out holds its keys: releasing them for any other would free another node's.
        if (nodes.IsOutstanding(node))
        {
            exclusion.Release(node);
        }

        results.Add(node, result);
        progress.Finished(result);
        if (nodes.Finish(node, result, stoppedByFailure, reportedByInstance))
        {
            progress.Stopping(node);
        }

        return result;
    }

    /// <summary>The live result when this process ran the node; otherwise the envelope, read with this build's types.</summary>
    private ModuleResult ResultOf(GraphNode node, ModuleResultEnvelope envelope)
    {
        if (results.TryGetLocal(node, out var local))
        {
            return local;
        }

        try
        {
            return codec.ToResult(node, envelope);
        }
        catch (InvalidDataException exception)
        {
            return node.Definition.CreateResult(
                new ModuleOutcome(ModuleStatus.Failed, time.GetUtcNow(), TimeSpan.Zero, envelope.Attempts, envelope.InstanceIndex, ModuleError.FromException(exception)), value: null);
        }
    }
}
