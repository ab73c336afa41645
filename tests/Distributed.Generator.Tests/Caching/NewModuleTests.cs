using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Emitter;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

public sealed class NewModuleTests
{
    private const string Publish = """
        namespace Sample.Cache;

        [DependsOn<Test>]
        public sealed class Publish : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("published");
        }
        """;

    [Test]
    public void AddingAModuleRegeneratesTheGraph()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithNewSource("/src/Publish.cs", Publish));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.ModuleSpecs).Select(o => o.Reason), Does.Contain(IncrementalStepRunReason.New));
            Assert.That(second.Outputs(TrackingNames.Modules).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.Outputs(TrackingNames.Pipeline).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.SourceOutputReasons(), Does.Contain(IncrementalStepRunReason.Modified));
            Assert.That(second.NodeIds, Does.Contain("Sample.Cache.Publish"));
            Assert.That(second.Graph, Is.Not.EqualTo(first.Graph));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void RemovingAModuleRegeneratesTheGraph()
    {
        var first = CachingPipeline.FirstRun();
        var matrixTree = first.Input.SyntaxTrees.Single(t => t.FilePath == CachingPipeline.MatrixPath);

        var second = first.RunAgain(first.Input.RemoveSyntaxTrees(matrixTree));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.Modules).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.NodeIds, Is.EqualTo(new[] { "Sample.Cache.Build", "Sample.Cache.Restore" }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void RemovingEveryModuleRemovesTheGeneratedSources()
    {
        var first = CachingPipeline.FirstRun();
        var moduleTrees = first.Input.SyntaxTrees
            .Where(t => t.FilePath == CachingPipeline.ModulesPath || t.FilePath == CachingPipeline.MatrixPath)
            .ToArray();

        var second = first.RunAgain(first.Input.RemoveSyntaxTrees(moduleTrees));

        Assert.That(second.Result.Exception, Is.Null);
        Assert.That(second.Sources.Keys, Is.Empty);
        Assert.That(first.Sources.Keys, Does.Contain(GraphEmitter.HintName));
    }
}
