using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class DependencyChainGoldenTests
{
    // Declared last-to-first: the emitted order is by id, not by declaration.
    private const string Source = """
        namespace Sample.Chain;

        [DependsOn<StepB>]
        public sealed class StepC : Module<int>
        {
            protected override async Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var b = await context.GetModule<StepB>();
                return b.Value + 1;
            }
        }

        [DependsOn<StepA>]
        public sealed class StepB : Module<int>
        {
            protected override async Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var a = await context.GetModule<StepA>();
                return a.Value + 1;
            }
        }

        public sealed class StepA : Module<int>
        {
            protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1);
        }
        """;

    [Test]
    public void DependencyChainEmitsOneEdgePerDependsOn()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.Chain.StepA", "Sample.Chain.StepB", "Sample.Chain.StepC" }));
        var graph = GeneratedGraph.Load(run);
        Assert.That(graph.Node("Sample.Chain.StepA").Dependencies, Is.Empty);
        Assert.That(graph.Node("Sample.Chain.StepB").Dependencies, Is.EqualTo(new[] { "Sample.Chain.StepA" }));
        Assert.That(graph.Node("Sample.Chain.StepC").Dependencies, Is.EqualTo(new[] { "Sample.Chain.StepB" }));
        GoldenFiles.Verify(GoldenCases.DependencyChain, run);
    }
}
