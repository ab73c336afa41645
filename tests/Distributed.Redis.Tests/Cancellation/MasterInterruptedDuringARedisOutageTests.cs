using System.Diagnostics;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Cancellation;

/// <summary>
/// Ctrl-C on the master while Redis is unreachable: the outage retry would wait out the heartbeat timeout, but every
/// call's token cancels its waiting, so the master stops at once with its summary. The test owns its redis-server.
/// </summary>
public sealed class MasterInterruptedDuringARedisOutageTests : DistributedTest
{
    private const long CancellationBoundMs = 2000;

    [Test]
    public async Task TheMasterExitsWithinTwoSecondsWithTheSummaryAndExitCode130()
    {
        await using var redis = await RedisServer.StartAsync();
        var run = NewRun("cancel", new Dictionary<string, string?> { ["MPD_TEST_HEARTBEAT_TIMEOUT"] = "30" }, redis);
        var master = run.StartMaster(total: 2);
        run.StartWorker(1, 2, concurrency: 1);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);

        await redis.KillAsync();
        await master.WaitForLineAsync("redis  unreachable", StepTimeout);
        Signals.AssumeInterruptible(master.Pid);
        var clock = Stopwatch.StartNew();
        master.Signal("INT");
        var exit = await master.WaitForExitAsync(RunTimeout);
        clock.Stop();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(clock.ElapsedMilliseconds, Is.LessThanOrEqualTo(CancellationBoundMs), () => $"ms from SIGINT to the master's exit\n{master.Transcript}");
            Assert.That(exit, Is.EqualTo(130), () => master.Transcript);
            Assert.That(master.StandardOutput, Does.Contain("Pipeline FAILED"), () => master.Transcript);
            Assert.That(master.StandardOutput, Does.Match(@"Victim\s.*Cancelled"), () => master.Transcript);
        }
    }
}
