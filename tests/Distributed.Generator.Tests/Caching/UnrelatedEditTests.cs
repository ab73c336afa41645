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
    public void UnrelatedFileAdditionLeavesEveryStepCachedOrUnchanged()
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

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedCommentEditLeavesEveryStepCachedOrUnchanged()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("// Helpers the modules could use.", "// Helpers the modules could use, edited.")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedStringEditLeavesEveryStepCachedOrUnchanged()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("\"hello\"", "\"hello, world\"").Edit("\"default\"", "\"other\"")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void UnrelatedMemberAdditionLeavesEveryStepCachedOrUnchanged()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            CachingPipeline.Unrelated.Edit("public void Dispose()", "public int Count { get; set; }\n\n    public void Dispose()")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }
}
