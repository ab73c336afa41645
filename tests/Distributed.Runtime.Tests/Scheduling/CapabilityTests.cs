using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class CapabilityTests
{
    private static readonly string[] Platforms = ["windows", "linux", "macos"];

    [Test]
    public async Task MatrixInstanceForAMissingCapabilityIsSkippedAndItsDependentsStillSucceed()
    {
        var modules = new List<ModuleDefinition>(Node.Matrix<TargetEcho, string>("CrossPlatformTests", Platforms, () => new TargetEcho()));
        modules.Add(Node.Returning("Publish", dependsOn: [.. Platforms.Select(p => $"CrossPlatformTests[{p}]")]));

        var run = await PipelineHarness.RunAsync(modules, ["--capability", "linux"], configure: WithoutOsDetection);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["CrossPlatformTests[linux]"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run["CrossPlatformTests[windows]"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["CrossPlatformTests[windows]"].SkipReason, Does.Contain("windows"));
            Assert.That(run["CrossPlatformTests[macos]"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["CrossPlatformTests[macos]"].SkipReason, Does.Contain("macos"));
            Assert.That(run["Publish"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task ModuleRequiringAnUnadvertisedCapabilityIsSkippedWithAReasonNamingIt()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("DockerImage", log.Body("DockerImage"), requires: ["docker"]),
            Node.Probe("AfterImage", log.Body("AfterImage"), dependsOn: ["DockerImage"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["DockerImage"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["DockerImage"].SkipReason, Does.Contain("docker"));
            Assert.That(log.HasStarted("DockerImage"), Is.False);
            Assert.That(run["AfterImage"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task CapabilityOptionMakesARequiringModuleRun()
    {
        ModuleDefinition[] modules = [Node.Returning("DockerImage", requires: ["docker"])];

        var run = await PipelineHarness.RunAsync(modules, "--capability", "docker");

        Assert.That(run["DockerImage"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task CapabilityFromTheEnvironmentMakesARequiringModuleRun()
    {
        ModuleDefinition[] modules = [Node.Returning("GpuJob", requires: ["gpu"])];
        var environment = new Dictionary<string, string> { ["MODULAR_PIPELINES_CAPABILITIES"] = "docker, gpu" };

        var run = await PipelineHarness.RunAsync(modules, [], environment);

        Assert.That(run["GpuJob"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task CapabilitiesAreComparedIgnoringCase()
    {
        ModuleDefinition[] modules = [Node.Returning("DockerImage", requires: ["Docker"])];

        var run = await PipelineHarness.RunAsync(modules, "--capability", "DOCKER");

        Assert.That(run["DockerImage"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task ModuleNeedsEveryRequiredCapability()
    {
        ModuleDefinition[] modules = [Node.Returning("GpuDocker", requires: ["docker", "gpu"])];

        var run = await PipelineHarness.RunAsync(modules, "--capability", "docker");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["GpuDocker"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["GpuDocker"].SkipReason, Does.Contain("gpu"));
        }
    }

    [Test]
    public async Task TheOperatingSystemIsAdvertisedAutomatically()
    {
        var os = CapabilityName.CurrentOperatingSystem();
        Assume.That(os, Is.Not.Null, "this machine's OS is not one the runtime names");
        var modules = Node.Matrix<TargetEcho, string>("CrossPlatformTests", Platforms, () => new TargetEcho());

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            foreach (var platform in Platforms)
            {
                var expected = platform == os ? ModuleStatus.Succeeded : ModuleStatus.Skipped;
                Assert.That(run[$"CrossPlatformTests[{platform}]"].Status, Is.EqualTo(expected), platform);
            }
        }
    }

    private static void WithoutOsDetection(PipelineBuilder builder) =>
        builder.Services.Configure<DistributedOptions>(options => options.AutoDetectOsCapability = false);

    public sealed class TargetEcho : Module<string>
    {
        protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
            Task.FromResult(context.GetMatrixTarget());
    }
}
