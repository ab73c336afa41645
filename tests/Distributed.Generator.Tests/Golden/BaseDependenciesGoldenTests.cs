using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class BaseDependenciesGoldenTests
{
    private const string Source = """
        namespace Sample.Bases;

        public abstract class Tool : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>(GetType().Name);
        }

        public sealed class Compiler : Tool;

        [MatrixTarget("linux", "windows")]
        public sealed class Packager : Tool;

        // Indirectly a Tool. It inherits [DependsOn<Tool>], which must not make it wait for itself.
        [DependsOn<Tool>]
        public abstract class FinalTool : Tool;

        public sealed class Signer : FinalTool;

        public sealed class Lint : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("clean");
        }

        [DependsOn<Tool>]
        [DependsOn<Lint>(Optional = true)]
        public sealed class Assemble : Module<string>
        {
            protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var compiler = await context.GetModule<Compiler>();
                return compiler.Value;
            }
        }
        """;

    [Test]
    public void DependencyOnAnAbstractBaseWaitsForEveryDerivedModule()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        var graph = GeneratedGraph.Load(run);
        Assert.Multiple(() =>
        {
            Assert.That(graph.Node("Sample.Bases.Assemble").Dependencies, Is.EqualTo(new[]
            {
                "Sample.Bases.Compiler", "Sample.Bases.Packager[linux]", "Sample.Bases.Packager[windows]", "Sample.Bases.Signer", "Sample.Bases.Lint",
            }));
            Assert.That(graph.Node("Sample.Bases.Signer").Dependencies, Is.EqualTo(new[]
            {
                "Sample.Bases.Compiler", "Sample.Bases.Packager[linux]", "Sample.Bases.Packager[windows]",
            }));
            Assert.That(graph.Node("Sample.Bases.Compiler").Dependencies, Is.Empty);
        });
        GoldenFiles.Verify(GoldenCases.BaseDependencies, run);
    }

    [Test]
    public void OptionalDependencyIsCarriedIntoTheGraph()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        var graph = GeneratedGraph.Load(run);
        Assert.Multiple(() =>
        {
            Assert.That(graph.Node("Sample.Bases.Assemble").OptionalDependencies, Is.EqualTo(new[] { "Sample.Bases.Lint" }));
            Assert.That(graph.Node("Sample.Bases.Signer").OptionalDependencies, Is.Empty);
        });
    }

    [Test]
    public void ADependencyOnABaseEmitsTheSameGraphAsItsExplicitEdges()
    {
        var explicitEdges = Source.Replace("[DependsOn<Tool>]\n[DependsOn<Lint>", "[DependsOn<Compiler>]\n[DependsOn<Packager>]\n[DependsOn<Signer>]\n[DependsOn<Lint>", StringComparison.Ordinal);
        Assert.That(explicitEdges, Is.Not.EqualTo(Source));

        var viaBase = GeneratorHarness.RunAndAssertCompiles(Source);
        var spelledOut = GeneratorHarness.RunAndAssertCompiles(explicitEdges);

        Assert.Multiple(() =>
        {
            Assert.That(viaBase.Graph, Is.EqualTo(spelledOut.Graph));
            Assert.That(viaBase.Fingerprint, Is.EqualTo(spelledOut.Fingerprint));
        });
    }

    [Test]
    public void ADependencyDeclaredBothOptionalAndRequiredIsRequired()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source.Replace("[DependsOn<Lint>(Optional = true)]", "[DependsOn<Lint>(Optional = true)]\n[DependsOn<Lint>]", StringComparison.Ordinal));

        Assert.That(GeneratedGraph.Load(run).Node("Sample.Bases.Assemble").OptionalDependencies, Is.Empty);
    }

    [Test]
    public void AnOptionalDependencyOnABaseMakesEachDerivedEdgeOptional()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source.Replace("[DependsOn<Tool>]\n[DependsOn<Lint>", "[DependsOn<Tool>(Optional = true)]\n[DependsOn<Compiler>]\n[DependsOn<Lint>", StringComparison.Ordinal));

        // Compiler is also named outright, so it stays required.
        Assert.That(GeneratedGraph.Load(run).Node("Sample.Bases.Assemble").OptionalDependencies, Is.EqualTo(new[]
        {
            "Sample.Bases.Packager[linux]", "Sample.Bases.Packager[windows]", "Sample.Bases.Signer", "Sample.Bases.Lint",
        }));
    }
}
