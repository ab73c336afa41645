using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Context;

public sealed class GetModuleTests
{
    [Test]
    public async Task GetModuleReturnsTheTypedResultOfADeclaredDependency()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<BuildModule, BuildOutput>("BuildModule", () => new BuildModule()),
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(async context =>
            {
                ModuleResult<BuildOutput> build = await context.GetModule<BuildModule>();
                return $"{build.Status}|{build.Value!.Configuration}|{string.Join(",", build.Value.Assemblies)}|{build.Attempts}";
            }), dependsOn: ["BuildModule"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("Succeeded|Release|App.dll,App.Core.dll|1"));
            Assert.That(run.Typed<BuildOutput>("BuildModule").Value?.Assemblies, Is.EqualTo(new[] { "App.dll", "App.Core.dll" }));
        }
    }

    [Test]
    public async Task ReadingASkippedDependencyGivesItsSkippedResultWithoutAValue()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<BuildModule, BuildOutput>("BuildModule", () => new BuildModule(), requires: ["gpu"]),
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(async context =>
            {
                ModuleResult<BuildOutput> build = await context.GetModule<BuildModule>();
                return $"{build.Status}|{build.Value is null}|{build.SkipReason is not null}";
            }), dependsOn: ["BuildModule"]),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("Skipped|True|True"));
    }

    [Test]
    public async Task ContextDescribesTheRunningNode()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(context =>
                Task.FromResult<string?>($"{context.ModuleId}|{context.InstanceIndex}|{context.Attempt}|{context.Logger is not null}"))),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run.Typed<string>("Reader").Value, Is.EqualTo("Tests.Reader|0|1|True"));
    }

    [Test]
    public void AwaitingAModuleThatWasNotObtainedFromAPipelineThrows()
    {
        var module = new BuildModule();

        var exception = Assert.Throws<InvalidOperationException>(() => module.GetAwaiter());

        Assert.That(exception.Message, Does.Contain("GetModule"));
    }
}
