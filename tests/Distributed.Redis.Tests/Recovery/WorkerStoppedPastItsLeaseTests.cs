using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Recovery;

/// <summary>
/// SIGSTOP of a worker while its module runs, held past the lease, then SIGCONT: the module has meanwhile been
/// requeued to another worker, so the stopped worker's late result must be fenced out.
/// </summary>
public sealed class WorkerStoppedPastItsLeaseTests : DistributedTest
{
    [Test]
    public async Task ItsLateResultIsRejectedAndTheRunKeepsTheNewAttemptsResult()
    {
        // Attempt 1 sleeps 1.5 s (the worker is stopped meanwhile); attempt 2 waits for release.victim.
        var run = NewRun("stop", new Dictionary<string, string?> { ["MPD_TEST_VICTIM_MS"] = "1500", ["MPD_TEST_HEARTBEAT_TIMEOUT"] = "3" });
        var master = run.StartMaster(total: 3);
        PipelineProcess[] workers = [run.StartWorker(1, 3, concurrency: 1), run.StartWorker(2, 3, concurrency: 1)];

        var first = await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        var stopped = run.ProcessOf(first);
        var other = workers.Single(w => w != stopped);
        stopped.Signal("STOP");

        await master.WaitForLineAsync($@"requeue Victim: instance {first.Instance} ", StepTimeout);
        var second = await run.WaitForMarkerAsync("started", "Victim", 2, StepTimeout);
        stopped.Signal("CONT");

        // Attempt 1's sleep is over: the resumed worker reports, and the coordinator must refuse its stale token.
        await stopped.WaitForLineAsync(@"late\s+Victim: result rejected", StepTimeout);
        run.Release("victim");

        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();
        var completions = await run.Database.StreamRangeAsync(run.Keys.Completions);
        var accepted = completions.Count(e => e["node"] == TestPipelineApp.ModuleId("Victim") && !e["result"].IsNull);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(second.Pid, Is.EqualTo(other.Pid));
            Assert.That(results["Victim"], Is.EqualTo(new ResultRow("Victim", "Succeeded", 3 - first.Instance, 2, "\"attempt 2\"", "")), () => results.ToString());
            Assert.That(results["Hop3"].Value, Is.EqualTo("\"attempt 2>1>2>3\""), "a dependent read the rejected attempt's value");
            Assert.That(accepted, Is.EqualTo(1), "results accepted for the module (completions stream entries)");
            Assert.That(master.CountLines(@"Pipeline  ok\s+Victim\b"), Is.EqualTo(1), () => master.Output);
        }
    }
}
