using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class CriticalPathTests
{
    [Test]
    public async Task ReadyModuleWithTheLongestRemainingChainStartsFirst()
    {
        // Ready at the start: Short (chain of 1, declared first) and Long (Long -> Middle -> End, a chain of 3).
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Short", log.Body("Short")),
            Node.Probe("Long", log.Body("Long")),
            Node.Probe("Middle", log.Body("Middle"), dependsOn: ["Long"]),
            Node.Probe("End", log.Body("End"), dependsOn: ["Middle"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));

            // Long (3) beats Short (1); then Middle (2) beats Short (1); then Short and End tie at 1 and Short was declared first.
            Assert.That(log.StartOrder, Is.EqualTo(new[] { "Long", "Middle", "Short", "End" }));
        }
    }

    [Test]
    public async Task ReadyModulesWithEqualChainsStartInDeclarationOrder()
    {
        var log = new ExecutionLog();
        string[] names = ["Delta", "Alpha", "Charlie", "Bravo"];
        ModuleDefinition[] modules = [.. names.Select(n => Node.Probe(n, log.Body(n)))];

        await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        Assert.That(log.StartOrder, Is.EqualTo(names));
    }

    [Test]
    public async Task ChainLengthCountsTheLongestBranchNotTheNumberOfDependents()
    {
        // Wide has three direct dependents (a path of 2); Deep has one dependent chain of 4.
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Wide", log.Body("Wide")),
            Node.Probe("W1", log.Body("W1"), dependsOn: ["Wide"]),
            Node.Probe("W2", log.Body("W2"), dependsOn: ["Wide"]),
            Node.Probe("W3", log.Body("W3"), dependsOn: ["Wide"]),
            Node.Probe("Deep", log.Body("Deep")),
            Node.Probe("D1", log.Body("D1"), dependsOn: ["Deep"]),
            Node.Probe("D2", log.Body("D2"), dependsOn: ["D1"]),
            Node.Probe("D3", log.Body("D3"), dependsOn: ["D2"]),
        ];

        await PipelineHarness.RunAsync(modules, "--concurrency", "1");

        Assert.That(log.StartOrder[0], Is.EqualTo("Deep"));
    }
}
