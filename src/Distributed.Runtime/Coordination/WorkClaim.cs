namespace ModularPipelines.Distributed;

/// <summary>What one claim returned: the nodes now leased to the caller and the run's status, read in the same call.</summary>
/// <param name="Leases">The leases taken, best first; empty when the caller's queues had nothing (or it asked for none).</param>
/// <param name="Status">Whether the run has ended and how long the master has been silent, so an idle instance needs no second call.</param>
public sealed record WorkClaim(IReadOnlyList<WorkLease> Leases, RunStatus Status);
