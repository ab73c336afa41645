using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Context;

public sealed class UndeclaredDependencyTests
{
    [Test]
    public async Task ReadingAModuleThatIsNotADeclaredDependencyFailsTheReaderWithAHintToAddDependsOn()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<BuildModule, BuildOutput>("BuildModule", () => new BuildModule()),
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(async context =>
            {
                ModuleResult<BuildOutput> build = await context.GetModule<BuildModule>();
                return build.Status.ToString();
            })),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Reader"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Reader"].Error?.TypeName, Is.EqualTo(typeof(InvalidOperationException).FullName));
            Assert.That(run["Reader"].Error?.Message, Does.Contain("[DependsOn<BuildModule>]"));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task ReadingAnUndeclaredModuleThatIsStillRunningFailsInsteadOfWaiting()
    {
        // BuildModule cannot finish until Reader has finished, so a reader that waited for it would hang.
        var readerDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ModuleDefinition[] modules =
        [
            Node.Probe("Blocked", async (_, token) =>
            {
                await readerDone.Task.WaitAsync(token);
                return "unblocked";
            }),
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(async context =>
            {
                try
                {
                    ModuleResult<string> blocked = await context.GetModule<ProbeModule>();
                    return blocked.Status.ToString();
                }
                finally
                {
                    readerDone.TrySetResult();
                }
            })),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Reader"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Reader"].Error?.Message, Does.Contain("[DependsOn<ProbeModule>]"));
            Assert.That(run["Blocked"].Status, Is.EqualTo(ModuleStatus.Succeeded));
        }
    }

    [Test]
    public async Task ReadingAModuleThatIsNotInThePipelineFailsTheReader()
    {
        ModuleDefinition[] modules =
        [
            Node.Of<ReaderModule, string>("Reader", () => new ReaderModule(async context =>
            {
                ModuleResult<int> unrelated = await context.GetModule<UnrelatedModule>();
                return unrelated.Status.ToString();
            })),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Reader"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Reader"].Error?.Message, Does.Contain("UnrelatedModule is not a module of this pipeline"));
            Assert.That(run["Reader"].Error?.Message, Does.Contain("[DependsOn<UnrelatedModule>]"));
        }
    }
}
