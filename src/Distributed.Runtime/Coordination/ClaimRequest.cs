namespace ModularPipelines.Distributed;

/// <summary>What an instance asks for when it claims work.</summary>
/// <param name="InstanceIndex">The claiming instance.</param>
/// <param name="Queues">The queues it may serve.</param>
/// <param name="MaxCount">The most nodes to take (its free slots); 0 takes none.</param>
/// <param name="LeaseDuration">How long each lease lasts unless renewed.</param>
public sealed record ClaimRequest(int InstanceIndex, IReadOnlyList<string> Queues, int MaxCount, TimeSpan LeaseDuration);
