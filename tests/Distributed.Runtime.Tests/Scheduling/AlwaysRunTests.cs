using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class AlwaysRunTests
{
    [Test]
    public async Task AlwaysRunModuleRunsAfterItsDependencyFailed()
    {
        ModuleDefinition[] modules =
        [
            Node.Failing("Deploy", "deploy failed"),
            Node.Probe("Cleanup", async (context, _) =>
            {
                ModuleResult<string> deploy = await context.GetModule<ProbeModule>();
                return $"cleaned up after {deploy.Status}";
            }, dependsOn: ["Deploy"], alwaysRun: true),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Cleanup"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.Typed<string>("Cleanup").Value, Is.EqualTo("cleaned up after Failed"));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task AlwaysRunModuleStartsAfterAnUnrelatedFailure()
    {
        // One slot: Breaks runs first, then ordinary modules stop starting, but Report still runs.
        ModuleDefinition[] modules =
        [
            Node.Failing("Breaks", "bad"),
            Node.Returning("Ordinary"),
            Node.Returning("Report", alwaysRun: true),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Ordinary"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Report"].Status, Is.EqualTo(ModuleStatus.Succeeded));
        }
    }

    [Test]
    public async Task AlwaysRunModuleWaitsForItsSkippedDependenciesToSettle()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Failing("Breaks", "bad"),
            Node.Probe("Middle", log.Body("Middle"), dependsOn: ["Breaks"]),
            Node.Probe("Final", log.Body("Final"), dependsOn: ["Middle"], alwaysRun: true),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Middle"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(log.HasStarted("Middle"), Is.False);
            Assert.That(run["Final"].Status, Is.EqualTo(ModuleStatus.Succeeded));
        }
    }
}
