namespace ModularPipelines.Distributed;

/// <summary>The answer to <see cref="IDistributedCoordinator.CompleteAsync(WorkLease, ModuleResultEnvelope, ClaimRequest?, CancellationToken)"/>.</summary>
/// <param name="Accepted">False when the lease was fenced out (reclaimed and given to another attempt): the result was discarded.</param>
/// <param name="Next">The nodes leased to the completing instance in the same call, for the slot it frees; empty when none was asked for or queued.</param>
public sealed record CompletionReceipt(bool Accepted, IReadOnlyList<WorkLease> Next);
