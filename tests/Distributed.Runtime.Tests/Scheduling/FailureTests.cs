using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class FailureTests
{
    [Test]
    public async Task FailedModuleSkipsItsDependentsWithAReasonNamingIt()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Failing("Compile", "compiler crashed"),
            Node.Probe("Test", log.Body("Test"), dependsOn: ["Compile"]),
            Node.Probe("Package", log.Body("Package"), dependsOn: ["Test"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Compile"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Test"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Test"].SkipReason, Does.Contain("Compile"));
            Assert.That(run["Test"].Attempts, Is.Zero);
            Assert.That(run["Package"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Package"].SkipReason, Is.Not.Null.And.Not.Empty);
            Assert.That(log.HasStarted("Test"), Is.False);
            Assert.That(log.HasStarted("Package"), Is.False);
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task NoNewModuleStartsAfterAFailure()
    {
        // One slot: Breaks runs first (declaration order), then the unrelated Later must not start.
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Failing("Breaks", "bad"),
            Node.Probe("Later", log.Body("Later")),
            Node.Probe("EvenLater", log.Body("EvenLater")),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(log.HasStarted("Later"), Is.False);
            Assert.That(log.HasStarted("EvenLater"), Is.False);
            Assert.That(run["Later"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run["Later"].SkipReason, Does.Contain("Breaks"));
            Assert.That(run["EvenLater"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task ModulesAlreadyRunningFinishAfterAnotherFails()
    {
        var runningStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ModuleDefinition[] modules =
        [
            Node.Probe("Running", async (_, token) =>
            {
                runningStarted.TrySetResult();
                await Task.Delay(50, token);
                return "finished";
            }),
            Node.Probe("Breaks", async (_, token) =>
            {
                await runningStarted.Task.WaitAsync(TimeSpan.FromSeconds(5), token);
                throw new InvalidOperationException("bad");
            }),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Breaks"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run.Typed<string>("Running").Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.Typed<string>("Running").Value, Is.EqualTo("finished"));
        }
    }

    [Test]
    public async Task FailureErrorCarriesTypeMessageAndStackText()
    {
        ModuleDefinition[] modules = [Node.Of<ThrowingModule, string>("Thrower", () => new ThrowingModule())];

        var run = await PipelineHarness.RunAsync(modules);

        var error = run["Thrower"].Error;
        Assert.That(error, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.TypeName, Is.EqualTo("System.ArgumentException"));
            Assert.That(error.Message, Is.EqualTo("the build script is wrong"));
            Assert.That(error.Details, Does.Contain("the build script is wrong"));
            Assert.That(error.Details, Does.Contain(nameof(ThrowingModule.ThrowFromHelper)), "the stack text names the throwing method");
            Assert.That(error.Details, Does.Contain(" at "));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task FailedModuleHasNoValue()
    {
        ModuleDefinition[] modules = [Node.Failing("Breaks", "bad")];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run.Typed<string>("Breaks").Value, Is.Null);
    }

    [Test]
    public async Task SkippedModulesAloneDoNotFailThePipeline()
    {
        ModuleDefinition[] modules = [Node.Returning("NeedsGpu", requires: ["gpu"]), Node.Returning("Plain")];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["NeedsGpu"].Status, Is.EqualTo(ModuleStatus.Skipped));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    public sealed class ThrowingModule : Module<string>
    {
        public static string ThrowFromHelper() => throw new ArgumentException("the build script is wrong");

        protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return ThrowFromHelper();
        }
    }
}
