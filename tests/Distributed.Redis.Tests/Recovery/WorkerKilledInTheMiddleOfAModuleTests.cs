using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Recovery;

/// <summary>kill -9 of a worker while its module runs: the lease expires, the master requeues, another worker runs it.</summary>
public sealed class WorkerKilledInTheMiddleOfAModuleTests : DistributedTest
{
    [Test]
    public async Task TheModuleRunsAgainOnAnotherWorkerAndExactlyOneResultIsAccepted()
    {
        var run = NewRun("kill", new Dictionary<string, string?> { ["MPD_TEST_HEARTBEAT_TIMEOUT"] = "3" });
        var master = run.StartMaster(total: 3);
        PipelineProcess[] workers = [run.StartWorker(1, 3, concurrency: 1), run.StartWorker(2, 3, concurrency: 1)];

        var first = await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        var killed = run.ProcessOf(first);
        var survivor = workers.Single(w => w != killed);
        killed.KillHard();

        var masterExit = await master.WaitForExitAsync(RunTimeout);
        var survivorExit = await survivor.WaitForExitAsync(RunTimeout);
        var results = run.ReadResults();
        var second = run.Marker("started", "Victim", 2);
        var completions = await run.Database.StreamRangeAsync(run.Keys.Completions);
        var accepted = completions.Count(e => e["node"] == TestPipelineApp.ModuleId("Victim") && !e["result"].IsNull);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(masterExit, Is.Zero, () => run.Transcripts);
            Assert.That(survivorExit, Is.Zero, () => run.Transcripts);
            Assert.That(results["Victim"], Is.EqualTo(new ResultRow("Victim", "Succeeded", 3 - first.Instance, 2, "\"attempt 2\"", "")), () => results.ToString());
            Assert.That(results["Hop3"].Value, Is.EqualTo("\"attempt 2>1>2>3\""), "a dependent read another attempt's value");
            Assert.That(second?.Pid, Is.EqualTo(survivor.Pid), "attempt 2 ran elsewhere than on the surviving worker");
            Assert.That(run.Marker("started", "Victim", 3), Is.Null, "the module ran a third time");
            Assert.That(accepted, Is.EqualTo(1), "results accepted for the module (completions stream entries)");
            Assert.That(master.CountLines(@"Pipeline  ok\s+Victim\b"), Is.EqualTo(1), () => master.Output);
            Assert.That(master.CountLines($@"requeue Victim: instance {first.Instance} stopped renewing its lease"), Is.EqualTo(1), () => master.Output);
            Assert.That(master.CountLines($@"Pipeline  start  Victim on instance {first.Instance}$"), Is.EqualTo(1), () => master.Output);
            Assert.That(master.CountLines($@"Pipeline  start  Victim \(attempt 2\) on instance {3 - first.Instance}$"), Is.EqualTo(1), () => master.Output);
        }
    }
}
