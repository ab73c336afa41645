namespace ModularPipelines.Distributed;

/// <summary>Where a node is in the master's schedule. Each node is in exactly one state; <see cref="NodeTable"/> holds them and guards the transitions.</summary>
internal enum NodeState
{
    /// <summary>A dependency has not finished.</summary>
    Waiting,

    /// <summary>
    /// One dependency has not finished, and the coordinator will queue the node itself if that one succeeds (a
    /// <see cref="WorkRelease"/>).
    /// </summary>
    Planned,

    /// <summary>Every dependency has finished; the master has yet to queue the node or settle it without running it.</summary>
    Ready,

    /// <summary>In its queue, not known to have been claimed.</summary>
    Queued,

    /// <summary>Claimed by an instance, as the event log reported.</summary>
    Running,

    /// <summary>Has its result.</summary>
    Finished,
}
