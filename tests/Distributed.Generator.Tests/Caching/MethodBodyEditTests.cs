using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

public sealed class MethodBodyEditTests
{
    [Test]
    public void ExecuteAsyncBodyEditLeavesOutputsUnchanged()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("return Task.FromResult<string?>(\"restored\");", "var text = \"restored\" + cancellationToken.IsCancellationRequested;\n        return Task.FromResult<string?>(text);")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.SourceOutputReasons(), Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void CommentEditInsideAModuleLeavesOutputsUnchanged()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("// Restores packages.", "// Restores NuGet packages.")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void MatrixModuleBodyEditLeavesOutputsUnchanged()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.MatrixPath,
            CachingPipeline.Matrix.Edit("return build.Value!.Assemblies.Count;", "return build.Value!.Assemblies.Count * 2;")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }
}
