using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Context;

public sealed class MatrixDependencyTests
{
    private static readonly string[] Targets = ["windows", "linux", "macos"];
    private static readonly string[] AllCapabilities = ["--capability", "windows", "--capability", "linux", "--capability", "macos"];

    private static readonly string[] EveryBuild = [.. Targets.Select(t => $"PlatformBuild[{t}]")];

    [Test]
    public async Task GetModuleWithATargetPicksThatMatrixInstance()
    {
        var run = await RunWithReader(async context =>
        {
            ModuleResult<string> linux = await context.GetModule<PlatformBuild>("linux");
            return $"{linux.Value}|{linux.MatrixTarget}";
        });

        Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("built on linux|linux"));
    }

    [Test]
    public async Task GetModuleWithATargetIgnoresTheTargetsCase()
    {
        var run = await RunWithReader(async context => (await context.GetModule<PlatformBuild>("MacOS")).Value);

        Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("built on macos"));
    }

    [Test]
    public async Task GetModuleWithAnUnknownTargetFailsTheReaderListingTheTargets()
    {
        var run = await RunWithReader(async context => (await context.GetModule<PlatformBuild>("solaris")).Value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Reader"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Reader"].Error?.Message, Does.Contain("solaris").And.Contain("windows, linux, macos"));
        }
    }

    [Test]
    public async Task GetModuleWithoutATargetOfAMatrixModuleFromAModuleWithoutAMatrixFailsAskingForATarget()
    {
        var run = await RunWithReader(async context => (await context.GetModule<PlatformBuild>()).Value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Reader"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Reader"].Error?.Message, Does.Contain("GetModule<PlatformBuild>(\"target\")"));
        }
    }

    [Test]
    public async Task MatrixInstanceDependingOnEveryInstanceOfAMatrixModuleReadsTheOneWithItsOwnTarget()
    {
        var modules = new List<ModuleDefinition>(Node.Matrix<PlatformBuild, string>("PlatformBuild", Targets, () => new PlatformBuild()));
        modules.AddRange(Node.Matrix<ReaderModule, string>(
            "PlatformTests",
            Targets,
            () => new ReaderModule(async context => (await context.GetModule<PlatformBuild>()).Value),
            dependsOn: _ => EveryBuild));

        var run = await PipelineHarness.RunAsync(modules, AllCapabilities);

        using (Assert.EnterMultipleScope())
        {
            foreach (var target in Targets)
            {
                Assert.That(run.Typed<string>($"PlatformTests[{target}]").Value, Is.EqualTo($"built on {target}"));
            }
        }
    }

    [Test]
    public async Task MatrixInstanceDependingOnlyOnItsOwnTargetReadsIt()
    {
        var modules = new List<ModuleDefinition>(Node.Matrix<PlatformBuild, string>("PlatformBuild", Targets, () => new PlatformBuild()));
        modules.AddRange(Node.Matrix<ReaderModule, string>(
            "PlatformTests",
            Targets,
            () => new ReaderModule(async context => (await context.GetModule<PlatformBuild>()).Value),
            dependsOn: target => [$"PlatformBuild[{target}]"]));

        var run = await PipelineHarness.RunAsync(modules, AllCapabilities);

        using (Assert.EnterMultipleScope())
        {
            foreach (var target in Targets)
            {
                Assert.That(run.Typed<string>($"PlatformTests[{target}]").Value, Is.EqualTo($"built on {target}"));
            }
        }
    }

    private static Task<HarnessRun> RunWithReader(Func<IModuleContext, Task<string?>> read)
    {
        var modules = new List<ModuleDefinition>(Node.Matrix<PlatformBuild, string>("PlatformBuild", Targets, () => new PlatformBuild()));
        modules.Add(Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(read), dependsOn: EveryBuild));
        return PipelineHarness.RunAsync(modules, AllCapabilities);
    }
}
