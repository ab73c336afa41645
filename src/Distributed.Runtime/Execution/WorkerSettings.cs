using System.Diagnostics;

namespace ModularPipelines.Distributed;

/// <summary>How an instance claims and runs work, derived from <see cref="DistributedOptions"/>.</summary>
/// <param name="InstanceIndex">This instance.</param>
/// <param name="Slots">Modules run at once.</param>
/// <param name="Queues">The queues this instance may serve.</param>
/// <param name="HeartbeatInterval">How often it reports being alive and renews its leases.</param>
/// <param name="LeaseDuration">How long a lease lasts unless renewed (the heartbeat timeout).</param>
/// <param name="PollInterval">The slow fallback poll, for wake-ups that get lost.</param>
/// <param name="SerializeValues">Whether results carry their values as JSON (only other processes need them).</param>
/// <param name="MasterTimeout">Master silence after which a worker gives up; null on the master itself.</param>
internal sealed record WorkerSettings(
    int InstanceIndex,
    int Slots,
    IReadOnlyList<string> Queues,
    TimeSpan HeartbeatInterval,
    TimeSpan LeaseDuration,
    TimeSpan PollInterval,
    bool SerializeValues,
    TimeSpan? MasterTimeout)
{
    /// <summary>The master's run span, which module spans are parented on; default when the master recorded none.</summary>
    public ActivityContext RunTrace { get; init; }
}
