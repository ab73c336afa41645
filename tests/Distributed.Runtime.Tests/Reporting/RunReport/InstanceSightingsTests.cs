using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>The instances as the master's samples of the coordinator's live registrations saw them.</summary>
public sealed class InstanceSightingsTests
{
    private static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new();

    [Test]
    public async Task AnInstanceThatStoppedBeatingKeepsWhenItWasLastSeenAndIsNotLiveAtTheEnd()
    {
        await using var coordinator = new InMemoryCoordinator(_clock);
        var sightings = new InstanceSightings(_clock);
        await coordinator.JoinRunAsync(new InstanceRegistration(0, ["linux"], PipelineHarness.Fingerprint, 2, "master build"), CancellationToken.None);
        await coordinator.JoinRunAsync(new InstanceRegistration(1, ["windows"], PipelineHarness.Fingerprint, 4, "worker build"), CancellationToken.None);
        var joinedAt = _clock.GetUtcNow();
        using (var stop = new CancellationTokenSource())
        {
            // The first sample is taken at once; stopping ends the watch before the next.
            var watching = sightings.WatchAsync(coordinator, HeartbeatTimeout, stop.Token);
            await stop.CancelAsync();
            await watching;
        }

        _clock.Advance(TimeSpan.FromSeconds(20));
        await coordinator.HeartbeatAsync(0, [], HeartbeatTimeout, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(15));
        await sightings.SampleAtEndAsync(coordinator, HeartbeatTimeout);

        Assert.That(sightings.All.Select(s => (s.Registration.InstanceIndex, s.Registration.Build, s.FirstSeenAt, s.LastSeenAt, s.LiveAtEnd)), Is.EqualTo(new[]
        {
            (0, "master build", joinedAt, _clock.GetUtcNow(), true),
            (1, "worker build", joinedAt, joinedAt, false),
        }));
    }
}
