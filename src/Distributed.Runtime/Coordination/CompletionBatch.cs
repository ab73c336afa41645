namespace ModularPipelines.Distributed;

/// <summary>What the run's event log recorded since a cursor: nodes started, results accepted and the dependents those released.</summary>
/// <param name="Results">The accepted results, in acceptance order.</param>
/// <param name="Started">The leases handed out (a node starting on an instance), in claim order: for live progress only.</param>
/// <param name="Released">The ids of nodes the coordinator queued itself on accepting one of <paramref name="Results"/> (see <see cref="WorkRelease"/>).</param>
/// <param name="Cursor">Pass to the next <see cref="IDistributedCoordinator.ReadCompletionsAsync"/>.</param>
public sealed record CompletionBatch(
    IReadOnlyList<ModuleResultEnvelope> Results,
    IReadOnlyList<WorkLease> Started,
    IReadOnlyList<string> Released,
    string? Cursor)
{
    /// <summary>Module output forwarded by other instances (<see cref="IDistributedCoordinator.AppendOutputAsync"/>), in log order.</summary>
    public IReadOnlyList<ModuleOutput> Output { get; init; } = [];
}
