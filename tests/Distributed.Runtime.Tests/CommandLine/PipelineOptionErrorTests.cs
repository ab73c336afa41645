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
    public async Task AWorkerWithoutTotalIsToldToPassTotal()
    {
        ModuleDefinition[] modules = [Node.Returning("Build")];

        var run = await PipelineHarness.RunAsync(modules, "--instance", "1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
            Assert.That(run.Error, Does.Contain("pass --total N with N > 1"), () => run.Error);
        }
    }

    [Test]
    public async Task AnUnreachableRedisSaysWhatToCheckNotStackExchangeRedissAdvice()
    {
        ModuleDefinition[] modules = [Node.Returning("Build")];

        var run = await PipelineHarness.RunAsync(modules, "--instance", "0", "--total", "2", "--run-id", "unreachable", "--redis", $"127.0.0.1:{ClosedPort()},connectTimeout=500");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1), () => run.Error);
            Assert.That(run.Error, Does.StartWith("error: cannot reach Redis at '127.0.0.1:"));
            Assert.That(run.Error, Does.Contain("check that redis-server runs there"));
            Assert.That(run.Error, Does.Not.Contain("abortConnect"));
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

    /// <summary>A loopback port nothing listens on (it was free a moment ago).</summary>
    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
