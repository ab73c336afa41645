using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Payloads;

/// <summary>
/// A dependency's stored result replaced with something that is not a result of its type: the worker reading it
/// fails the dependent module with a clear error, and the run ends (no hang, no crash).
/// </summary>
public sealed class GarbageStoredResultTests : DistributedTest
{
    private static readonly string SourceId = TestPipelineApp.ModuleId("Source");

    private static IEnumerable<TestCaseData> GarbagePayloads()
    {
        yield return new TestCaseData("{this is not json", "is not valid JSON for a ModuleResultEnvelope")
            .SetArgDisplayNames("not JSON");
        yield return new TestCaseData("null", "is JSON null")
            .SetArgDisplayNames("JSON null");
        yield return new TestCaseData(
                $$"""{"NodeId":"{{SourceId}}","Status":"Succeeded","ValueJson":"{\"Count\":\"seven\"}","Attempts":1}""",
                "is not a valid SourceValue")
            .SetArgDisplayNames("an envelope whose value is not a SourceValue");
    }

    [TestCaseSource(nameof(GarbagePayloads))]
    public async Task TheDependentModuleFailsNamingThePayloadAndTheRunEnds(string payload, string expectedError)
    {
        var run = NewRun("payload");

        var (masterExit, workerExit, results) = await TamperedDependencyRun.RunAsync(run, payload, StepTimeout, RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results["Consumer"].Status, Is.EqualTo("Failed"), () => results.ToString());
            Assert.That(results["Consumer"].Detail, Does.Contain(expectedError).And.Contain("Source"), () => results.ToString());
            Assert.That(masterExit, Is.EqualTo(1), () => run.Transcripts);
            Assert.That(workerExit, Is.Zero, () => run.Transcripts);
        }
    }
}
