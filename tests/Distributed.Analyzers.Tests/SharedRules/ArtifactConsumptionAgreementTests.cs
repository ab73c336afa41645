using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ModularPipelines.Distributed.Analyzers.Tests.Support;
using ModularPipelines.Distributed.Generator;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.SharedRules;

/// <summary>
/// A consumption reaches the generated graph (as a consumed artifact and an edge) exactly when the analyzers do not
/// report its producer (MPD0027), in the producer's spelling when the producer declares the name (else MPD0026): both
/// read the attributes with the generator's <c>ArtifactAttributes</c>.
/// </summary>
public sealed class ArtifactConsumptionAgreementTests
{
    [TestCase("Compile", "bin", "bin", false)]
    [TestCase("Compile", "BIN", "bin", false)]
    [TestCase("Compile", "logs", "logs", false)]
    [TestCase("Compile", "docs", "docs", true)]
    [TestCase("CompileBase", "logs", null, false)]
    [TestCase("Consumer", "own", null, false)]
    public async Task A_consumption_is_in_the_graph_exactly_when_its_producer_is_not_reported(string producer, string name, string? emitted, bool notProduced)
    {
        var compilation = AgreementCompilation.Compile($$"""
            namespace Sample;

            [ProducesArtifact("logs", "out/logs/**")]
            public abstract class CompileBase : Module<string> { }

            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : CompileBase { {{Execute}} }

            [ProducesArtifact("own", "out/own/**")]
            [ConsumesArtifact<{{producer}}>("{{name}}")]
            public sealed class Consumer : Module<string> { {{Execute}} }
            """);

        var generated = CSharpGeneratorDriver.Create(new PipelineGenerator().AsSourceGenerator()).RunGenerators(compilation).GetRunResult();
        var diagnostics = await compilation.WithAnalyzers([new ArtifactAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        var graph = generated.GeneratedTrees.Single(t => t.FilePath.EndsWith("ModularPipelines.Distributed.Graph.g.cs", StringComparison.Ordinal)).ToString();
        var inGraph = emitted is not null;
        Assert.Multiple(() =>
        {
            Assert.That(graph.Contains("ConsumedArtifacts", StringComparison.Ordinal), Is.EqualTo(inGraph), "consumed at all");
            if (inGraph)
            {
                Assert.That(graph, Does.Contain($"new Runtime.ArtifactConsumption(typeof(global::Sample.{producer}), \"{emitted}\")"), "consumed in the producer's spelling");
            }

            Assert.That(diagnostics.Any(d => d.Id == DiagnosticIds.ArtifactProducerInvalid), Is.EqualTo(!inGraph), "reported as MPD0027");
            Assert.That(diagnostics.Any(d => d.Id == DiagnosticIds.ArtifactNotProduced), Is.EqualTo(notProduced), "reported as MPD0026");
        });
    }
}
