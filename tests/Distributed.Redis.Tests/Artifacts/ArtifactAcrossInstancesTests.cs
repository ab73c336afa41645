using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>The build's files cross from the worker that built them to a worker with another workspace, through Redis.</summary>
public sealed class ArtifactAcrossInstancesTests : DistributedTest
{
    private static readonly string[] Published =
    [
        "out/bin/big.bin", "out/bin/empty.txt", "out/bin/lib1.dll", "out/bin/lib2.dll", "out/bin/lib3.dll", "out/bin/lib4.dll",
        "out/bin/lib5.dll", "out/bin/lib6.dll", "out/bin/lib7.dll", "out/bin/lib8.dll", "out/bin/sub/same-a.txt", "out/bin/sub/same-b.txt",
    ];

    [Test]
    public async Task ConsumersOnAnotherInstanceReceiveEveryFileAndShareOneDownload()
    {
        var run = new ArtifactRun(NewRun("plain", assemblyPath: ArtifactPipelineApp.AssemblyPath));
        var master = run.StartMaster(total: 3);
        run.StartProducer(1, 3);
        var consumer = run.StartConsumer(2, 3, concurrency: 2);

        var exits = await run.Run.WaitForAllAsync(RunTimeout);
        var results = run.Run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Run.Transcripts);
            Assert.That(results["UnitTests"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["IntegrationTests"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(run.FilesOf(2), Is.EqualTo(Published), "the consumer's workspace: the artifact's files, no symbols, no temporary file");
            // Both consumers receive the artifact; its content crosses once: the second joins the first's download, or
            // (if it starts after that one ended) finds every file in place. Two identical files cross once either way.
            Assert.That(consumer.CountLines("artifact 'bin' of ModularPipelines.Distributed.ArtifactPipeline.Compile received"), Is.EqualTo(2), () => consumer.Output);
            Assert.That(consumer.CountLines(@"received: 12 files, 4\.0 MB \(11 downloaded"), Is.EqualTo(1), () => consumer.Output);
            Assert.That(consumer.CountLines("received with another module's download") + consumer.CountLines(@"\(0 downloaded, 0 B; the rest already there\)"), Is.EqualTo(1), () => consumer.Output);
            Assert.That(master.Output, Does.Contain("Artifacts"), () => master.Output);
        }
    }
}
