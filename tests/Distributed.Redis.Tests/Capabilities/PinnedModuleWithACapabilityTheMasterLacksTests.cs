using System.Diagnostics;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Capabilities;

/// <summary>
/// A pinned module requiring a capability the master does not advertise: only the master may run it, and the master
/// knows what it advertises, so the module fails at once; the other pinned modules are not held up.
/// </summary>
public sealed class PinnedModuleWithACapabilityTheMasterLacksTests : DistributedTest
{
    private const int CapabilityTimeoutSeconds = 40;

    [Test]
    public async Task ThePinnedModuleFailsAtOnceNamingTheCapabilityAndThePlainPinnedModuleRunsOnTheMaster()
    {
        var run = NewRun("none", new Dictionary<string, string?> { ["MPD_TEST_CAPABILITY_TIMEOUT"] = $"{CapabilityTimeoutSeconds}" });

        // Only the worker has gpu, so AcceleratedOnMaster's other dependency, GpuModule, succeeds there.
        var clock = Stopwatch.StartNew();
        var master = run.StartMaster(total: 2, capabilities: ["docker", "windows", "macos"]);
        var worker = run.StartWorker(1, 2, [DistributedRun.WorkerCapability, "gpu"]);
        var masterExit = await master.WaitForExitAsync(RunTimeout);
        var elapsed = clock.Elapsed;
        await worker.WaitForExitAsync(RunTimeout);
        var results = run.ReadResults();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results["Source"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["Source"].Instance, Is.Zero, () => results.ToString());
            Assert.That(run.Marker("started", "Source")?.Pid, Is.EqualTo(master.Pid), "the plain pinned module ran in another process than the master's");
            Assert.That(results["GpuModule"].Status, Is.EqualTo("Succeeded"), () => results.ToString());
            Assert.That(results["AcceleratedOnMaster"].Status, Is.EqualTo("Failed"), () => results.ToString());
            Assert.That(results["AcceleratedOnMaster"].Detail, Does.Contain("gpu"), () => results.ToString());
            Assert.That(run.Marker("started", "AcceleratedOnMaster"), Is.Null, "the pinned gpu module ran");
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(CapabilityTimeoutSeconds / 2)), () => run.Transcripts);
            Assert.That(masterExit, Is.EqualTo(1), () => run.Transcripts);
        }
    }
}
