namespace ModularPipelines.Distributed;

/// <summary>
/// A node the coordinator queues by itself, atomically with accepting a successful result of the node it waits for,
/// so that a dependency hop costs the completing call and the next claim instead of a further trip through the
/// master. The master plans one only for a dependent that waits for nothing else and has no exclusion keys, and
/// learns of the release from the completion's entry in the event log (<see cref="CompletionBatch.Released"/>).
/// </summary>
/// <param name="AfterNodeId">The node whose result, when accepted as Succeeded, releases <paramref name="Item"/>.</param>
/// <param name="Item">The dependent to queue. It is not queued when the result is not a success, the run is stopping after a failure, or the run has ended.</param>
public sealed record WorkRelease(string AfterNodeId, WorkItem Item);
