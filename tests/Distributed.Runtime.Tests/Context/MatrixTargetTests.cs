using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Context;

public sealed class MatrixTargetTests
{
    private static readonly string[] Targets = ["windows", "linux", "macos"];
    private static readonly string[] AllCapabilities = ["--capability", "windows", "--capability", "linux", "--capability", "macos"];

    [Test]
    public async Task GetMatrixTargetReturnsTheInstancesOwnTarget()
    {
        var modules = Node.Matrix<PlatformBuild, string>("PlatformBuild", Targets, () => new PlatformBuild());

        var run = await PipelineHarness.RunAsync(modules, AllCapabilities);

        using (Assert.EnterMultipleScope())
        {
            foreach (var target in Targets)
            {
                Assert.That(run.Typed<string>($"PlatformBuild[{target}]").Value, Is.EqualTo($"built on {target}"));
            }
        }
    }

    [Test]
    public async Task GetMatrixTargetIsNullInAModuleWithoutAMatrix()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(context =>
                Task.FromResult<string?>(context.GetMatrixTarget() is null ? "no target" : "a target"))),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("no target"));
    }

    [Test]
    public async Task GetMatrixTargetsListsAModulesTargetsInDeclarationOrder()
    {
        var modules = new List<ModuleDefinition>(Node.Matrix<PlatformBuild, string>("PlatformBuild", Targets, () => new PlatformBuild()));
        modules.Add(Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(context =>
            Task.FromResult<string?>(string.Join(",", context.GetMatrixTargets<PlatformBuild>())))));

        var run = await PipelineHarness.RunAsync(modules, AllCapabilities);

        Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("windows,linux,macos"));
    }

    [Test]
    public async Task GetMatrixTargetsOfAModuleWithoutAMatrixIsEmpty()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<BuildModule, BuildOutput>("BuildModule", () => new BuildModule()),
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(context =>
                Task.FromResult<string?>($"count {context.GetMatrixTargets<BuildModule>().Count}"))),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("count 0"));
    }
}
