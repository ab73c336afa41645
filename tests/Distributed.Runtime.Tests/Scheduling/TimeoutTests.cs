using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class TimeoutTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(100);

    [Test]
    public async Task ModuleRunningPastItsTimeoutEndsTimedOutWithAnErrorNamingTheTimeout()
    {
        ModuleDefinition[] modules =
        [
            Node.Probe("Slow", async (_, token) =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
                return "never";
            }, timeout: Limit),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        var slow = run["Slow"];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(slow.Status, Is.EqualTo(ModuleStatus.TimedOut));
            Assert.That(slow.Error, Is.Not.Null);
            Assert.That(slow.Error!.TypeName, Is.EqualTo(typeof(TimeoutException).FullName));
            Assert.That(slow.Error.Message, Does.Contain("Slow").And.Contain("timed out"));
            Assert.That(slow.Error.Message, Does.Contain("0.1s").Or.Contain("100ms"), "the message states the limit");
            Assert.That(slow.Attempts, Is.EqualTo(1));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task ModuleThatIgnoresItsTokenStillEndsTimedOut()
    {
        var release = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            ModuleDefinition[] modules = [Node.Probe("Stubborn", (_, _) => release.Task, timeout: Limit)];

            var run = await PipelineHarness.RunAsync(modules);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(run["Stubborn"].Status, Is.EqualTo(ModuleStatus.TimedOut));
                Assert.That(run["Stubborn"].Error?.Message, Does.Contain("timed out"));
                Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
            }
        }
        finally
        {
            release.TrySetResult("finally");
        }
    }

    [Test]
    public async Task ModuleFinishingWithinItsTimeoutSucceeds()
    {
        ModuleDefinition[] modules = [Node.Probe("Quick", (_, _) => Task.FromResult<string?>("done"), timeout: TimeSpan.FromSeconds(30))];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run["Quick"].Status, Is.EqualTo(ModuleStatus.Succeeded));
    }

    [Test]
    public async Task TimedOutModuleIsRetriedWhenItHasRetries()
    {
        var attempts = 0;
        ModuleDefinition[] modules =
        [
            Node.Probe("SlowOnce", async (_, token) =>
            {
                if (Interlocked.Increment(ref attempts) == 1)
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, token);
                }

                return "second time lucky";
            }, timeout: TimeSpan.FromMilliseconds(500), retries: 1),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["SlowOnce"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run["SlowOnce"].Attempts, Is.EqualTo(2));
        }
    }
}
