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
/// TimedOut result whose failure was not ignored is completed or recorded (<see cref="WorkQueues.StopsRun(ModuleResultEnvelope)"/>), hand out work only from always-run
/// queues (<see cref="WorkQueues.IsAlwaysRun"/>), atomically with storing that result; queue a planned
/// <see cref="WorkRelease"/> only atomically with accepting its node's successful result, never once stopping or once
/// the run has ended; hand out nothing once the run has ended; and raise the work and completion wake-ups separately.
/// <c>tests/Distributed.Redis.Tests/Coordination</c> holds the contract tests both built-in coordinators pass.
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

    /// <summary>
    /// Puts ready nodes in their queues and wakes the instances that serve them, once for the whole batch, and records
    /// the dependents to queue as soon as one of those nodes succeeds.
    /// </summary>
    /// <param name="items">The nodes, attempts, queues and priorities, in the order they were released.</param>
    /// <param name="releases">
    /// Dependents that wait only for one of <paramref name="items"/>: queue each, atomically with accepting that node's
    /// successful result in <see cref="CompleteAsync(WorkLease, ModuleResultEnvelope, ClaimRequest?, CancellationToken)"/>, unless the run is stopping or has ended; report it in that
    /// completion's <see cref="CompletionBatch.Released"/>. Forget a node's releases once any result of it is accepted
    /// or recorded.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when every item is queued.</returns>
    Task EnqueueAsync(IReadOnlyList<WorkItem> items, IReadOnlyList<WorkRelease> releases, CancellationToken cancellationToken);

    /// <summary>Takes a node back out of its queue if nobody has claimed it yet.</summary>
    /// <param name="item">The item that was enqueued.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when it was still queued and is now withdrawn.</returns>
    Task<bool> WithdrawAsync(WorkItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically takes up to <see cref="ClaimRequest.MaxCount"/> of the best queued nodes among the request's queues,
    /// leases each to the instance under a new fencing token, records each start in the event log, and reads the run's
    /// status in the same call (so an idle instance learns that the run ended, or that the master went silent, for free).
    /// Takes nothing once the run has ended.
    /// </summary>
    /// <param name="request">Who claims, from which queues, how many, and for how long.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leases taken (best first) and the run's status.</returns>
    Task<WorkClaim> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a node's result if <paramref name="lease"/> is still current and tells the master; a success queues the
    /// dependents planned for it (<see cref="WorkRelease"/>). Then, in the same call, claims for the completing instance
    /// as <see cref="ClaimAsync"/> would, so a dependency hop costs one round trip when the completer takes the next node.
    /// </summary>
    /// <param name="lease">The lease the result was produced under.</param>
    /// <param name="result">The result.</param>
    /// <param name="next">What to claim for the slot the completion frees, or null to claim nothing.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the result was accepted (false: the lease was fenced out and the result discarded), and the leases taken next.</returns>
    Task<CompletionReceipt> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, ClaimRequest? next, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="CompleteAsync(WorkLease, ModuleResultEnvelope, ClaimRequest?, CancellationToken)"/> with the module's
    /// last forwarded lines, which the master must read before the result. This default hands them to
    /// <see cref="AppendOutputAsync"/> first; a coordinator that can carry both in one call (the Redis one does) saves a
    /// command per module.
    /// </summary>
    /// <param name="lease">The lease the result was produced under.</param>
    /// <param name="result">The result.</param>
    /// <param name="output">The module's lines not forwarded yet, or null.</param>
    /// <param name="next">What to claim for the slot the completion frees, or null to claim nothing.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the result was accepted, and the leases taken next.</returns>
    async Task<CompletionReceipt> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, ModuleOutput? output, ClaimRequest? next, CancellationToken cancellationToken)
    {
        if (output is not null)
        {
            await AppendOutputAsync([output], cancellationToken).ConfigureAwait(false);
        }

        return await CompleteAsync(lease, result, next, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a result the master decided without a lease (a node skipped, cancelled before it started, or failed for
    /// want of a capable instance), so that instances reading it as a dependency find it. It is not a completion.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the result is stored.</returns>
    Task RecordResultAsync(ModuleResultEnvelope result, CancellationToken cancellationToken);

    /// <summary>
    /// Ends every lease past its deadline, and every lease whose holder the coordinator knows to be gone (the Redis
    /// coordinator sees a process's connections close), so its node can be queued again with a new token. Fencing makes
    /// a wrong guess harmless: the holder's result is rejected and its heartbeat reports the lease lost.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The expired leases.</returns>
    Task<IReadOnlyList<WorkLease>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken);

    /// <summary>Reads a node's accepted result, on demand.</summary>
    /// <param name="nodeId">The node.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result, or null when none has been accepted.</returns>
    Task<ModuleResultEnvelope?> GetResultAsync(string nodeId, CancellationToken cancellationToken);

    /// <summary>
    /// The run's event log after <paramref name="cursor"/>: results accepted by <see cref="CompleteAsync(WorkLease, ModuleResultEnvelope, ClaimRequest?, CancellationToken)"/> (the master's
    /// durable record of completions, read whenever it is woken, so a lost wake-up loses nothing) and the starts recorded
    /// by <see cref="ClaimAsync"/> (for live progress).
    /// </summary>
    /// <param name="cursor">The cursor of the previous batch, or null to read from the start.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The results, the starts and the next cursor.</returns>
    Task<CompletionBatch> ReadCompletionsAsync(string? cursor, CancellationToken cancellationToken);

    /// <summary>
    /// Forwards lines modules logged on this instance to the master, which prints them as they arrive (through
    /// <see cref="ReadCompletionsAsync"/>'s <see cref="CompletionBatch.Output"/>). Best effort and never waited for: it
    /// must not slow dispatch, and the instance's own log keeps every line. Coordinators that cannot carry output keep
    /// this default, which forwards nothing.
    /// </summary>
    /// <param name="output">The lines, per module.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the lines are handed to the coordinator (not when they arrive).</returns>
    Task AppendOutputAsync(IReadOnlyList<ModuleOutput> output, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The master ends the run: every instance sees the outcome and stops.</summary>
    /// <param name="outcome">Completed or cancelled.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the outcome is published.</returns>
    Task EndRunAsync(RunOutcome outcome, CancellationToken cancellationToken);

    /// <summary>
    /// Waits until work may have been queued, the run opened or the run ended since the caller's previous wait, or
    /// <paramref name="timeout"/> passes: what an instance with free slots sleeps on. Implementations count wake-ups
    /// (see <see cref="CoordinatorSignal"/>) so that one raised while the caller was busy returns the next wait at once.
    /// Results being accepted must not wake these waiters: that is the master's business alone.
    /// </summary>
    /// <param name="lastSeen">The value the caller's previous wait returned (0 at first).</param>
    /// <param name="timeout">The longest wait: the slow fallback poll for wake-ups lost in transit.</param>
    /// <param name="cancellationToken">Ends the wait early.</param>
    /// <returns>The wake-up count when the wait ended, for the next wait.</returns>
    Task<long> WaitForWorkAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>
    /// Waits until a result may have been accepted since the caller's previous wait, or <paramref name="timeout"/>
    /// passes: what the master sleeps on. Counted like <see cref="WaitForWorkAsync"/>; work being queued must not wake
    /// these waiters.
    /// </summary>
    /// <param name="lastSeen">The value the caller's previous wait returned (0 at first).</param>
    /// <param name="timeout">The longest wait: the slow fallback poll for wake-ups lost in transit.</param>
    /// <param name="cancellationToken">Ends the wait early.</param>
    /// <returns>The wake-up count when the wait ended, for the next wait.</returns>
    Task<long> WaitForCompletionsAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken);
}
