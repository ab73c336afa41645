using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Retries;

/// <summary>
/// <c>--retries</c> is the master's: it travels in the run's manifest, so a worker given none retries as the master says;
/// and a failure a worker ignores (<c>[IgnoreFailureIf&lt;T&gt;]</c>) reaches the master with its reason.
/// </summary>
public sealed class RunTimeRetriesAcrossInstancesTests : DistributedTest
{
    private const int ConfigurationError = 2;

    [Test]
    public async Task WorkerAppliesTheMastersRetriesAndAnIgnoredFailureOnAWorkerLetsTheRunSucceed()
    {
        var run = NewRun("retries");
        var master = run.StartMaster(total: 2, extraArguments: ["--retries", "2"]);
        run.StartWorker(1, 2);

        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(results["WorkerFlaky"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["WorkerFlaky"].Instance, Is.EqualTo(1), () => results.ToString());
            Assert.That(results["WorkerFlaky"].Attempts, Is.EqualTo(3), () => results.ToString());
            Assert.That(results["WorkerAdvisory"].Status, Is.EqualTo("Failed"), () => results.ToString());
            Assert.That(results["WorkerAdvisory"].Attempts, Is.EqualTo(1), "[ModuleRetry(0)] wins over --retries");
            Assert.That(results["WorkerAdvisory"].Detail, Does.EndWith("(failure ignored: advisory on instance 1)"), () => results.ToString());
            Assert.That(results["AfterAdvisory"].Value, Is.EqualTo("\"advisory Failed\""), () => results.ToString());
            Assert.That(master.Output, Does.Contain("Pipeline succeeded"));
        }
    }

    [Test]
    public async Task AWorkerGivenAnotherRetryCountIsRefusedWithBoth()
    {
        var run = NewRun("retries");
        run.StartMaster(total: 2, extraArguments: ["--retries", "2"]);
        var worker = run.StartWorker(1, 2, extraArguments: ["--retries", "1"]);

        // The master waits for a worker that will not come; the test's teardown stops it.
        var workerExit = await worker.WaitForExitAsync(RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(workerExit, Is.EqualTo(ConfigurationError), () => worker.Transcript);
            Assert.That(worker.StandardError, Does.Contain("this worker's --retries (1) differs from the master's (2)"));
        }
    }
}
