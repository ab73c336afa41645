using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

/// <summary>
/// Artifacts are read while their modules are parsed, a consumer's name also from its producer (often in another file):
/// an edit to an artifact reaches the graph, and an unrelated edit leaves every step cached.
/// </summary>
public sealed class ArtifactEditTests
{
    private static readonly string Modules = CachingPipeline.Modules.Edit(
        "[DependsOn<Restore>]",
        "[DependsOn<Restore>]\n[ProducesArtifact(\"bin\", \"out/bin/**\", \"!out/bin/**/*.pdb\")]");

    private static readonly string Matrix = CachingPipeline.Matrix.Edit(
        "[DependsOn<Build>]",
        "[DependsOn<Build>]\n[ConsumesArtifact<Build>(\"BIN\")]");

    [Test]
    public void AnUnrelatedMethodBodyEditLeavesEveryStepCached()
    {
        var first = FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("value.ToUpperInvariant() + \"!\"", "value.ToUpperInvariant() + \"?\"")));

        second.AssertEverythingCachedOrUnchanged();
        second.AssertStepDidNotRun(TrackingNames.ModuleSpecs);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void AnUnrelatedDeclarationEditParsesTheModulesAgainButChangesNoModel()
    {
        // The modules are parsed again, and their artifacts must come out equal for the later steps to stay cached.
        var first = FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("\"hello\"", "\"hello, world\"")));

        second.AssertModelsCachedOrUnchanged();
        Assert.That(second.Recomputed(TrackingNames.ModuleSpecs), Is.Not.Empty);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void RenamingTheArtifactInTheProducersFileUpdatesTheConsumersName()
    {
        // The consumer's file is unchanged: the producer's spelling reaches it through the declaration key.
        var first = FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            Modules.Edit("[ProducesArtifact(\"bin\"", "[ProducesArtifact(\"Bin\"")));

        second.AssertGeneratedCodeCompiles();
        var graph = GeneratedGraph.Load(second);
        Assert.Multiple(() =>
        {
            Assert.That(GeneratedGraph.Load(first).Node("Sample.Cache.Test[linux]").ConsumedArtifacts.Single().Name, Is.EqualTo("bin"));
            Assert.That(graph.Node("Sample.Cache.Test[linux]").ConsumedArtifacts.Single().Name, Is.EqualTo("Bin"));
            Assert.That(graph.Node("Sample.Cache.Build").ProducedArtifacts.Single().Name, Is.EqualTo("Bin"));
        });
    }

    [Test]
    public void ChangingAPatternChangesOnlyTheGraphAndItsFingerprint()
    {
        var first = FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            Modules.Edit("\"!out/bin/**/*.pdb\"", "\"!out/bin/**/*.xml\"")));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.Graph).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.Outputs(TrackingNames.ResultShapes).Select(o => o.Reason), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
            Assert.That(GeneratedGraph.Load(second).Node("Sample.Cache.Build").ProducedArtifacts.Single().Patterns, Is.EqualTo(new[] { "out/bin/**", "!out/bin/**/*.xml" }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    private static GeneratorRun FirstRun()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create(Modules, CachingPipeline.ResultTypes, Matrix, CachingPipeline.Unrelated));
        run.AssertInputCompiles();
        run.AssertGeneratedCodeCompiles();
        return run;
    }
}
