using System.Text;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// The published manifest rewritten in Redis, between publish and consume, to name a path outside the consumer's
/// workspace: the consumers refuse it and write nothing, neither there nor in their workspace.
/// </summary>
public sealed class TamperedManifestTests : DistributedTest
{
    private const string Replaced = "out/bin/lib1.dll";

    // The consumer's workspace is workspace-2 in the run's folder: both paths name the run's folder/escaped.dll.
    [Test]
    public Task APathIntoTheParentFolderIsRefusedAndNothingIsWritten() => TamperAndConsumeAsync(_ => "../escaped.dll");

    [Test]
    public Task AnAbsolutePathIsRefusedAndNothingIsWritten() => TamperAndConsumeAsync(outside => outside);

    /// <param name="pathNamed">What the manifest is made to name, from the absolute path of the file outside.</param>
    private async Task TamperAndConsumeAsync(Func<string, string> pathNamed)
    {
        var run = new ArtifactRun(NewRun("tamper", assemblyPath: ArtifactPipelineApp.AssemblyPath));
        var master = run.StartMaster(total: 3);
        var producer = run.StartProducer(1, 3);
        var consumer = run.StartConsumer(2, 3);

        await run.WaitForManifestAsync(StepTimeout);
        var outside = Path.Combine(run.Run.Directory, "escaped.dll");
        var named = pathNamed(outside);
        var published = Encoding.UTF8.GetString((byte[])(await run.Run.Database.StringGetAsync(run.ManifestKey))!);
        Assert.That(published, Does.Contain($"\"{Replaced}\""), "the manifest as published");
        await run.Run.Database.StringSetAsync(run.ManifestKey, published.Replace($"\"{Replaced}\"", $"\"{named}\"", StringComparison.Ordinal), expiry: null, keepTtl: true);
        run.Run.Release("gate");

        var masterExit = await master.WaitForExitAsync(RunTimeout);
        var exits = new[] { await producer.WaitForExitAsync(RunTimeout), await consumer.WaitForExitAsync(RunTimeout) };
        var results = run.Run.ReadResults();
        var refusal = $"artifact 'bin' of {ArtifactPipelineApp.ModuleId("Compile")}: its manifest names '{named}', which is not a path inside the workspace";

        using (Assert.EnterMultipleScope())
        {
            Assert.That(masterExit, Is.Not.Zero, () => master.Output);
            Assert.That(exits, Is.All.Zero, () => run.Run.Transcripts);
            foreach (var module in (string[])["UnitTests", "IntegrationTests"])
            {
                Assert.That(results[module].Status, Is.EqualTo("Failed"), () => results.ToString());
                Assert.That(results[module].Detail, Does.Contain(refusal), () => results.ToString());
            }

            Assert.That(File.Exists(outside), Is.False, "a file written outside the consumer's workspace");
            Assert.That(run.FilesOf(2), Is.Empty, "files the consumer wrote although it refused the manifest");
            Assert.That(master.Output, Does.Contain(refusal), () => master.Output);
        }
    }
}
