using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Payloads;

/// <summary>Payload size limits hold both ways: a result too large to send, and a stored payload too large to read.</summary>
public sealed class OversizedPayloadTests : DistributedTest
{
    private const int MaxResultBytes = 4096;

    /// <summary>The coordinator's read limit: the result limit plus 64 KiB for the envelope.</summary>
    private const int MaxPayloadBytes = MaxResultBytes + (64 * 1024);

    private static readonly Dictionary<string, string?> SmallLimit = new() { ["MPD_TEST_MAX_RESULT_BYTES"] = "4096" };

    [Test]
    public async Task AResultOverTheLimitFailsItsModuleNamingTheLimit()
    {
        var run = NewRun("oversized", new Dictionary<string, string?>(SmallLimit) { ["MPD_TEST_BIG_BYTES"] = "10000" });
        run.StartMaster(total: 2);
        run.StartWorker(1, 2);

        var exits = await run.WaitForAllAsync(RunTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results["BigResult"].Status, Is.EqualTo("Failed"), () => results.ToString());
            Assert.That(results["BigResult"].Detail, Does.Contain($"over the {MaxResultBytes}-byte limit"), () => results.ToString());
            Assert.That(results["BigResult"].Instance, Is.EqualTo(1), () => results.ToString());
            Assert.That(exits, Is.EqualTo(new[] { 1, 0 }), () => run.Transcripts);
        }
    }

    [Test]
    public async Task AStoredDependencyResultOverTheLimitIsRejectedByTheWorkerReadingIt()
    {
        var run = NewRun("payload", SmallLimit);
        var huge = $$"""{"NodeId":"{{TestPipelineApp.ModuleId("Source")}}","Status":"Succeeded","ValueJson":"{{new string('x', MaxPayloadBytes + 1000)}}","Attempts":1}""";

        var (masterExit, workerExit, results) = await TamperedDependencyRun.RunAsync(run, huge, StepTimeout, RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results["Consumer"].Status, Is.EqualTo("Failed"), () => results.ToString());
            Assert.That(results["Consumer"].Detail, Does.Contain($"over the {MaxPayloadBytes}-byte payload limit"), () => results.ToString());
            Assert.That(masterExit, Is.EqualTo(1), () => run.Transcripts);
            Assert.That(workerExit, Is.Zero, () => run.Transcripts);
        }
    }
}
