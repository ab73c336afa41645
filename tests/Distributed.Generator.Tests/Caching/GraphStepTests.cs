using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

/// <summary>
/// The graph step (<see cref="TrackingNames.Graph"/>) builds the final graph from the parsed modules: it stays cached
/// while they do, and runs again, with a changed model, when the graph changes.
/// </summary>
public sealed class GraphStepTests
{
    [Test]
    public void GraphStepHoldsTheExpandedNodesTheirEdgesAndTheEmittedFingerprint()
    {
        var run = CachingPipeline.FirstRun();

        var graph = GraphOf(run);

        Assert.That(graph.Nodes.Select(n => n.Id), Is.EqualTo(new[] { "Sample.Cache.Build", "Sample.Cache.Restore", "Sample.Cache.Test[linux]", "Sample.Cache.Test[windows]" }));
        var linux = graph.Nodes.Single(n => n.Id == "Sample.Cache.Test[linux]");
        Assert.Multiple(() =>
        {
            Assert.That(linux.MatrixTarget, Is.EqualTo("linux"));
            Assert.That(linux.Dependencies, Is.EqualTo(new[] { "Sample.Cache.Build" }));
            Assert.That(linux.RequiredCapabilities, Is.EqualTo(new[] { "linux" }));
            Assert.That(graph.Fingerprint, Is.EqualTo(run.Fingerprint));
        });
    }

    [Test]
    public void UnrelatedMethodBodyEditLeavesTheGraphStepCached()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("value.ToUpperInvariant() + \"!\"", "value.ToUpperInvariant() + \"?\"")));

        second.AssertStepDidNotRun(TrackingNames.Graph);
    }

    [Test]
    public void DeclarationEditThatParsesTheModulesAgainLeavesTheGraphStepCachedOrUnchanged()
    {
        // A constant can reach an attribute argument, so every module is parsed again, to the same specs.
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("\"hello\"", "\"hello, world\"")));

        Assert.That(second.Recomputed(TrackingNames.ModuleSpecs), Is.Not.Empty);
        Assert.That(second.Outputs(TrackingNames.Graph).Select(o => o.Reason), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        Assert.That(GraphOf(second), Is.EqualTo(GraphOf(first)));
    }

    [Test]
    public void AddingAMatrixTargetModifiesTheGraphStepWithTheNewInstance()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.MatrixPath,
            CachingPipeline.Matrix.Edit("[MatrixTarget(\"linux\", \"windows\")]", "[MatrixTarget(\"linux\", \"windows\", \"macos\")]")));

        second.AssertGeneratedCodeCompiles();
        var graph = GraphOf(second);
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.Graph).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(graph.Nodes.Select(n => n.Id), Does.Contain("Sample.Cache.Test[macos]"));
            Assert.That(graph.Fingerprint, Is.Not.EqualTo(GraphOf(first).Fingerprint));
            Assert.That(graph.Fingerprint, Is.EqualTo(second.Fingerprint));
        });
    }

    [Test]
    public void ResultShapeEditModifiesTheGraphStepThroughItsFingerprintAlone()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ResultTypesPath,
            CachingPipeline.ResultTypes.Edit("IReadOnlyList<string> Assemblies)", "IReadOnlyList<string> Assemblies, int Warnings)")));

        var before = GraphOf(first);
        var after = GraphOf(second);
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.Graph).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(after.Nodes, Is.EqualTo(before.Nodes));
            Assert.That(after.Fingerprint, Is.Not.EqualTo(before.Fingerprint));
        });
    }

    private static GraphSpec GraphOf(GeneratorRun run) => (GraphSpec)run.Outputs(TrackingNames.Graph).Single().Value;
}
