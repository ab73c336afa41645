using System.Diagnostics;
using ModularPipelines.Distributed.Redis.Tests.Support;

namespace ModularPipelines.Distributed.Redis.Tests.Capabilities;

/// <summary>
/// [RequiresCapability("worker", Optional = true)]: run where advertised; skipped with a reason, and at once, when every
/// expected instance has joined and none advertises it — not failed after the capability timeout.
/// </summary>
public sealed class OptionalCapabilityTests : DistributedTest
{
    private const int CapabilityTimeoutSeconds = 120;

    private static readonly Dictionary<string, string?> LongCapabilityTimeout = new() { ["MPD_TEST_CAPABILITY_TIMEOUT"] = "120" };

    [Test]
    public async Task ModuleWhoseOptionalCapabilityNoInstanceAdvertisesIsSkippedOnceAllHaveJoined()
    {
        var run = NewRun("none", LongCapabilityTimeout);
        string[] selection = ["--module", TestPipelineApp.ModuleId("OptionalOnWorkers")];

        var clock = Stopwatch.StartNew();
        var master = run.StartMaster(total: 2, extraArguments: selection);
        var worker = run.StartWorker(1, 2, capabilities: ["docker"], extraArguments: selection);
        var exits = await run.WaitForAllAsync(RunTimeout);
        var elapsed = clock.Elapsed;
        var module = run.ReadResults()["OptionalOnWorkers"];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(module.Status, Is.EqualTo("Skipped"), () => run.Transcripts);
            Assert.That(module.Detail, Is.EqualTo(
                "requires capability worker (optional), which no instance of this run advertises (instances 0–1 joined: docker, gpu, linux, macos, windows)"));
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(CapabilityTimeoutSeconds / 2)), "skipped once both joined, not after the capability timeout");
            Assert.That(run.Marker("started", "OptionalOnWorkers"), Is.Null, "it never started anywhere");
            Assert.That(master.Output, Does.Match(@"skip\s+OptionalOnWorkers: requires capability worker \(optional\)"));
        }
    }

    [Test]
    public async Task ModuleWhoseOptionalCapabilityAWorkerAdvertisesRunsThere()
    {
        var run = NewRun("none", LongCapabilityTimeout);
        string[] selection = ["--module", TestPipelineApp.ModuleId("OptionalOnWorkers")];

        run.StartMaster(total: 2, extraArguments: selection);
        run.StartWorker(1, 2, extraArguments: selection);
        var exits = await run.WaitForAllAsync(RunTimeout);
        var module = run.ReadResults()["OptionalOnWorkers"];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exits, Is.All.Zero, () => run.Transcripts);
            Assert.That(module.Status, Is.EqualTo("Succeeded"), () => run.Transcripts);
            Assert.That(module.Instance, Is.EqualTo(1));
        }
    }
}
