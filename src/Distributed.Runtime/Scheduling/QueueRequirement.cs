namespace ModularPipelines.Distributed;

/// <summary>What an instance must be to take work from a queue: instance 0 if the queue is pinned, advertising every capability of its set.</summary>
/// <param name="PinnedToMaster">Whether the queue's nodes run on instance 0 only.</param>
/// <param name="Capabilities">The capabilities the queue's nodes require.</param>
internal sealed record QueueRequirement(bool PinnedToMaster, IReadOnlyList<string> Capabilities)
{
    /// <param name="instanceIndex">The instance.</param>
    /// <param name="advertised">Its capabilities, compared ignoring case.</param>
    public bool IsMetBy(int instanceIndex, IReadOnlySet<string> advertised) =>
        (!PinnedToMaster || instanceIndex == 0) && Capabilities.All(advertised.Contains);
}
