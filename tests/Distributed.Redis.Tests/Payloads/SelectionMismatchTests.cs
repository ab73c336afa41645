using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Payloads;

/// <summary>Every instance of a run must run the same selection of modules: the master puts its own in the run's state.</summary>
public sealed class SelectionMismatchTests : DistributedTest
{
    private const int ConfigurationError = 2;

    [Test]
    public async Task AWorkerStartedWithAnotherSelectionIsRefusedWithBoth()
    {
        var run = NewRun("selection");
        run.StartMaster(total: 2, extraArguments: ["--module", "Hop3"]);
        var worker = run.StartWorker(1, 2);

        // The master waits for a worker that will not come; the test's teardown stops it.
        var workerExit = await worker.WaitForExitAsync(RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workerExit, Is.EqualTo(ConfigurationError), () => worker.Transcript);
            Assert.That(worker.StandardError, Does.Contain(
                $"this worker's module selection (every module) differs from the master's (--module {TestPipelineApp.ModuleId("Hop3")}): start every instance with the same --module, --category and --skip-module options"));
        }
    }

    [Test]
    public async Task AWorkerWithTheSameSelectionJoinsAndTheLeftOutModulesAreSkipped()
    {
        var run = NewRun("selection");
        var master = run.StartMaster(total: 2, extraArguments: ["--module", "Hop3"]);
        run.StartWorker(1, 2, extraArguments: ["--module", TestPipelineApp.ModuleId("Hop3")]);

        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(results["Hop3"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["Bystander"].Status, Is.EqualTo("Skipped"), () => results.ToString());
            Assert.That(master.Output, Does.Contain("not selected by --module Hop3"));
        }
    }
}
