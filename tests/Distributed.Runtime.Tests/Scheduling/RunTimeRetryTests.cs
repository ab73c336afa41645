using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

/// <summary><c>--retries</c> (<see cref="DistributedOptions.DefaultRetryCount"/>) in one process, and how it meets <c>[ModuleRetry]</c>.</summary>
public sealed class RunTimeRetryTests
{
    [Test]
    public async Task RunTimeRetryCountRetriesAModuleWithoutTheAttribute()
    {
        ModuleDefinition[] modules = [FailingUntilAttempt("Flaky", 3, retries: null)];

        var run = await PipelineHarness.RunAsync(modules, "--retries", "2");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Flaky"].Status, Is.EqualTo(ModuleStatus.Succeeded));
            Assert.That(run["Flaky"].Attempts, Is.EqualTo(3));
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Succeeded));
        }
    }

    [Test]
    public async Task ModuleRetryZeroIsNeverRetriedWhateverTheRunTimeCountSays()
    {
        ModuleDefinition[] modules = [FailingUntilAttempt("Deploy", 2, retries: 0)];

        var run = await PipelineHarness.RunAsync(modules, "--retries", "3");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run["Deploy"].Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(run["Deploy"].Attempts, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ModuleRetryAttributeWinsOverALargerRunTimeCount()
    {
        ModuleDefinition[] modules = [FailingUntilAttempt("Broken", int.MaxValue, retries: 1)];

        var run = await PipelineHarness.RunAsync(modules, "--retries", "4");

        Assert.That(run["Broken"].Attempts, Is.EqualTo(2));
    }

    [Test]
    public async Task RetriesFromTheEnvironmentApplyAndTheCommandLineWinsOverThem()
    {
        ModuleDefinition[] fromEnvironment = [FailingUntilAttempt("Broken", int.MaxValue, retries: null)];
        ModuleDefinition[] fromBoth = [FailingUntilAttempt("Broken", int.MaxValue, retries: null)];
        var environment = new Dictionary<string, string> { ["MODULAR_PIPELINES_RETRIES"] = "2" };

        var environmentOnly = await PipelineHarness.RunAsync(fromEnvironment, [], environment);
        var commandLineToo = await PipelineHarness.RunAsync(fromBoth, ["--retries=0"], environment);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(environmentOnly["Broken"].Attempts, Is.EqualTo(3));
            Assert.That(commandLineToo["Broken"].Attempts, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task DefaultRetryCountSetInCodeRetriesAModuleWithoutTheAttribute()
    {
        ModuleDefinition[] modules = [FailingUntilAttempt("Flaky", 2, retries: null)];

        var run = await PipelineHarness.RunAsync(modules, [], configure: builder => builder.AddDistributedMode(options => options.DefaultRetryCount = 1));

        Assert.That(run["Flaky"].Attempts, Is.EqualTo(2));
    }

    [TestCase("-1", "--retries must be a whole number of at least 0, not '-1'")]
    [TestCase("101", "DefaultRetryCount must be from 0 to 100, not 101")]
    [TestCase("two", "--retries must be a whole number of at least 0, not 'two'")]
    public async Task BadRunTimeRetryCountIsOneLineAndExitCodeTwo(string value, string message)
    {
        var log = new ExecutionLog();
        ModuleDefinition[] modules = [Node.Probe("Build", log.Body("Build"))];

        var run = await PipelineHarness.RunAsync(modules, "--retries", value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
            Assert.That(run.Error, Does.StartWith("error: ").And.Contain(message));
            Assert.That(log.HasStarted("Build"), Is.False);
        }
    }

    [Test]
    public async Task BadRetryCountFromTheEnvironmentNamesTheVariable()
    {
        ModuleDefinition[] modules = [Node.Returning("Build")];

        var run = await PipelineHarness.RunAsync(modules, [], new Dictionary<string, string> { ["MODULAR_PIPELINES_RETRIES"] = "many" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.ConfigurationError));
            Assert.That(run.Error, Does.Contain("MODULAR_PIPELINES_RETRIES (for --retries)"));
        }
    }

    /// <summary>A node that fails until <paramref name="succeedsOnAttempt"/>, with the given declared retries (null: none declared).</summary>
    private static ModuleDefinition<ProbeModule, string> FailingUntilAttempt(string name, int succeedsOnAttempt, int? retries) =>
        Node.Probe(name, (context, _) => context.Attempt < succeedsOnAttempt
            ? Task.FromException<string?>(new IOException($"attempt {context.Attempt} failed"))
            : Task.FromResult<string?>("done"), retries: retries);
}
