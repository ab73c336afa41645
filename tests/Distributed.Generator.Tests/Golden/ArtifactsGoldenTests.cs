using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class ArtifactsGoldenTests
{
    private const string Source = """
        namespace Sample.Artifacts;

        [ProducesArtifact("bin", "out/bin/**", "!out/bin/**/*.pdb")]
        [ProducesArtifact("Packages", "out/packages/*.nupkg")]
        public sealed class Compile : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("compiled");
        }

        [MatrixTarget("linux", "windows")]
        [ProducesArtifact("native", "out/native/**")]
        public sealed class NativeBuild : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult(context.GetMatrixTarget());
        }

        // Every test module publishes its results and needs the binaries: both are inherited.
        [ProducesArtifact("test-results", "out/tests/**/*.trx")]
        [ConsumesArtifact<Compile>("BIN")]
        public abstract class TestModule : Module<int>
        {
            protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult(0);
        }

        public sealed class UnitTests : TestModule;

        // A matrix consumer of a matrix producer: each instance receives its own target's files.
        [MatrixTarget("linux", "windows")]
        [ConsumesArtifact<NativeBuild>("native")]
        public sealed class NativeTests : TestModule;

        // DependsOn beside a consumption of the same producer: one edge. Any other consumer of a matrix producer
        // receives every target's files.
        [DependsOn<Compile>]
        [ConsumesArtifact<Compile>("packages")]
        [ConsumesArtifact<NativeBuild>("native")]
        public sealed class Publish : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("published");
        }
        """;

    [Test]
    public void ArtifactsAreEmittedWithTheirPatternsAndConsumptionsBecomeDependencies()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        var graph = GeneratedGraph.Load(run);
        var compile = graph.Node("Sample.Artifacts.Compile");
        var compileType = compile.ModuleType;
        var nativeType = graph.Node("Sample.Artifacts.NativeBuild[linux]").ModuleType;
        var unitTests = graph.Node("Sample.Artifacts.UnitTests");
        var publish = graph.Node("Sample.Artifacts.Publish");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(compile.ProducedArtifacts, Is.EqualTo(new[]
            {
                new ArtifactProduction("bin", ["out/bin/**", "!out/bin/**/*.pdb"]),
                new ArtifactProduction("Packages", ["out/packages/*.nupkg"]),
            }).Using<ArtifactProduction>(SameProduction));
            Assert.That(compile.ConsumedArtifacts, Is.Empty);
            Assert.That(graph.Node("Sample.Artifacts.NativeBuild[windows]").ProducedArtifacts.Select(a => a.Name), Is.EqualTo(new[] { "native" }));

            // Inherited from TestModule; the name in the producer's casing.
            Assert.That(unitTests.ProducedArtifacts.Select(a => a.Name), Is.EqualTo(new[] { "test-results" }));
            Assert.That(unitTests.ConsumedArtifacts, Is.EqualTo(new[] { new ArtifactConsumption(compileType, "bin") }));
            Assert.That(unitTests.Dependencies, Is.EqualTo(new[] { "Sample.Artifacts.Compile" }));

            foreach (var target in new[] { "linux", "windows" })
            {
                var tests = graph.Node($"Sample.Artifacts.NativeTests[{target}]");
                Assert.That(tests.Dependencies, Is.EqualTo(new[] { $"Sample.Artifacts.NativeBuild[{target}]", "Sample.Artifacts.Compile" }), target);
                Assert.That(tests.ConsumedArtifacts, Is.EqualTo(new[] { new ArtifactConsumption(nativeType, "native"), new ArtifactConsumption(compileType, "bin") }), target);
            }

            Assert.That(publish.Dependencies, Is.EqualTo(new[] { "Sample.Artifacts.Compile", "Sample.Artifacts.NativeBuild[linux]", "Sample.Artifacts.NativeBuild[windows]" }));
            Assert.That(publish.ConsumedArtifacts, Is.EqualTo(new[] { new ArtifactConsumption(compileType, "Packages"), new ArtifactConsumption(nativeType, "native") }));
            Assert.That(publish.ProducedArtifacts, Is.Empty);
        }

        GoldenFiles.Verify(GoldenCases.Artifacts, run);
    }

    /// <summary>The record compares its pattern lists by reference; the patterns are compared by value here.</summary>
    private static bool SameProduction(ArtifactProduction left, ArtifactProduction right) =>
        left.Name == right.Name && left.Patterns.SequenceEqual(right.Patterns);
}
