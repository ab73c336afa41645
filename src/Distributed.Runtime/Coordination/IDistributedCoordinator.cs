namespace ModularPipelines.Distributed;

/// <summary>
/// How the instances of one run share work, results and signals. The master (instance 0) schedules the graph and
/// enqueues ready nodes; every instance, the master included, claims nodes from the queues it may serve, runs them
/// and completes them under a fenced lease. The in-memory implementation serves a single process; the Redis one
/// (<see cref="PipelineBuilder.AddRedisCoordinator"/> or <c>--redis</c>) serves many. Register your own with
/// <see cref="PipelineBuilder.AddDistributedCoordinator{T}"/>.
/// </summary>
/// <remarks>
/// Implementations must: never scan a whole queue to dequeue; keep first in, first out within a priority; give every
/// claim a new fencing token and accept at most one result per token, rejecting tokens that are no longer current;
/// judge lease and heartbeat ages by one clock (the server's), never by the instances' clocks; and, once a Failed or
/// TimedOut result is completed or recorded (<see cref="WorkQueues.StopsRun"/>), hand out work only from always-run
/// queues (<see cref="WorkQueues.IsAlwaysRun"/>), atomically with storing that result.
/// </remarks>
public interface IDistributedCoordinator : IAsyncDisposable
{
    /// <summary>The master opens the run: publishes the manifest and its own heartbeat.</summary>
    /// <param name="manifest">The run's fingerprint and size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the run is open.</returns>
    /// <exception cref="PipelineConfigurationException">A different run already uses this run id.</exception>
    Task OpenRunAsync(RunManifest manifest, CancellationToken cancellationToken);

    /// <summary>An instance joins the run and registers its capabilities.</summary>
    /// <param name="registration">The instance's index, capabilities, fingerprint and slots.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The master's manifest, or null when the master has not opened the run yet.</returns>
    Task<RunManifest?> JoinRunAsync(InstanceRegistration registration, CancellationToken cancellationToken);

    /// <summary>The instances whose last heartbeat is younger than <paramref name="timeout"/>.</summary>
    /// <param name="timeout">The heartbeat timeout.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Their registrations.</returns>
    Task<IReadOnlyList<InstanceRegistration>> GetLiveInstancesAsync(TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Records that the instance is alive and extends the leases it holds.</summary>
    /// <param name="instanceIndex">The instance.</param>
    /// <param name="held">The leases it holds.</param>
    /// <param name="leaseDuration">How long the renewed leases last from now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leases among <paramref name="held"/> that are no longer the instance's: their modules must stop.</returns>
    Task<IReadOnlyList<WorkLease>> HeartbeatAsync(int instanceIndex, IReadOnlyList<WorkLease> held, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Puts a ready node in its queue and wakes the instances that serve it.</summary>
    /// <param name="item">The node, attempt, queue and priority.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the node is queued.</returns>
    Task EnqueueAsync(WorkItem item, CancellationToken cancellationToken);

    /// <summary>Takes a node back out of its queue if nobody has claimed it yet.</summary>
    /// <param name="item">The item that was enqueued.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when it was still queued and is now withdrawn.</returns>
    Task<bool> WithdrawAsync(WorkItem item, CancellationToken cancellationToken);

    /// <summary>Atomically takes the best queued node among <paramref name="queues"/> and leases it to the instance.</summary>
    /// <param name="instanceIndex">The claiming instance.</param>
    /// <param name="queues">The queues the instance may serve.</param>
    /// <param name="leaseDuration">How long the lease lasts unless renewed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The lease, or null when those queues are empty.</returns>
    Task<WorkLease?> TryClaimAsync(int instanceIndex, IReadOnlyList<string> queues, TimeSpan leaseDuration, CancellationToken cancellationToken);

    /// <summary>Stores a node's result if <paramref name="lease"/> is still current, and tells the master.</summary>
    /// <param name="lease">The lease the result was produced under.</param>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was fenced out (reclaimed and given to another attempt): the result is discarded.</returns>
    Task<bool> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a result the master decided without a lease (a node skipped, cancelled before it started, or failed for
    /// want of a capable instance), so that instances reading it as a dependency find it. It is not a completion.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the result is stored.</returns>
    Task RecordResultAsync(ModuleResultEnvelope result, CancellationToken cancellationToken);

    /// <summary>Ends every lease past its deadline, so its node can be queued again with a new token.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expired leases.</returns>
    Task<IReadOnlyList<WorkLease>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken);

    /// <summary>Reads a node's accepted result, on demand.</summary>
    /// <param name="nodeId">The node.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, or null when none has been accepted.</returns>
    Task<ModuleResultEnvelope?> GetResultAsync(string nodeId, CancellationToken cancellationToken);

    /// <summary>
    /// The results accepted by <see cref="CompleteAsync"/> after <paramref name="cursor"/>: the master's durable record
    /// of completions, read whenever it is woken, so a lost wake-up loses nothing.
    /// </summary>
    /// <param name="cursor">The cursor of the previous batch, or null to read from the start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The results and the next cursor.</returns>
    Task<CompletionBatch> ReadCompletionsAsync(string? cursor, CancellationToken cancellationToken);

    /// <summary>The master ends the run: every instance sees the outcome and stops.</summary>
    /// <param name="outcome">Completed or cancelled.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the outcome is published.</returns>
    Task EndRunAsync(RunOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Whether the run has ended, and how long the master has been silent.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The run's status.</returns>
    Task<RunStatus> GetRunStatusAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits until something may have changed (work queued, a result accepted, the run ended) since the caller's
    /// previous wait, or <paramref name="timeout"/> passes. Implementations count signals (see
    /// <see cref="CoordinatorSignal"/>) so that a signal raised while the caller was busy returns the next wait at once.
    /// </summary>
    /// <param name="lastSeen">The value the caller's previous wait returned (0 at first).</param>
    /// <param name="timeout">The longest wait: the slow fallback poll for signals lost in transit.</param>
    /// <param name="cancellationToken">Ends the wait early.</param>
    /// <returns>The signal count when the wait ended, for the next wait.</returns>
    Task<long> WaitForSignalAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken);
}
