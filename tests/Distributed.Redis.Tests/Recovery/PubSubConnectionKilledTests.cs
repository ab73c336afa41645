using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Recovery;

/// <summary>
/// <c>CLIENT KILL TYPE pubsub</c> in the middle of a run drops every instance's wake-up connection. These tests own
/// their redis-server, since the command would hit every other test's processes too.
/// </summary>
public sealed class PubSubConnectionKilledTests : DistributedTest
{
    private RedisServer _redis = null!;

    [OneTimeSetUp]
    public async Task StartOwnRedis() => _redis = await RedisServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopOwnRedis() => await _redis.DisposeAsync();

    [Test]
    public async Task TheRunStillCompletesAndEveryInstanceSubscribesAgain()
    {
        var run = NewRun("pubsub", redis: _redis);
        var master = run.StartMaster(total: 3);
        run.StartWorker(1, 3);
        run.StartWorker(2, 3);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        await WaitForSubscribersAsync(run, 3);

        var killed = await _redis.KillClientsAsync("pubsub");
        await WaitForSubscribersAsync(run, 3);

        // Victim's dependents are three more dispatches after the connections were killed.
        run.Release("victim");
        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(killed, Is.GreaterThanOrEqualTo(3), "pub/sub connections killed");
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(results.Rows, Has.All.Property(nameof(ResultRow.Status)).EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["Hop3"].Value, Is.EqualTo("\"attempt 1>1>2>3\""));
            Assert.That(master.StandardOutput, Does.Contain("Pipeline succeeded"));
        }
    }

    [Test]
    public async Task CancellationReachesWorkersWhoseWakeUpConnectionWasKilled()
    {
        var run = NewRun("cancel", redis: _redis);
        var master = run.StartMaster(total: 3);
        run.StartWorker(1, 3, concurrency: 1);
        run.StartWorker(2, 3, concurrency: 1);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        await run.WaitForMarkerAsync("started", "Bystander", 1, StepTimeout);

        await _redis.KillClientsAsync("pubsub");
        var sentAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Signals.AssumeInterruptible(master.Pid);
        master.Signal("INT");
        var exits = await run.WaitForAllAsync(RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.EqualTo(130), () => run.Transcripts);
            foreach (var module in new[] { "Victim", "Bystander" })
            {
                var fired = run.Marker("cancelled", module);
                Assert.That(fired, Is.Not.Null, $"{module}'s token never fired");
                Assert.That(fired!.EndMs - sentAt, Is.LessThanOrEqualTo(2000), $"{module} observed cancellation {fired.EndMs - sentAt} ms after SIGINT");
            }
        }
    }

    /// <summary>Every instance subscribes to both wake-up channels; waits until <paramref name="expected"/> have, on each.</summary>
    private static async Task WaitForSubscribersAsync(DistributedRun run, long expected)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var channel in new[] { run.Keys.WorkChannel, run.Keys.CompletionChannel })
        {
            long count;
            while ((count = await run.Redis.SubscriberCountAsync(channel)) < expected)
            {
                if (clock.Elapsed > StepTimeout)
                {
                    Assert.Fail($"{count} of {expected} instances subscribed to {channel} after {StepTimeout.TotalSeconds:0}s.\n{run.Transcripts}");
                }

                await Task.Delay(50);
            }
        }
    }
}
