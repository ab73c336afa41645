using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

public sealed class DependencyOrderTests
{
    [Test]
    public async Task NoModuleStartsBeforeAllItsDependenciesEnded()
    {
        // A diamond (A -> B, C -> D) followed by a chain (D -> E -> F), plus a module (G) that joins both ends.
        var log = new ExecutionLog();
        var edges = new Dictionary<string, string[]>
        {
            ["A"] = [],
            ["B"] = ["A"],
            ["C"] = ["A"],
            ["D"] = ["B", "C"],
            ["E"] = ["D"],
            ["F"] = ["E"],
            ["G"] = ["A", "F"],
            ["H"] = [],
        };
        var delays = new Dictionary<string, int> { ["A"] = 15, ["B"] = 1, ["C"] = 25, ["H"] = 30 };
        ModuleDefinition[] modules = [.. edges.Select(e => Node.Probe(
            e.Key,
            log.Body(e.Key, token => Task.Delay(delays.GetValueOrDefault(e.Key, 2), token)),
            dependsOn: e.Value))];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        using (Assert.EnterMultipleScope())
        {
            foreach (var (module, dependencies) in edges)
            {
                foreach (var dependency in dependencies)
                {
                    Assert.That(log.IntervalOf(module).Start, Is.GreaterThan(log.IntervalOf(dependency).End),
                        $"{module} started before its dependency {dependency} ended");
                }
            }
        }
    }

    [Test]
    public async Task EveryModuleRunsOnceAndSucceedsInADependencyChain()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Third", log.Body("Third"), dependsOn: ["Second"]),
            Node.Probe("Second", log.Body("Second"), dependsOn: ["First"]),
            Node.Probe("First", log.Body("First")),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--concurrency", "4");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
            Assert.That(log.StartOrder, Is.EqualTo(new[] { "First", "Second", "Third" }));
            Assert.That(run.Results.Select(r => r.Status), Is.All.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run.Results.Select(r => r.Attempts), Is.All.EqualTo(1));
            Assert.That(run.Typed<string>("Third").Value, Is.EqualTo("Third"));
        }
    }

    [Test]
    public async Task ResultsAreReturnedInGraphOrder()
    {
        ModuleDefinition[] modules = [Node.Returning("Late", dependsOn: ["Early"]), Node.Returning("Early")];

        var run = await PipelineHarness.RunAsync(modules);

        Assert.That(run.Results.Select(r => r.DisplayName), Is.EqualTo(new[] { "Late", "Early" }));
    }
}
