using System.Diagnostics;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Recovery;

/// <summary>kill -9 of the master while workers run modules: the workers notice its silence and stop.</summary>
public sealed class MasterKilledTests : DistributedTest
{
    private const double HeartbeatTimeoutSeconds = 2;

    [Test]
    public async Task WorkersExitWithCode3AndAMessageWithinTheMasterTimeout()
    {
        var run = NewRun("masterkill", new Dictionary<string, string?>
        {
            ["MPD_TEST_HEARTBEAT_TIMEOUT"] = HeartbeatTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var master = run.StartMaster(total: 3);
        PipelineProcess[] workers = [run.StartWorker(1, 3, concurrency: 1), run.StartWorker(2, 3, concurrency: 1)];
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        await run.WaitForMarkerAsync("started", "Bystander", 1, StepTimeout);

        var clock = Stopwatch.StartNew();
        master.KillHard();
        var exits = new List<(int Code, TimeSpan After)>();
        foreach (var worker in workers)
        {
            exits.Add((await worker.WaitForExitAsync(RunTimeout), clock.Elapsed));
        }

        // The bound: the heartbeat timeout, plus a poll interval and a generous margin for a loaded machine.
        var bound = TimeSpan.FromSeconds(HeartbeatTimeoutSeconds + 6);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits.Select(e => e.Code), Is.All.EqualTo(3), () => run.Transcripts);
            Assert.That(exits.Select(e => e.After), Is.All.LessThan(bound), () => run.Transcripts);
            Assert.That(workers.Select(w => w.StandardError), Has.All.Contains("the master (instance 0) has not sent a heartbeat"), () => run.Transcripts);
            Assert.That(run.Marker("cancelled", "Victim"), Is.Not.Null, "the worker left Victim running");
            Assert.That(run.Marker("cancelled", "Bystander"), Is.Not.Null, "the worker left Bystander running");
        }
    }
}
