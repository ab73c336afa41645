namespace ModularPipelines.Distributed.Aot.Tests;

/// <summary>The sample publishes with Native AOT without a single trim or AOT warning.</summary>
public sealed class PublishWarningTests
{
    [Test]
    public void Publishing_the_sample_reports_no_trim_or_AOT_warnings()
    {
        NativeSamplePublish.RequireNativeBinary();

        Assert.That(NativeSamplePublish.TrimAndAotWarnings, Is.Empty, () => NativeSamplePublish.Publish.Transcript);
    }
}
