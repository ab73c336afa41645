namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>
/// An in-memory coordinator that can be cut off: between <see cref="BeginOutage"/> and <see cref="EndOutage"/>, every
/// call that would reach the server waits for the outage to end, or throws once its token is cancelled, as the Redis
/// coordinator's outage retry does. The two waits for wake-ups still return after their timeout: a Redis coordinator
/// serves them from its own subscription.
/// </summary>
internal sealed class OutageCoordinator(InMemoryCoordinator inner) : IDistributedCoordinator
{
    private readonly TaskCompletionSource _callHeldUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile TaskCompletionSource? _outage;

    /// <summary>The coordinator behind the outage, for a test that plays another instance.</summary>
    public InMemoryCoordinator Inner => inner;

    /// <summary>Completes when a call first waits on the outage.</summary>
    public Task CallHeldUp => _callHeldUp.Task;

    public void BeginOutage() => _outage = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the calls held up by the outage through, and every later one.</summary>
    public void EndOutage()
    {
        _outage?.TrySetResult();
        _outage = null;
    }

    public async Task OpenRunAsync(RunManifest manifest, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        await inner.OpenRunAsync(manifest, cancellationToken);
    }

    public async Task<RunManifest?> JoinRunAsync(InstanceRegistration registration, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.JoinRunAsync(registration, cancellationToken);
    }

    public async Task<IReadOnlyList<InstanceRegistration>> GetLiveInstancesAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.GetLiveInstancesAsync(timeout, cancellationToken);
    }

    public async Task<IReadOnlyList<WorkLease>> HeartbeatAsync(int instanceIndex, IReadOnlyList<WorkLease> held, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.HeartbeatAsync(instanceIndex, held, leaseDuration, cancellationToken);
    }

    public async Task EnqueueAsync(IReadOnlyList<WorkItem> items, IReadOnlyList<WorkRelease> releases, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        await inner.EnqueueAsync(items, releases, cancellationToken);
    }

    public async Task<bool> WithdrawAsync(WorkItem item, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.WithdrawAsync(item, cancellationToken);
    }

    public async Task<WorkClaim> ClaimAsync(ClaimRequest request, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.ClaimAsync(request, cancellationToken);
    }

    public async Task<CompletionReceipt> CompleteAsync(WorkLease lease, ModuleResultEnvelope result, ClaimRequest? next, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.CompleteAsync(lease, result, next, cancellationToken);
    }

    public async Task RecordResultAsync(ModuleResultEnvelope result, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        await inner.RecordResultAsync(result, cancellationToken);
    }

    public async Task<IReadOnlyList<WorkLease>> ReclaimExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.ReclaimExpiredLeasesAsync(cancellationToken);
    }

    public async Task<ModuleResultEnvelope?> GetResultAsync(string nodeId, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.GetResultAsync(nodeId, cancellationToken);
    }

    public async Task<CompletionBatch> ReadCompletionsAsync(string? cursor, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        return await inner.ReadCompletionsAsync(cursor, cancellationToken);
    }

    public async Task EndRunAsync(RunOutcome outcome, CancellationToken cancellationToken)
    {
        await ReachAsync(cancellationToken);
        await inner.EndRunAsync(outcome, cancellationToken);
    }

    public Task<long> WaitForWorkAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        inner.WaitForWorkAsync(lastSeen, timeout, cancellationToken);

    public Task<long> WaitForCompletionsAsync(long lastSeen, TimeSpan timeout, CancellationToken cancellationToken) =>
        inner.WaitForCompletionsAsync(lastSeen, timeout, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async Task ReachAsync(CancellationToken cancellationToken)
    {
        if (_outage is { } outage)
        {
            _callHeldUp.TrySetResult();
            await outage.Task.WaitAsync(cancellationToken);
        }
    }
}
