using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Payloads;

/// <summary>
/// The run's manifest (<c>mpd:{runId}:manifest</c>) written by another build, or garbage: instances refuse to take
/// part with exit code 2 and one clear line, instead of running code against a graph they do not share.
/// </summary>
public sealed class ManifestMismatchTests : DistributedTest
{
    private const string ForeignFingerprint = "0123456789abcdef0123456789abcdef";

    [Test]
    public async Task AWorkerOfAnotherBuildExitsWithCode2NamingBothFingerprints()
    {
        var run = NewRun("none");
        await run.Database.StringSetAsync(run.Keys.Manifest, ForeignManifest(run.RunId));

        var worker = run.StartWorker(1, 2);
        var exit = await worker.WaitForExitAsync(RunTimeout);
        var own = Regex.Match(worker.StandardError, @"this worker's graph \(.*?fingerprint (?<own>[0-9a-f]{12})\)");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(2), () => worker.Transcript);
            Assert.That(worker.StandardError, Does.Contain(ForeignFingerprint[..12]).And.Contain("Other.Pipeline"), () => worker.Transcript);
            Assert.That(own.Success, Is.True, () => $"the worker's own fingerprint is not named:\n{worker.Transcript}");
            Assert.That(own.Groups["own"].Value, Is.Not.EqualTo(ForeignFingerprint[..12]));
            Assert.That(run.Marker("started", "Victim"), Is.Null, "the mismatched worker ran a module");
        }
    }

    [Test]
    public async Task AWorkerJoiningARunWithAGarbageManifestExitsWithCode2()
    {
        var run = NewRun("none");
        await run.Database.StringSetAsync(run.Keys.Manifest, "{garbage");

        var worker = run.StartWorker(1, 2);
        var exit = await worker.WaitForExitAsync(RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(2), () => worker.Transcript);
            Assert.That(worker.StandardError, Does.Contain("manifest"), () => worker.Transcript);
            Assert.That(worker.StandardError, Does.Not.Contain("Unhandled exception"), () => worker.Transcript);
        }
    }

    [Test]
    public async Task AMasterReusingTheRunIdOfAnotherBuildExitsWithCode2()
    {
        var run = NewRun("none");
        await run.Database.StringSetAsync(run.Keys.Manifest, ForeignManifest(run.RunId));

        var master = run.StartMaster(total: 2);
        var exit = await master.WaitForExitAsync(RunTimeout);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exit, Is.EqualTo(2), () => master.Transcript);
            Assert.That(master.StandardError, Does.Contain($"run '{run.RunId}' already exists"), () => master.Transcript);
            Assert.That(master.StandardError, Does.Not.Contain("Unhandled exception"), () => master.Transcript);
        }
    }

    private static string ForeignManifest(string runId) =>
        $$"""{"RunId":"{{runId}}","Fingerprint":"{{ForeignFingerprint}}","Build":"Other.Pipeline","TotalInstances":2}""";
}
