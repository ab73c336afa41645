using ModularPipelines.Distributed.EndToEnd.Tests.Support;

namespace ModularPipelines.Distributed.EndToEnd.Tests.CommandLine;

public sealed class BadOptionTests
{
    [TestCase("--instance", "x")]
    [TestCase("--instance=x")]
    [TestCase("--concurrency", "0")]
    [TestCase("--bogus")]
    [TestCase("--capability", "no spaces")]
    public async Task BadOptionExitsWithTwoAndPrintsExactlyOneErrorLineWithoutRunningModules(params string[] arguments)
    {
        var run = await SamplePipeline.RunAsync(arguments);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), () => run.Process.Transcript);
            Assert.That(run.Process.ErrorLines, Has.Count.EqualTo(1), () => run.Process.Transcript);
            Assert.That(run.Process.ErrorLines, Has.All.StartsWith("error: "), () => run.Process.Transcript);
            Assert.That(run.HasProgressLine("start", SampleModules.Build), Is.False, () => run.Process.Transcript);
        }
    }
}
