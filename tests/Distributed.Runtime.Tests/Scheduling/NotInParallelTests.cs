using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class NotInParallelTests
{
    [Test]
    public async Task ModulesSharingAKeyNeverOverlap()
    {
        var log = new ExecutionLog();
        string[] exclusive = ["N1", "N2", "N3", "N4"];
        ModuleDefinition[] modules =
        [
            .. exclusive.Select(n => Node.Probe(n, log.Body(n, token => Task.Delay(10, token)), notInParallel: ["nuget"])),
            Node.Probe("Free", log.Body("Free", token => Task.Delay(10, token))),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        using (Assert.EnterMultipleScope())
        {
            foreach (var a in exclusive)
            {
                foreach (var b in exclusive.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    Assert.That(log.IntervalOf(a).Overlaps(log.IntervalOf(b)), Is.False, $"{a} overlapped {b}");
                }
            }
        }
    }

    [Test]
    public async Task ModulesWithDifferentKeysRunAtTheSameTime()
    {
        var gate = new Rendezvous(2);
        ModuleDefinition[] modules =
        [
            Node.Probe("UsesNuget", async (_, token) => await gate.ArriveAndWaitAsync(token) ? "together" : "alone", notInParallel: ["nuget"]),
            Node.Probe("UsesDocker", async (_, token) => await gate.ArriveAndWaitAsync(token) ? "together" : "alone", notInParallel: ["docker"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.Typed<string>("UsesNuget").Value, Is.EqualTo("together"));
            Assert.That(run.Typed<string>("UsesDocker").Value, Is.EqualTo("together"));
        }
    }

    [Test]
    public async Task ModuleHoldingTwoKeysExcludesModulesOfEitherKey()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Both", log.Body("Both", token => Task.Delay(10, token)), notInParallel: ["a", "b"]),
            Node.Probe("OnlyA", log.Body("OnlyA", token => Task.Delay(10, token)), notInParallel: ["a"]),
            Node.Probe("OnlyB", log.Body("OnlyB", token => Task.Delay(10, token)), notInParallel: ["b"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(log.IntervalOf("Both").Overlaps(log.IntervalOf("OnlyA")), Is.False);
            Assert.That(log.IntervalOf("Both").Overlaps(log.IntervalOf("OnlyB")), Is.False);
        }
    }

    [Test]
    public async Task ExclusiveModuleWaitingForItsKeyDoesNotHoldBackOtherReadyModules()
    {
        // One slot is busy with Holder (key k) until Free has run; Waiter (key k) must not block Free from taking the other slot.
        var freeRan = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ModuleDefinition[] modules =
        [
            Node.Probe("Holder", async (_, token) =>
            {
                await freeRan.Task.WaitAsync(TimeSpan.FromSeconds(5), token);
                return "released";
            }, notInParallel: ["k"]),
            Node.Probe("Waiter", (_, _) => Task.FromResult<string?>("ran"), notInParallel: ["k"]),
            Node.Probe("Free", (_, _) =>
            {
                freeRan.TrySetResult();
                return Task.FromResult<string?>("ran");
            }),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
            Assert.That(run.Typed<string>("Holder").Value, Is.EqualTo("released"));
        }
    }
}
