using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class ParallelismTests
{
    [Test]
    public async Task IndependentModulesRunAtTheSameTimeWhenSlotsAllow()
    {
        var gate = new Rendezvous(4);
        ModuleDefinition[] modules =
        [
            .. Enumerable.Range(1, 4).Select(i => Node.Probe(
                $"M{i}",
                async (_, token) => await gate.ArriveAndWaitAsync(token) ? "together" : "alone")),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        Assert.That(run.Results.Select(r => ((ModuleResult<string>)r).Value), Is.All.EqualTo("together"));
    }

    [Test]
    public async Task RunningModulesNeverExceedTheConcurrency()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            .. Enumerable.Range(1, 8).Select(i => Node.Probe($"M{i}", log.Body($"M{i}", token => Task.Delay(20, token)))),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "3");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
            Assert.That(log.MaxRunning, Is.InRange(1, 3));
        }
    }

    [Test]
    public async Task SlotsFillUpToTheConcurrencyAndNoFurther()
    {
        // Each body waits until three bodies are inside at once: the first three can only get through together,
        // and the fourth only after one of them has ended, because there are three slots.
        var log = new ExecutionLog();
        var gate = new Rendezvous(3);
        ModuleDefinition[] modules =
        [
            .. Enumerable.Range(1, 4).Select(i => Node.Probe($"M{i}", async (context, token) =>
                await log.Body($"M{i}", async t =>
                {
                    if (!await gate.ArriveAndWaitAsync(t))
                    {
                        throw new InvalidOperationException("three modules never ran at the same time");
                    }
                })(context, token))),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "3");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
            Assert.That(log.MaxRunning, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task WithOneSlotNoTwoModulesOverlap()
    {
        var log = new ExecutionLog();
        string[] names = ["A", "B", "C", "D"];
        ModuleDefinition[] modules = [.. names.Select(n => Node.Probe(n, log.Body(n, token => Task.Delay(5, token))))];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(log.MaxRunning, Is.EqualTo(1));
            foreach (var a in names)
            {
                foreach (var b in names.Where(b => b != a))
                {
                    Assert.That(log.IntervalOf(a).Overlaps(log.IntervalOf(b)), Is.False, $"{a} overlapped {b}");
                }
            }
        }
    }

    [Test]
    public async Task AModuleThatBlocksItsThreadDoesNotStopOthersStarting()
    {
        // The body blocks synchronously until its sibling has run: only possible if the scheduler does not run it inline.
        using var siblingRan = new ManualResetEventSlim();
        ModuleDefinition[] modules =
        [
            Node.Probe("Blocking", (_, _) => Task.FromResult<string?>(siblingRan.Wait(TimeSpan.FromSeconds(5), CancellationToken.None) ? "unblocked" : "stuck")),
            Node.Probe("Sibling", (_, _) =>
            {
                siblingRan.Set();
                return Task.FromResult<string?>("ran");
            }),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "2");

        Assert.That(run.Typed<string>("Blocking").Value, Is.EqualTo("unblocked"));
    }
}
