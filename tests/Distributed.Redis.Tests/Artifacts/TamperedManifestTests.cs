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
        var gated = await GatedRun.PublishedAsync(NewRun("tamper", assemblyPath: ArtifactPipelineApp.AssemblyPath), StepTimeout);
        var run = gated.Run;
        var outside = Path.Combine(run.Run.Directory, "escaped.dll");
        var named = pathNamed(outside);
        var published = Encoding.UTF8.GetString((byte[])(await run.Run.Database.StringGetAsync(run.ManifestKey))!);
        Assert.That(published, Does.Contain($"\"{Replaced}\""), "the manifest as published");
        await run.Run.Database.StringSetAsync(run.ManifestKey, published.Replace($"\"{Replaced}\"", $"\"{named}\"", StringComparison.Ordinal), expiry: null, keepTtl: true);

        var refusal = $"artifact 'bin' of {ArtifactPipelineApp.ModuleId("Compile")}: its manifest names '{named}', which is not a path inside the workspace";
        await gated.OpenAndCheckTheConsumersFailedAsync(refusal, RunTimeout, () =>
        {
            Assert.That(File.Exists(outside), Is.False, "a file written outside the consumer's workspace");
            Assert.That(run.FilesOf(GatedRun.Consumer), Is.Empty, "files the consumer wrote although it refused the manifest");
        });
    }
}
