using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class CancellationTests
{
    [Test]
    public async Task CancellingTheRunCancelsRunningAndNotStartedModulesWithExitCode130()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Running", async (_, token) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
                return "never";
            }),
            Node.Probe("Dependent", log.Body("Dependent"), dependsOn: ["Running"]),
            Node.Probe("Queued", log.Body("Queued")),
        ];

        var runTask = PipelineHarness.RunAsync(modules, ["--concurrency", "1"], cancellationToken: cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();
        var run = await runTask;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Running"].Status, Is.EqualTo(ModuleStatus.Cancelled));
            Assert.That(run["Dependent"].Status, Is.EqualTo(ModuleStatus.Cancelled));
            Assert.That(run["Queued"].Status, Is.EqualTo(ModuleStatus.Cancelled));
            Assert.That(run["Queued"].SkipReason, Does.Contain("cancelled"));
            Assert.That(log.HasStarted("Dependent"), Is.False);
            Assert.That(log.HasStarted("Queued"), Is.False);
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Cancelled));
        }
    }

    [Test]
    public async Task ACancelledModuleFinishesItsOwnCleanupBeforeItsResultIsReported()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cleanedUp = false;
        ModuleDefinition[] modules =
        [
            Node.Probe("Tidy", async (_, token) =>
            {
                started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                    return "never";
                }
                catch (OperationCanceledException)
                {
                    // Cleanup that takes a while, as stopping a child process does.
                    await Task.Delay(300, CancellationToken.None);
                    Volatile.Write(ref cleanedUp, true);
                    throw;
                }
            }),
        ];

        var runTask = PipelineHarness.RunAsync(modules, [], cancellationToken: cancellation.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();
        var run = await runTask;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Tidy"].Status, Is.EqualTo(ModuleStatus.Cancelled));
            Assert.That(Volatile.Read(ref cleanedUp), Is.True, "the result was reported before the module's cleanup ended");
        }
    }

    [Test]
    public async Task CancellingTheRunEndsARunningModuleThatIgnoresItsToken()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            ModuleDefinition[] modules =
            [
                Node.Probe("Stubborn", (_, _) =>
                {
                    started.TrySetResult();
                    return release.Task;
                }),
            ];

            var runTask = PipelineHarness.RunAsync(modules, [], cancellationToken: cancellation.Token);
            await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await cancellation.CancelAsync();
            var run = await runTask;

            using (Assert.EnterMultipleScope())
            {
                Assert.That(run["Stubborn"].Status, Is.EqualTo(ModuleStatus.Cancelled));
                Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Cancelled));
            }
        }
        finally
        {
            release.TrySetResult("finally");
        }
    }
}
