namespace ModularPipelines.Distributed;

/// <summary>
/// The run's instances as far as the master knows them. The coordinator keeps no join or leave times, only each
/// instance's registration and last heartbeat, so the master samples its live registrations
/// (<see cref="IDistributedCoordinator.GetLiveInstancesAsync"/>, with the heartbeat timeout the scheduler judges
/// instances by) when the run starts, every <see cref="Interval"/> while it runs, and once more when it ends.
/// </summary>
internal sealed class InstanceSightings(TimeProvider time)
{
    /// <summary>How often the live registrations are read: one coordinator call a second, and only when a report is asked for.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>How long the last sample may take: a coordinator that stopped answering must not hold up the report.</summary>
    private static readonly TimeSpan FinalSampleBudget = TimeSpan.FromSeconds(1);
    private readonly Dictionary<int, InstanceSighting> _seen = [];

    /// <summary>Every instance any sample listed, by index.</summary>
    public IReadOnlyList<InstanceSighting> All => [.. _seen.Values.OrderBy(s => s.Registration.InstanceIndex)];

    /// <summary>Samples now and every <see cref="Interval"/> until <paramref name="stop"/> fires.</summary>
    public async Task WatchAsync(IDistributedCoordinator coordinator, TimeSpan heartbeatTimeout, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval, time);
        using var stopping = PeriodicTicks.StopOn(timer, stop);
        try
        {
            do
            {
                await SampleAsync(coordinator, heartbeatTimeout, stop).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(CancellationToken.None).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended.
        }
        catch (Exception)
        {
            // The scheduler uses the same coordinator and reports its failure itself; a report never changes how a run ends.
        }
    }

    /// <summary>The sample taken when the run has ended, within <see cref="FinalSampleBudget"/>.</summary>
    public async Task SampleAtEndAsync(IDistributedCoordinator coordinator, TimeSpan heartbeatTimeout)
    {
        using var budget = new CancellationTokenSource(FinalSampleBudget, time);
        try
        {
            var live = await SampleAsync(coordinator, heartbeatTimeout, budget.Token).ConfigureAwait(false);
            foreach (var (index, sighting) in _seen.ToList())
            {
                _seen[index] = sighting with { LiveAtEnd = live.Contains(index) };
            }
        }
        catch (Exception)
        {
            // Unanswered or failed: the report keeps what the samples during the run saw.
        }
    }

    private async Task<HashSet<int>> SampleAsync(IDistributedCoordinator coordinator, TimeSpan heartbeatTimeout, CancellationToken cancellationToken)
    {
        var live = await coordinator.GetLiveInstancesAsync(heartbeatTimeout, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var registration in live)
        {
            _seen[registration.InstanceIndex] = _seen.TryGetValue(registration.InstanceIndex, out var known)
                ? known with { Registration = registration, LastSeenAt = now }
                : new InstanceSighting(registration, now, now, LiveAtEnd: false);
        }

        return [.. live.Select(r => r.InstanceIndex)];
    }
}
