using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

public sealed class ResultTypeEditTests
{
    [Test]
    public void ResultTypeEditInAnotherFileRegeneratesTheResultShapes()
    {
        // BuildOutput lives in its own file; Build (another file) is what is parsed. The edit must still reach the shape.
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ResultTypesPath,
            CachingPipeline.ResultTypes.Edit("IReadOnlyList<string> Assemblies)", "IReadOnlyList<string> Assemblies, int Warnings)")));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.ResultShapes).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void ResultTypeMethodAdditionChangesNoOutput()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ResultTypesPath,
            CachingPipeline.ResultTypes.Edit("IReadOnlyList<string> Assemblies);", "IReadOnlyList<string> Assemblies)\n{\n    public string Describe() => Configuration;\n}")));

        // Adding a method is a declaration edit: the modules are parsed again, to the same specs.
        second.AssertModelsCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }
}
