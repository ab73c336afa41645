using ModularPipelines.Distributed.EndToEnd.Tests.Support;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Pipeline;

public sealed class DockerCapabilityTests
{
    [Test]
    public async Task DockerModuleRunsWhenTheCommandLineAdvertisesDocker()
    {
        var run = await SamplePipeline.RunAsync("--capability", "docker");

        AssertDockerModuleRan(run);
    }

    [Test]
    public async Task DockerModuleRunsWhenTheEnvironmentAdvertisesDocker()
    {
        var run = await SamplePipeline.RunAsync([], new Dictionary<string, string?> { ["MODULAR_PIPELINES_CAPABILITIES"] = "docker" });

        AssertDockerModuleRan(run);
    }

    private static void AssertDockerModuleRan(SampleRun run)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, () => run.Process.Transcript);
            Assert.That(run.Row(SampleModules.Docker).Status, Is.EqualTo("Succeeded"), () => run.Process.Transcript);
            Assert.That(run.HasProgressLine("start", SampleModules.Docker), Is.True, () => run.Process.Transcript);
            Assert.That(run.Row(SampleModules.Report).Status, Is.EqualTo("Succeeded"), () => run.Process.Transcript);
        }
    }
}
