using ModularPipelines.Distributed.EndToEnd.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Pipeline;

/// <summary>
/// The sample spread over three processes coordinated by a real redis-server: a master and two workers whose
/// capabilities stand in for a Windows machine with docker and a macOS machine, as in a CI matrix.
/// </summary>
public sealed class DistributedRunTests
{
    private SampleRun _master = null!;
    private SampleRun[] _workers = null!;

    [OneTimeSetUp]
    public async Task RunTheSampleAsOneMasterAndTwoWorkers()
    {
        using var redis = await LocalRedisServer.StartAsync();
        var runId = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        string[] common = ["--total", "3", "--redis", redis.Configuration, "--run-id", runId];

        var master = SamplePipeline.RunAsync(["--instance", "0", .. common]);
        var windows = SamplePipeline.RunAsync(["--instance", "1", .. common, "--capability", "windows", "--capability", "docker"]);
        var macos = SamplePipeline.RunAsync(["--instance", "2", .. common, "--capability", "macos"]);
        _master = await master;
        _workers = [await windows, await macos];
    }

    private SampleRun Instance(string index) => index == "0" ? _master : _workers[int.Parse(index, System.Globalization.CultureInfo.InvariantCulture) - 1];

    [Test]
    public void MasterAndWorkersExitWithZero()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_master.ExitCode, Is.Zero, () => _master.Process.Transcript);
            foreach (var worker in _workers)
            {
                Assert.That(worker.ExitCode, Is.Zero, () => worker.Process.Transcript);
            }
        }
    }

    [Test]
    public void EveryModuleSucceedsBecauseSomeInstanceAdvertisesEachCapability() =>
        Assert.That(_master.Summary.Select(r => $"{r.Module} {r.Status}"), Is.EquivalentTo(SampleModules.All.Select(m => $"{m} Succeeded")), () => _master.Process.Transcript);

    [Test]
    public void MatrixInstancesRunOnTheWorkersThatAdvertiseTheirTargets()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_master.Row(SampleModules.Tests("windows")).Instance, Is.EqualTo("1"), () => _master.Process.Transcript);
            Assert.That(_master.Row(SampleModules.Tests("macos")).Instance, Is.EqualTo("2"), () => _master.Process.Transcript);
            Assert.That(_master.Row(SampleModules.Docker).Instance, Is.EqualTo("1"), () => _master.Process.Transcript);
        }
    }

    [Test]
    public void BuildOutputReachesTheTestsOnOtherInstancesAsAnArtifact()
    {
        var buildInstance = _master.Row(SampleModules.Build).Instance;
        using (Assert.EnterMultipleScope())
        {
            foreach (var target in new[] { "windows", "macos" })
            {
                var row = _master.Row(SampleModules.Tests(target));
                Assert.That(row.Artifacts, Does.StartWith("in 17.0 kB, out "), () => _master.Process.Transcript);
                if (row.Instance == buildInstance)
                {
                    continue;
                }

                // Every instance has a workspace of its own: the build's files can only have come through Redis.
                var instance = Instance(row.Instance);
                Assert.That(instance.Output, Does.Match(@"artifact 'build' of Sample\.Pipeline\.Modules\.BuildModule received[^:]*: 3 files, 17\.0 kB"), () => instance.Process.Transcript);
                Assert.That(instance.Output, Does.Contain($"{SampleModules.Tests(target)}  artifact 'test-results' published: "), () => instance.Process.Transcript);
            }
        }
    }

    [Test]
    public void PackageBuiltFromArtifactsIsVerifiedAndPublishedOnTheMaster()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_master.Output, Does.Match(@"verified Sample\.App\.1\.4\.0\.nupkg: sha256 [0-9a-f]{12} and 7 entries match"), () => _master.Process.Transcript);
            Assert.That(_master.Output, Does.Contain("packed 7 entries").And.Contain("tested on windows, linux, macos"), () => _master.Process.Transcript);
        }
    }

    [Test]
    public void PinnedPublishModuleRunsOnTheMaster() =>
        Assert.That(_master.Row(SampleModules.Publish).Instance, Is.EqualTo("0"), () => _master.Process.Transcript);
}
