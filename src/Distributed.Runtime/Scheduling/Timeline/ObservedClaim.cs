namespace ModularPipelines.Distributed;

/// <summary>
/// One claim of a node by an instance, as the master knows it: a bar of the run's timeline. A claim runs the node's
/// attempts from <paramref name="Attempt"/> on; <see cref="ModuleRetryAttribute"/> retries happen inside it, on the same
/// instance, and the master does not see where one ends and the next begins.
/// </summary>
/// <param name="Attempt">The attempt the claim started with (above 1 after a lost lease).</param>
/// <param name="InstanceIndex">The instance that claimed it.</param>
/// <param name="QueuedAt">When that attempt was queued, on the master's clock; null when the master did not queue it.</param>
/// <param name="StartedAt">When it started: the instance's clock when <paramref name="MeasuredByInstance"/>, else when the master read the claim.</param>
/// <param name="EndedAt">When it ended: the instance's clock when <paramref name="MeasuredByInstance"/>, else when the master found it lost.</param>
/// <param name="Status">The result the claim produced, or null when it ended without one (its lease was lost, or its instance never reported back).</param>
/// <param name="MeasuredByInstance">Whether the times are those the instance measured and reported with its result.</param>
internal sealed record ObservedClaim(
    int Attempt,
    int InstanceIndex,
    DateTimeOffset? QueuedAt,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    ModuleStatus? Status,
    bool MeasuredByInstance);
