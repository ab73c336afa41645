using ModularPipelines.Distributed.EndToEnd.Tests.Support;

namespace ModularPipelines.Distributed.EndToEnd.Tests.CommandLine;

public sealed class HelpTests
{
    [TestCase("--help")]
    [TestCase("-h")]
    public async Task HelpPrintsEveryOptionAndExitsWithZeroWithoutRunningModules(string flag)
    {
        var run = await SamplePipeline.RunAsync(flag);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.Zero, () => run.Process.Transcript);
            Assert.That(run.Output, Does.StartWith("Usage:"), () => run.Process.Transcript);
            foreach (var option in new[] { "--instance N", "--total N", "--redis CONFIG", "--run-id ID", "--capability NAME", "--concurrency N", "--help" })
            {
                Assert.That(run.Output, Does.Contain(option), () => run.Process.Transcript);
            }

            Assert.That(run.Output, Does.Contain("Exit codes: 0"), () => run.Process.Transcript);
            Assert.That(run.Process.StandardError, Is.Empty, () => run.Process.Transcript);
            Assert.That(run.HasProgressLine("start", SampleModules.Build), Is.False, () => run.Process.Transcript);
        }
    }
}
