using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class PinToMasterTests
{
    [Test]
    public async Task PinnedModuleWithoutTheMastersCapabilityDoesNotHoldUpTheOtherPinnedModule()
    {
        // The gpu module comes first, so the graph meets it before the plain pinned one.
        ModuleDefinition[] modules =
        [
            Node.Returning("APinnedGpu", requires: ["gpu"], pinToMaster: true),
            Node.Returning("BPinned", pinToMaster: true),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--capability", "docker");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["APinnedGpu"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["APinnedGpu"].SkipReason, Does.Contain("gpu"));
            Assert.That(run["BPinned"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }
}
