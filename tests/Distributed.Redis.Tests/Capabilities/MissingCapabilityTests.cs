using System.Diagnostics;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Capabilities;

/// <summary>A module requiring a capability no instance advertises: it fails after the capability timeout, it does not wait forever.</summary>
public sealed class MissingCapabilityTests : DistributedTest
{
    private const int CapabilityTimeoutSeconds = 3;

    [Test]
    public async Task TheModuleFailsAfterTheCapabilityTimeoutNamingTheCapability()
    {
        var run = NewRun("none", new Dictionary<string, string?> { ["MPD_TEST_CAPABILITY_TIMEOUT"] = "3" });

        // Everything is served (the master takes worker-only modules too) except "gpu".
        var clock = Stopwatch.StartNew();
        var master = run.StartMaster(total: 2, capabilities: [DistributedRun.WorkerCapability, "docker", "windows", "macos"]);
        var worker = run.StartWorker(1, 2);
        var masterExit = await master.WaitForExitAsync(RunTimeout);
        var elapsed = clock.Elapsed;
        var workerExit = await worker.WaitForExitAsync(RunTimeout);
        var gpu = run.ReadResults()["GpuModule"];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(gpu.Status, Is.EqualTo("Failed"), () => run.Transcripts);
            Assert.That(gpu.Detail, Does.Contain("capability gpu").And.Contain("GpuModule"), () => gpu.ToString());
            Assert.That(elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(CapabilityTimeoutSeconds)));
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(CapabilityTimeoutSeconds + 20)), () => run.Transcripts);
            Assert.That(masterExit, Is.EqualTo(1), () => run.Transcripts);
            Assert.That(workerExit, Is.Zero, () => run.Transcripts);
            Assert.That(master.Output, Does.Match(@"FAIL\s+GpuModule"));
        }
    }
}
