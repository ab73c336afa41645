using System.Collections.Concurrent;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class RetryTests
{
    [Test]
    public async Task ModuleFailingTwiceThenSucceedingWithTwoRetriesSucceedsAfterThreeAttempts()
    {
        var seenAttempts = new ConcurrentQueue<int>();
        ModuleDefinition[] modules =
        [
            Node.Probe("Flaky", (context, _) =>
            {
                seenAttempts.Enqueue(context.Attempt);
                return context.Attempt < 3
                    ? Task.FromException<string?>(new IOException($"flaky attempt {context.Attempt}"))
                    : Task.FromResult<string?>("finally");
            }, retries: 2),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        var flaky = run.Typed<string>("Flaky");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(flaky.Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(flaky.Attempts, Is.EqualTo(3));
            Assert.That(flaky.Value, Is.EqualTo("finally"));
            Assert.That(flaky.Error, Is.Null);
            Assert.That(seenAttempts, Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task ModuleAlwaysFailingWithOneRetryFailsAfterTwoAttemptsWithTheLastError()
    {
        var calls = 0;
        ModuleDefinition[] modules =
        [
            Node.Probe("Broken", (_, _) =>
                Task.FromException<string?>(new InvalidOperationException($"broken call {Interlocked.Increment(ref calls)}")), retries: 1),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        var broken = run["Broken"];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(broken.Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(broken.Attempts, Is.EqualTo(2));
            Assert.That(calls, Is.EqualTo(2));
            Assert.That(broken.Error?.Message, Is.EqualTo("broken call 2"));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
        }
    }

    [Test]
    public async Task ModuleWithoutRetriesRunsOnceWhenItFails()
    {
        var calls = 0;
        ModuleDefinition[] modules =
        [
            Node.Probe("Once", (_, _) =>
            {
                Interlocked.Increment(ref calls);
                return Task.FromException<string?>(new InvalidOperationException("no"));
            }),
        ];

        var run = await PipelineHarness.RunAsync(modules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(calls, Is.EqualTo(1));
            Assert.That(run["Once"].Attempts, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task DependentWaitsUntilTheRetriedModuleFinallySucceeded()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Flaky", (context, _) => context.Attempt < 2
                ? Task.FromException<string?>(new IOException("first attempt fails"))
                : log.Body("Flaky")(context, CancellationToken.None), retries: 1),
            Node.Probe("After", log.Body("After"), dependsOn: ["Flaky"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
            Assert.That(log.IntervalOf("After").Start, Is.GreaterThan(log.IntervalOf("Flaky").End));
        }
    }
}
