using ModularPipelines.Distributed.Package.Tests.Support;

namespace ModularPipelines.Distributed.Package.Tests;

/// <summary>
/// With a compiler older than Roslyn 5.0 the SDK loads nothing from analyzers/dotnet/roslyn5.0: the package's
/// buildTransitive targets say so (MPDCFG0001) instead of leaving a pipeline without a graph to be found at run time.
/// The older compiler is simulated the way the SDK sees one: through $(CompilerApiVersion).
/// </summary>
public sealed class CompilerVersionTests
{
    [Test]
    public async Task A_compiler_older_than_Roslyn_5_0_gets_warning_MPDCFG0001_and_no_graph()
    {
        var consumer = ConsumerProject.Create("Pipeline");

        var build = await consumer.BuildAsync("-p:CompilerApiVersion=roslyn4.14");

        Assert.That(build.ExitCode, Is.Zero, () => build.Transcript);
        Assert.That(build.Lines, Has.Some.Contains("warning MPDCFG0001").And.Some.Contains("Roslyn 4.14"), () => build.Transcript);
        var run = await consumer.RunAsync();
        Assert.That(run.ExitCode, Is.Not.Zero, () => $"without the generator the pipeline has no modules and must not succeed:\n{run.Transcript}");
    }
}
