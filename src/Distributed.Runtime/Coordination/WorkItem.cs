namespace ModularPipelines.Distributed;

/// <summary>A graph node waiting in a queue for an instance to claim it.</summary>
/// <param name="NodeId">The node id; instances map it to code only through the generated registry.</param>
/// <param name="Attempt">The attempt this run of the node will be (1 for the first).</param>
/// <param name="Queue">The queue: one per distinct set of required capabilities, see <see cref="WorkQueues"/>.</param>
/// <param name="Priority">Lower runs first; equal priorities run first in, first out.</param>
public sealed record WorkItem(string NodeId, int Attempt, string Queue, long Priority);
