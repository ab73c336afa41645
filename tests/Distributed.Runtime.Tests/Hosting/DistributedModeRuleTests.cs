using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Hosting;

/// <summary>A run is distributed when a coordinator is configured; options tuned in code alone keep it in one process.</summary>
public sealed class DistributedModeRuleTests
{
    [Test]
    public async Task TuningDistributedOptionsInCodeStillRunsInOneProcessWithoutACoordinator()
    {
        ModuleDefinition[] modules = [Node.Returning("Build"), Node.Returning("Test", dependsOn: ["Build"])];

        var run = await PipelineHarness.RunAsync(modules, [], configure: builder => builder.AddDistributedMode(options =>
        {
            options.HeartbeatIntervalSeconds = 5;
            options.HeartbeatTimeoutSeconds = 60;
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(run.Error, Is.Empty);
            Assert.That(run.Results.Select(r => r.Status), Is.All.EqualTo(ModuleStatus.Succeeded));
        }
    }

    [Test]
    public async Task ARedisCoordinatorInCodeMakesTheRunDistributed()
    {
        ModuleDefinition[] modules = [Node.Returning("Build")];

        // No run id: the distributed run refuses to start, which shows it was taken for one.
        var run = await PipelineHarness.RunAsync(modules, [], configure: builder => builder.AddRedisCoordinator("127.0.0.1:1"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.Error, Does.Contain("distributed mode needs a run id"));
        }
    }
}
