using ModularPipelines.Distributed.EndToEnd.Tests.Support;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Pipeline;

/// <summary>The sample's opt-in failure: <c>SAMPLE_FAIL_TESTS=&lt;target&gt;</c> makes that target's tests fail.</summary>
public sealed class FailingModuleTests
{
    private SampleRun _run = null!;
    private string _failed = null!;

    [OneTimeSetUp]
    public async Task RunTheSampleWithFailingTests()
    {
        Assume.That(SampleModules.CurrentTarget, Is.Not.Null, "the sample's matrix targets are windows, linux and macos");
        _failed = SampleModules.Tests(SampleModules.CurrentTarget!);
        _run = await SamplePipeline.RunAsync([], new Dictionary<string, string?> { ["SAMPLE_FAIL_TESTS"] = SampleModules.CurrentTarget });
    }

    [Test]
    public void ExitsWithOne() =>
        Assert.That(_run.ExitCode, Is.EqualTo(1), () => _run.Process.Transcript);

    [Test]
    public void SummaryMarksTheTestModuleFailed() =>
        Assert.That(_run.Row(_failed).Status, Is.EqualTo("Failed"), () => _run.Process.Transcript);

    [Test]
    public void OutputHasTheFailedModulesMessageAndStackTrace()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Output, Does.Contain($"tests failed on {SampleModules.CurrentTarget}: simulated failure"));
            Assert.That(_run.Output, Does.Contain("System.InvalidOperationException"));
            Assert.That(_run.Output, Does.Contain("at Sample.Pipeline.Modules.CrossPlatformTests.ExecuteAsync"));
            Assert.That(_run.Output, Does.Contain($"{_failed} failed:"), "the failure's details follow the summary");
        }
    }

    [Test]
    public void DependentsOfTheFailedModuleAreSkippedWithAReasonNamingTheFailure()
    {
        var pack = _run.Row(SampleModules.Pack);
        var publish = _run.Row(SampleModules.Publish);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pack.Status, Is.EqualTo("Skipped"), () => _run.Process.Transcript);
            Assert.That(pack.Details, Does.Contain(_failed).And.Contain("failed"), () => _run.Process.Transcript);
            Assert.That(publish.Status, Is.EqualTo("Skipped"), () => _run.Process.Transcript);
            Assert.That(publish.Details, Does.Contain(SampleModules.Pack), () => _run.Process.Transcript);
            Assert.That(_run.HasProgressLine("start", SampleModules.Pack), Is.False, () => _run.Process.Transcript);
        }
    }

    [Test]
    public void AlwaysRunReportStillRunsAfterTheFailure() =>
        Assert.That(_run.Row(SampleModules.Report).Status, Is.EqualTo("Succeeded"), () => _run.Process.Transcript);

    [Test]
    public void EndsWithTheFailedVerdict() =>
        Assert.That(_run.Output, Does.Contain("Pipeline FAILED: 8 modules"), () => _run.Process.Transcript);
}
