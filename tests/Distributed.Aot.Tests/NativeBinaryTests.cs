using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Aot.Tests;

/// <summary>The published native binary runs the sample pipeline to success, and stays small.</summary>
public sealed class NativeBinaryTests
{
    private const long MaximumBinaryBytes = 20L * 1024 * 1024;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    [Test]
    public async Task The_native_binary_runs_the_pipeline_and_exits_with_code_zero()
    {
        NativeSamplePublish.RequireNativeBinary();

        var run = await ProcessRunner.RunAsync(
            NativeSamplePublish.BinaryPath,
            [],
            NativeSamplePublish.PublishDirectory,
            new Dictionary<string, string?>(),
            RunTimeout);

        Assert.That(run.ExitCode, Is.Zero, () => run.Transcript);
        Assert.That(run.Output, Does.Contain("Pipeline succeeded"), () => run.Transcript);
    }

    [Test]
    public void The_native_binary_is_at_most_20_MB()
    {
        NativeSamplePublish.RequireNativeBinary();

        var bytes = new FileInfo(NativeSamplePublish.BinaryPath).Length;
        TestContext.Out.WriteLine($"{NativeSamplePublish.BinaryPath}: {bytes} bytes ({bytes / 1024.0 / 1024.0:0.0} MB)");

        Assert.That(bytes, Is.LessThanOrEqualTo(MaximumBinaryBytes), $"{NativeSamplePublish.BinaryPath} is {bytes / 1024.0 / 1024.0:0.0} MB");
    }
}
