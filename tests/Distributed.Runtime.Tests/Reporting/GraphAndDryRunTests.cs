using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting;

/// <summary><c>--graph</c> and <c>--dry-run</c> describe the run and exit 0 without running a module or connecting anywhere.</summary>
public sealed class GraphAndDryRunTests
{
    [Test]
    public async Task GraphPrintsEveryNodeAndEdgeAsMermaidWithoutRunningAnything()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Build", log.Body("Build"), notInParallel: ["nuget"], timeout: TimeSpan.FromMinutes(5), retries: 2),
            .. Node.Matrix<ProbeModule, string>("Tests", ["linux", "windows"], () => new ProbeModule(log.Body("Tests")), dependsOn: _ => ["Build"]),
            Node.Probe("Publish", log.Body("Publish"), dependsOn: ["Tests[linux]", "Tests[windows]"], alwaysRun: true, requires: ["docker"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--graph", "--redis", "127.0.0.1:1", "--run-id", "never-connected");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(log.StartOrder, Is.Empty, "a module ran");
            Assert.That(run.Output, Does.StartWith("flowchart LR\n"));
            Assert.That(run.Output, Does.Contain("n0[\"Build<br/>not in parallel: nuget<br/>timeout 5m00s<br/>2 retries\"]"));
            Assert.That(run.Output, Does.Contain("subgraph n1_matrix[\"Tests (matrix)\"]"));
            Assert.That(run.Output, Does.Contain("n1[\"Tests[linux]<br/>requires linux\"]"));
            Assert.That(run.Output, Does.Contain("n3[\"Publish<br/>requires docker<br/>always runs\"]"));
            foreach (var edge in new[] { "n0 --> n1", "n0 --> n2", "n1 --> n3", "n2 --> n3" })
            {
                Assert.That(run.Output, Does.Contain("  " + edge + "\n"), edge);
            }

            Assert.That(run.Output, Does.Contain("class n3 alwaysRun"));
        }
    }

    [Test]
    public async Task DryRunSaysWhatThisWorkerWouldTakeAndWhatRunsElsewhere()
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules =
        [
            Node.Probe("Build", log.Body("Build")),
            Node.Probe("Image", log.Body("Image"), requires: ["docker"]),
            Node.Probe("Gpu", log.Body("Gpu"), requires: ["gpu"]),
        ];

        var run = await PipelineHarness.RunAsync(modules, "--dry-run", "--instance", "2", "--total", "3", "--capability", "docker");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(log.StartOrder, Is.Empty, "a module ran");
            Assert.That(run.Output, Does.Contain("this is instance 2 (a worker) of 3, advertising docker"));
            Assert.That(run.Output, Does.Match(@"Build\s+here, or on another instance that serves its queue"));
            Assert.That(run.Output, Does.Match(@"Image\s+here, or on another instance"));
            Assert.That(run.Output, Does.Match(@"Gpu\s+on another instance: requires gpu, which this instance does not advertise"));
            Assert.That(run.Output, Does.Contain("2 of 3 modules may run on this instance. Nothing was run."));
        }
    }

    [Test]
    public async Task DryRunInOneProcessSaysWhatWouldBeSkipped()
    {
        ModuleDefinition[] modules = [Node.Returning("Build"), Node.Returning("Image", requires: ["docker"])];

        var run = await PipelineHarness.RunAsync(modules, "--dry-run");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded), run.Error);
            Assert.That(run.Output, Does.Contain("this is a single process"));
            Assert.That(run.Output, Does.Match(@"Build\s+here\n"));
            Assert.That(run.Output, Does.Match(@"Image\s+skipped: requires docker, which this instance does not advertise"));
        }
    }

    [TestCase("--graph=yes")]
    [TestCase("--graph --dry-run")]
    [TestCase("--dry-run --dry-run")]
    public async Task MisusedDescriptionOptionsExitWithCodeTwo(string commandLine)
    {
        var run = await PipelineHarness.RunAsync([Node.Returning("Build")], commandLine.Split(' '));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
        }
    }
}
