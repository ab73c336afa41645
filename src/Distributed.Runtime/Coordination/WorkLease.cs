namespace ModularPipelines.Distributed;

/// <summary>
/// An instance's claim on a node. The fencing <see cref="Token"/> is new for every claim, so a result reported
/// under an older token (from an instance presumed dead) is rejected.
/// </summary>
/// <param name="NodeId">The claimed node.</param>
/// <param name="Attempt">The attempt number of this claim.</param>
/// <param name="Token">The fencing token, unique within the run.</param>
/// <param name="InstanceIndex">The instance holding the lease.</param>
public sealed record WorkLease(string NodeId, int Attempt, long Token, int InstanceIndex);
