using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Cancellation;

/// <summary>Ctrl-C (SIGINT) on the master while workers run modules: the run is cancelled everywhere.</summary>
public sealed class MasterInterruptedTests : DistributedTest
{
    /// <summary>A protocol bound (cancellation is published at once; the fallback poll is 0.2 s here), kept generous.</summary>
    private const long CancellationBoundMs = 2000;

    [Test]
    public async Task ModulesOnWorkersObserveCancellationWithinTwoSecondsAndEveryInstanceExits()
    {
        var run = NewRun("cancel");
        var master = run.StartMaster(total: 3);
        run.StartWorker(1, 3, concurrency: 1);
        run.StartWorker(2, 3, concurrency: 1);
        var victim = await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        var bystander = await run.WaitForMarkerAsync("started", "Bystander", 1, StepTimeout);

        var sentAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Signals.AssumeInterruptible(master.Pid);
        master.Signal("INT");
        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(victim.Instance, Is.Not.Zero.And.Not.EqualTo(bystander.Instance), "the two blocking modules should run on the two workers");
            foreach (var module in new[] { "Victim", "Bystander" })
            {
                var fired = run.Marker("cancelled", module);
                Assert.That(fired, Is.Not.Null, $"{module}'s token never fired");
                Assert.That(fired!.EndMs - sentAt, Is.LessThanOrEqualTo(CancellationBoundMs), $"{module} observed cancellation {fired.EndMs - sentAt} ms after SIGINT");
                Assert.That(results[module].Status, Is.EqualTo("Cancelled"), () => results.ToString());
            }

            Assert.That(exits[0], Is.EqualTo(130), () => master.Transcript);
            Assert.That(exits.Skip(1), Is.All.EqualTo(130), () => run.Transcripts);
            Assert.That(run.Processes.Skip(1).Select(p => p.StandardOutput), Has.All.Contains("The run was cancelled."));
        }
    }
}
