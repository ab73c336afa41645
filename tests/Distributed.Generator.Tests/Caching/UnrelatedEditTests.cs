using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

public sealed class UnrelatedEditTests
{
    [Test]
    public void RerunWithoutChangesLeavesEveryStepCached()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input);

        var notCached = second.DescribeAll().Where(d => !d.EndsWith(": Cached", StringComparison.Ordinal)).ToList();
        Assert.That(notCached, Is.Empty);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedMethodBodyEditParsesNoModule()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("value.ToUpperInvariant() + \"!\"", "value.ToUpperInvariant() + \"?\"")));

        second.AssertEverythingCachedOrUnchanged();
        second.AssertStepDidNotRun(TrackingNames.ModuleSpecs);
        second.AssertStepDidNotRun(TrackingNames.DeclarationKey);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedCommentEditParsesNoModule()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("// Helpers the modules could use.", "// Helpers the modules could use, edited.")));

        second.AssertEverythingCachedOrUnchanged();
        second.AssertStepDidNotRun(TrackingNames.ModuleSpecs);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedPropertyInitializerEditParsesNoModule()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("\"default\"", "\"other\"")));

        second.AssertEverythingCachedOrUnchanged();
        second.AssertStepDidNotRun(TrackingNames.ModuleSpecs);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedConstantEditParsesTheModulesAgainButChangesNoOutput()
    {
        // A constant can reach an attribute argument in any file, so this is a declaration edit.
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("\"hello\"", "\"hello, world\"")));

        second.AssertModelsCachedOrUnchanged();
        Assert.That(second.Recomputed(TrackingNames.ModuleSpecs), Is.Not.Empty);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedFileAdditionChangesNoOutput()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithNewSource("/src/Added.cs", """
            namespace Sample.Cache;

            public sealed class Logger : IDisposable
            {
                public void Dispose()
                {
                }
            }

            public sealed class Plain
            {
                public int Value { get; set; }
            }
            """));

        second.AssertModelsCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedMemberAdditionChangesNoOutput()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("public void Dispose()", "public int Count { get; set; }\n\n    public void Dispose()")));

        second.AssertModelsCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }
}
