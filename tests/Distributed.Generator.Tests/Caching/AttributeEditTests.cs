using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

public sealed class AttributeEditTests
{
    [Test]
    public void AddingDependsOnChangesTheGraphAndFingerprint()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("public sealed class Restore", "[DependsOn<Prepare>]\npublic sealed class Restore")
                + """

                public sealed class Prepare : Module<string>
                {
                    protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                        Task.FromResult<string?>("prepared");
                }
                """));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.ModuleSpecs).Select(o => o.Reason), Does.Contain(IncrementalStepRunReason.Modified));
            Assert.That(second.Outputs(TrackingNames.Pipeline).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(GeneratedGraph.Load(second).Node("Sample.Cache.Restore").Dependencies, Is.EqualTo(new[] { "Sample.Cache.Prepare" }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void AddingDependsOnBetweenExistingModulesChangesOnlyTheGraph()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.MatrixPath,
            CachingPipeline.Matrix.Edit("[DependsOn<Build>]", "[DependsOn<Build>]\n[DependsOn<Restore>]")));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.ModuleSpecs).Select(o => o.Reason), Does.Contain(IncrementalStepRunReason.Modified));
            Assert.That(second.Outputs(TrackingNames.ResultShapes).Select(o => o.Reason), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
            Assert.That(GeneratedGraph.Load(second).Node("Sample.Cache.Test[linux]").Dependencies, Is.EqualTo(new[] { "Sample.Cache.Build", "Sample.Cache.Restore" }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void MatrixTargetEditInADependencysFileUpdatesTheDependentsEdges()
    {
        // Build's targets are read while parsing Test (another file): editing Build alone must still reach Test's edges.
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("[DependsOn<Restore>]", "[DependsOn<Restore>]\n[MatrixTarget(\"linux\", \"windows\")]")));

        second.AssertGeneratedCodeCompiles();
        var graph = GeneratedGraph.Load(second);
        Assert.That(graph.Node("Sample.Cache.Test[linux]").Dependencies, Is.EqualTo(new[] { "Sample.Cache.Build[linux]" }));
        Assert.That(graph.Node("Sample.Cache.Test[windows]").Dependencies, Is.EqualTo(new[] { "Sample.Cache.Build[windows]" }));
    }

    [Test]
    public void CapabilityEditChangesTheGraphAndFingerprint()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("[DependsOn<Restore>]", "[DependsOn<Restore>]\n[RequiresCapability(\"docker\")]")));

        second.AssertGeneratedCodeCompiles();
        Assert.That(GeneratedGraph.Load(second).Node("Sample.Cache.Build").RequiredCapabilities, Is.EqualTo(new[] { "docker" }));
        Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
    }
}
