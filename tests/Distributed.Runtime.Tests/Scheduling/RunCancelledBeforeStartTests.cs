using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class RunCancelledBeforeStartTests
{
    [Test]
    public async Task RunCancelledBeforeItStartsRunsNothingAndEndsCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var log = new ExecutionLog();
        ModuleDefinition[] modules = [Node.Probe("A", log.Body("A")), Node.Probe("B", log.Body("B"), dependsOn: ["A"])];

        var run = await PipelineHarness.RunAsync(modules, [], hangGuard: TimeSpan.FromSeconds(5), cancellationToken: cancellation.Token);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(log.StartOrder, Is.Empty);
            Assert.That(run.Results.Select(r => r.Status), Is.All.EqualTo(ModuleStatus.Cancelled));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Cancelled));
        }
    }
}
