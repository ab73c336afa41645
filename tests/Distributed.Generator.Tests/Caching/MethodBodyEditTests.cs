using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Model;
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
    public void ExecuteAsyncBodyEditParsesOnlyTheClassesOfTheEditedFile()
    {
        // Restore and Build share the edited file: their syntax nodes are new objects; Test's file is untouched.
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("return Task.FromResult<string?>(\"restored\");", "return Task.FromResult<string?>(\"restored!\");")));

        second.AssertStepDidNotRun(TrackingNames.DeclarationKey);
        Assert.That(ParsedModuleIds(second), Is.EquivalentTo(new[] { "Sample.Cache.Build", "Sample.Cache.Restore" }));
    }

    [Test]
    public void CommentEditInsideAModuleLeavesOutputsUnchanged()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            CachingPipeline.Modules.Edit("// Restores packages.", "// Restores NuGet packages.")));

        second.AssertEverythingCachedOrUnchanged();
        second.AssertStepDidNotRun(TrackingNames.DeclarationKey);
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

    [Test]
    public void ModuleBodyEditParsesOnlyThatModule()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.MatrixPath,
            CachingPipeline.Matrix.Edit("return build.Value!.Assemblies.Count;", "return build.Value!.Assemblies.Count + 1;")));

        Assert.Multiple(() =>
        {
            Assert.That(ParsedModuleIds(second), Is.EqualTo(new[] { "Sample.Cache.Test" }));
            Assert.That(second.Recomputed(TrackingNames.ModuleSpecs).Select(o => o.Reason), Is.All.EqualTo(IncrementalStepRunReason.Unchanged));
            Assert.That(second.Recomputed(TrackingNames.DeclarationShapes), Has.Count.EqualTo(1), "Only the edited tree is hashed again.");
        });
    }

    private static List<string> ParsedModuleIds(GeneratorRun run) =>
        run.Recomputed(TrackingNames.ModuleSpecs).Select(o => ((ModuleSpec)o.Value).Id).ToList();
}
