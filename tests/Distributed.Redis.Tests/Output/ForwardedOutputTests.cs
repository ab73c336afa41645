using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Output;

/// <summary>What a module logs on a worker reaches the master's console while it runs, capped, and with its failure.</summary>
public sealed class ForwardedOutputTests : DistributedTest
{
    [Test]
    public async Task AWorkersModuleLinesAppearOnTheMastersConsoleWhileItRuns()
    {
        var run = NewRun("output");
        var master = run.StartMaster(total: 2);
        run.StartWorker(1, 2);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);

        // The module is still waiting for its release: the line must have arrived while it runs.
        await master.WaitForLineAsync(@"info Victim \[1\]  victim line 1 of attempt 1$", StepTimeout);
        var finishedEarly = run.Marker("finished", "Victim");
        run.Release("victim");
        var exits = await run.WaitForAllAsync(RunTimeout);
        var output = master.Output;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(finishedEarly, Is.Null, "the module finished before its line was seen");
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(output, Does.Contain("info Victim [1]  victim line 3 "));
            Assert.That(output.IndexOf("victim line 3 ", StringComparison.Ordinal), Is.LessThan(output.IndexOf("ok     Victim", StringComparison.Ordinal)),
                "a module's last lines come before its result");
        }
    }

    [Test]
    public async Task AFailedRemoteModulesLastLinesFollowItsFailureAfterTheSummary()
    {
        var run = NewRun("output", new Dictionary<string, string?> { ["MPD_TEST_VICTIM_FAILS"] = "1" });
        var master = run.StartMaster(total: 2);
        run.StartWorker(1, 2);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        run.Release("victim");
        await run.WaitForAllAsync(RunTimeout);
        var summary = master.StandardOutput[master.StandardOutput.IndexOf("Pipeline FAILED", StringComparison.Ordinal)..];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary, Does.Contain("Victim failed:\nits last 3 lines on instance 1:\n  victim line 1 of attempt 1\n  victim line 2 "));
            Assert.That(summary, Does.Contain("the victim failed after logging"));
        }
    }

    [Test]
    public async Task AChattyModuleIsCutAtItsCapAndTheCutIsSaid()
    {
        var run = NewRun("output", new Dictionary<string, string?>
        {
            ["MPD_TEST_VICTIM_LINES"] = "200",
            ["MPD_TEST_MAX_MODULE_OUTPUT_BYTES"] = "2000",
        });
        var master = run.StartMaster(total: 2);
        var worker = run.StartWorker(1, 2);
        await run.WaitForMarkerAsync("started", "Victim", 1, StepTimeout);
        run.Release("victim");
        var exits = await run.WaitForAllAsync(RunTimeout);

        var forwarded = master.CountLines(@"info Victim \[1\]  victim line");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(forwarded, Is.InRange(1, 40), "lines forwarded under a 2,000-byte cap");
            Assert.That(master.CountLines(@"info Victim \[1\]  … \d+ more bytes of output were not forwarded \(over the 2000-byte cap"), Is.EqualTo(1), () => master.Output);
            Assert.That(worker.CountLines(@"victim line \d+"), Is.EqualTo(200), "the worker's own log keeps every line");
        }
    }
}
