using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.CommandLine;

public sealed class PipelineOptionErrorTests
{
    [TestCase("--bogus")]
    [TestCase("--instance -1")]
    [TestCase("--instance 1 --total 1")]
    [TestCase("--capability bad/name")]
    [TestCase("--concurrency")]
    [TestCase("--total 1 --total 2")]
    public async Task BadOptionExitsWithCodeTwoAndOneErrorLine(string commandLine)
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules = [Node.Probe("Build", log.Body("Build"))];

        var run = await PipelineHarness.RunAsync(modules, commandLine.Split(' '));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: "));
            Assert.That(run.Results, Is.Empty);
            Assert.That(log.StartOrder, Is.Empty, "no module runs with bad options");
        }
    }

    [Test]
    public async Task BadEnvironmentValueExitsWithCodeTwo()
    {
        ModuleDefinition[] modules = [Node.Returning("Build")];

        var run = await PipelineHarness.RunAsync(modules, [], new Dictionary<string, string> { ["MODULAR_PIPELINES_INSTANCE"] = "first" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: ").And.Contain("MODULAR_PIPELINES_INSTANCE"));
        }
    }

    [Test]
    public async Task HelpPrintsTheOptionsTableAndExitsZeroWithoutRunningModules()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules = [Node.Probe("Build", log.Body("Build"))];

        var run = await PipelineHarness.RunAsync(modules, "--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
            Assert.That(run.Error, Is.Empty);
            Assert.That(log.StartOrder, Is.Empty);
            foreach (var option in new[] { "--instance", "--total", "--redis", "--run-id", "--capability", "--concurrency", "--help" })
            {
                Assert.That(run.Output, Does.Contain(option));
            }

            foreach (var variable in new[] { "MODULAR_PIPELINES_INSTANCE", "MODULAR_PIPELINES_TOTAL", "MODULAR_PIPELINES_REDIS", "REDIS_URL", "MODULAR_PIPELINES_RUN_ID", "MODULAR_PIPELINES_CAPABILITIES" })
            {
                Assert.That(run.Output, Does.Contain(variable));
            }
        }
    }
}
