using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>
/// Owns the leases this instance holds while their modules run (as BullMQ's lock manager sits beside its worker):
/// renews them with every heartbeat, stops a module whose lease was lost (reclaimed and given to another attempt), and
/// stops them all when the instance stops. The worker loop only claims, runs and completes.
/// </summary>
internal sealed class LeaseKeeper(IDistributedCoordinator coordinator, int instanceIndex, TimeSpan interval, TimeSpan leaseDuration, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WorkLease, CancellationTokenSource> _held = [];
    private volatile CoordinatorLostException? _lost;

    /// <summary>Set when a heartbeat found the coordinator lost; the worker loop stops the instance with it.</summary>
    public CoordinatorLostException? Lost => _lost;

    /// <summary>Starts keeping a lease; its module runs under the returned token, which fires when the lease is lost or the instance stops.</summary>
    public CancellationToken Hold(WorkLease lease, CancellationToken stopToken)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopToken);
        lock (_gate)
        {
            _held[lease] = cancellation;
        }

        return cancellation.Token;
    }

    /// <summary>
    /// Stops keeping a lease whose module ended: from now on it is being completed, and a heartbeat must neither renew
    /// it nor report it lost.
    /// </summary>
    public void Release(WorkLease lease)
    {
        CancellationTokenSource? cancellation;
        lock (_gate)
        {
            _held.Remove(lease, out cancellation);
        }

        cancellation?.Dispose();
    }

    /// <summary>Stops every module still running.</summary>
    public void CancelAll()
    {
        lock (_gate)
        {
            foreach (var cancellation in _held.Values)
            {
                cancellation.Cancel();
            }
        }
    }

    /// <summary>Beats every interval until <paramref name="stopToken"/> fires.</summary>
    public async Task RunAsync(CancellationToken stopToken)
    {
        using var timer = new PeriodicTimer(interval);
        using var stopping = PeriodicTicks.StopOn(timer, stopToken);
        var failing = false;
        do
        {
            try
            {
                await BeatAsync(stopToken).ConfigureAwait(false);
                failing = false;
            }
            catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
            {
                return;
            }
            catch (CoordinatorLostException lost)
            {
                _lost = lost;
            }
            catch (Exception exception)
            {
                // A failed beat is retried on the next tick; the lease outlives several intervals. One line per outage:
                // a beat every fraction of a second would otherwise flood the log while Redis restarts.
                if (!failing)
                {
                    logger.LogWarning("heartbeat failed: {Message}", exception.Message);
                }

                failing = true;
            }
        }
        while (await timer.WaitForNextTickAsync(CancellationToken.None).ConfigureAwait(false));
    }

    private async Task BeatAsync(CancellationToken stopToken)
    {
        List<WorkLease> held;
        lock (_gate)
        {
            held = [.. _held.Keys];
        }

        foreach (var lease in await coordinator.HeartbeatAsync(instanceIndex, held, leaseDuration, stopToken).ConfigureAwait(false))
        {
            // A lease released while the beat was in flight was completed, not lost.
            if (Cancel(lease))
            {
                logger.LogWarning("lost   {NodeId}: the lease (token {Token}) was reclaimed; stopping the module", lease.NodeId, lease.Token);
            }
        }
    }

    /// <summary>Stops the module of a lease still kept; false when it is not kept any more.</summary>
    private bool Cancel(WorkLease lease)
    {
        lock (_gate)
        {
            if (!_held.TryGetValue(lease, out var cancellation))
            {
                return false;
            }

            cancellation.Cancel();
            return true;
        }
    }
}
