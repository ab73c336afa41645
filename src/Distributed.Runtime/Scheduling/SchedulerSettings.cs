namespace ModularPipelines.Distributed;

/// <summary>The master's scheduling parameters, derived from <see cref="DistributedOptions"/>.</summary>
/// <param name="Distributed">Whether other instances may join; if not, a node this process cannot run is skipped at once.</param>
/// <param name="MasterCapabilities">What instance 0 advertises.</param>
/// <param name="CapabilityTimeout">How long a node may wait for a live instance that can serve its queue.</param>
/// <param name="HeartbeatTimeout">Silence after which an instance is presumed dead (also the lease length).</param>
/// <param name="PollInterval">The slow fallback poll, for wake-ups that get lost.</param>
/// <param name="LeaseRecoveries">Extra attempts granted when an instance dies holding a node, beyond the node's retries.</param>
/// <param name="DispatchLimit">
/// The most nodes queued or running at once, or null for no limit. A single process sets its slot count, so a freed
/// slot always takes the best ready node (strict critical-path order). Distributed runs queue every ready node at once:
/// capacity there is per capability set, and holding nodes back could starve a queue no live instance serves yet.
/// </param>
/// <param name="LeftOut">Nodes the run's selection leaves out (<c>--module</c>, <c>--category</c>, <c>--skip-module</c>), with why; null for none.</param>
/// <param name="TotalInstances">How many instances the run expects (<c>--total</c>), for saying which are missing and, once that many have joined, knowing a missing optional capability will not turn up.</param>
/// <param name="DefaultRetryCount">The retries of nodes without <see cref="ModuleRetryAttribute"/> (<c>--retries</c>).</param>
internal sealed record SchedulerSettings(
    bool Distributed,
    IReadOnlyCollection<string> MasterCapabilities,
    TimeSpan CapabilityTimeout,
    TimeSpan HeartbeatTimeout,
    TimeSpan PollInterval,
    int LeaseRecoveries,
    int? DispatchLimit,
    IReadOnlyDictionary<GraphNode, string>? LeftOut = null,
    int TotalInstances = 1,
    int DefaultRetryCount = 0);
