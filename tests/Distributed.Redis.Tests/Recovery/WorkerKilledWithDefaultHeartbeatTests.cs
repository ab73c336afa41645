using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Recovery;

/// <summary>
/// kill -9 of a worker with the default heartbeat options (a beat every 10 s, a 30 s lease): its Redis connections
/// close with the process, so the master reclaims its work from its vanished presence, not from the lease expiring.
/// </summary>
public sealed class WorkerKilledWithDefaultHeartbeatTests : DistributedTest
{
    private static readonly TimeSpan Requeued = TimeSpan.FromSeconds(3);

    [Test]
    public async Task KilledWorkersModuleRunsElsewhereWithinThreeSeconds()
    {
        var run = NewRun("kill", new Dictionary<string, string?>
        {
            ["MPD_TEST_HEARTBEAT_INTERVAL"] = "10",
            ["MPD_TEST_HEARTBEAT_TIMEOUT"] = "30",
        });
        var master = run.StartMaster(total: 3);
        PipelineProcess[] workers = [run.StartWorker(1, 3, concurrency: 1), run.StartWorker(2, 3, concurrency: 1)];

        var first = await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        var killed = run.ProcessOf(first);
        var survivor = workers.Single(w => w != killed);
        killed.KillHard();
        var killedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var second = await run.WaitForMarkerAsync("started", "Victim", 2, StepTimeout);
        var masterExit = await master.WaitForExitAsync(RunTimeout);
        var survivorExit = await survivor.WaitForExitAsync(RunTimeout);
        var results = run.ReadResults();
        var completions = await run.Database.StreamRangeAsync(run.Keys.Completions);
        var accepted = completions.Count(e => e["node"] == TestPipelineApp.ModuleId("Victim") && !e["result"].IsNull);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.StartMs - killedAt, Is.LessThanOrEqualTo((long)Requeued.TotalMilliseconds), "ms from kill -9 to the module running again");
            Assert.That(second.Pid, Is.EqualTo(survivor.Pid), "attempt 2 ran elsewhere than on the surviving worker");
            Assert.That(masterExit, Is.Zero, () => run.Transcripts);
            Assert.That(survivorExit, Is.Zero, () => run.Transcripts);
            Assert.That(results["Victim"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(run.Marker("started", "Victim", 3), Is.Null, "the module ran a third time");
            Assert.That(accepted, Is.EqualTo(1), "results accepted for the module (completions stream entries)");
            Assert.That(master.CountLines($@"gone   instance {first.Instance}: its connection to Redis closed"), Is.EqualTo(1), () => master.Output);
        }
    }

    [Test]
    public async Task ALiveWorkerWhosePresenceSubscriptionIsRefusedKeepsItsWork()
    {
        // The presence check must not take a live worker for dead. For 3 s (three times the presence grace) Redis
        // refuses the presence channels (an ACL that allows only the wake-up channels disconnects every subscription
        // connection and refuses the presence channels when they resubscribe), while the worker runs a module; the
        // module still finishes on its first attempt, because the worker beats until it is subscribed again.
        await using var redis = await RedisServer.StartAsync();
        var run = NewRun("pubsub", new Dictionary<string, string?>
        {
            ["MPD_TEST_HEARTBEAT_INTERVAL"] = "10",
            ["MPD_TEST_HEARTBEAT_TIMEOUT"] = "30",
        }, redis);
        var master = run.StartMaster(total: 2);
        run.StartWorker(1, 2);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);

        await redis.Server.ExecuteAsync("ACL", "SETUSER", "default", "resetchannels", "&" + run.Keys.WorkChannel, "&" + run.Keys.CompletionChannel);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await redis.Server.ExecuteAsync("ACL", "SETUSER", "default", "allchannels");
        run.Release("victim");
        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(results["Victim"].Attempts, Is.EqualTo(1), () => results.ToString());
            Assert.That(run.Marker("started", "Victim", 2), Is.Null, "the live worker's module was re-queued");
            Assert.That(master.CountLines("gone   instance"), Is.Zero, () => master.Output);
        }
    }
}
