using Microsoft.Extensions.Logging.Abstractions;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Execution;

/// <summary>
/// The loops that run on a timer for a whole run end without an exception when the run stops: under Native AOT the
/// first stack trace a process records costs milliseconds of CPU, and a cancelled PeriodicTimer wait records one.
/// </summary>
public sealed class StoppedTimerLoopTests
{
    [Test]
    public async Task AStoppedHeartbeatEndsWithoutACancellationException()
    {
        await using var coordinator = new InMemoryCoordinator(TimeProvider.System);
        var keeper = new LeaseKeeper(coordinator, 0, TimeSpan.FromHours(1), TimeSpan.FromHours(2), NullLogger.Instance);

        await AssertStopsQuietlyAsync(keeper.RunAsync);
    }

    [Test]
    public async Task AStoppedOutputShipperEndsWithoutACancellationException()
    {
        await using var coordinator = new InMemoryCoordinator(TimeProvider.System);
        var shipper = new ModuleOutputShipper(coordinator, 1, 1024, new SecretMasker());

        await AssertStopsQuietlyAsync(shipper.RunAsync);
    }

    [Test]
    public async Task StoppedInstanceSightingsEndWithoutACancellationException()
    {
        await using var coordinator = new InMemoryCoordinator(TimeProvider.System);
        var sightings = new InstanceSightings(TimeProvider.System);

        await AssertStopsQuietlyAsync(stop => sightings.WatchAsync(coordinator, TimeSpan.FromSeconds(30), stop));
    }

    private static async Task AssertStopsQuietlyAsync(Func<CancellationToken, Task> run)
    {
        using var stop = new CancellationTokenSource();
        using var raised = new CancellationsRaised(stop.Token);
        var running = run(stop.Token);

        await stop.CancelAsync();

        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(raised.Count, Is.Zero);
    }
}
