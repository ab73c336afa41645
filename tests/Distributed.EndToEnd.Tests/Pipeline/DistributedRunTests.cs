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
    public void PinnedPublishModuleRunsOnTheMaster() =>
        Assert.That(_master.Row(SampleModules.Publish).Instance, Is.EqualTo("0"), () => _master.Process.Transcript);
}
