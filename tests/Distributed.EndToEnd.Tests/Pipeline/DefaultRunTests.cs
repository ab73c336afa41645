using System.Text.RegularExpressions;
using ModularPipelines.Distributed.EndToEnd.Tests.Support;

namespace ModularPipelines.Distributed.EndToEnd.Tests.Pipeline;

/// <summary>The sample run as a newcomer runs it: no options, on whatever OS the tests run on.</summary>
public sealed partial class DefaultRunTests
{
    private SampleRun _run = null!;

    [OneTimeSetUp]
    public async Task RunTheSampleWithoutOptions() => _run = await SamplePipeline.RunAsync();

    [Test]
    public void ExitsWithZero() =>
        Assert.That(_run.ExitCode, Is.Zero, () => _run.Process.Transcript);

    [Test]
    public void SummaryListsEveryGraphNodeIncludingEveryMatrixInstance() =>
        Assert.That(_run.Summary.Select(r => r.Module), Is.EquivalentTo(SampleModules.All), () => _run.Process.Transcript);

    [Test]
    public void EveryModuleThatRunsLogsAStartLineAndAFinishLine()
    {
        var ran = _run.Summary.Where(r => r.Status == "Succeeded").Select(r => r.Module).ToList();
        Assert.That(ran, Is.Not.Empty, () => _run.Process.Transcript);
        using (Assert.EnterMultipleScope())
        {
            foreach (var module in ran)
            {
                Assert.That(_run.HasProgressLine("start", module), Is.True, () => $"no start line for {module}:\n{_run.Output}");
                Assert.That(_run.HasProgressLine("ok", module), Is.True, () => $"no finish line for {module}:\n{_run.Output}");
            }
        }
    }

    [Test]
    public void EverySkippedModuleLogsASkipLineAndNoStartLine()
    {
        var skipped = _run.Summary.Where(r => r.Status == "Skipped").Select(r => r.Module).ToList();
        Assert.That(skipped, Is.Not.Empty, () => _run.Process.Transcript);
        using (Assert.EnterMultipleScope())
        {
            foreach (var module in skipped)
            {
                Assert.That(_run.HasProgressLine("skip", module), Is.True, () => $"no skip line for {module}:\n{_run.Output}");
                Assert.That(_run.HasProgressLine("start", module), Is.False, () => $"{module} was skipped but started:\n{_run.Output}");
            }
        }
    }

    [Test]
    public void MatrixInstanceOfThisOperatingSystemSucceeds()
    {
        Assume.That(SampleModules.CurrentTarget, Is.Not.Null, "the sample's matrix targets are windows, linux and macos");
        Assert.That(_run.Row(SampleModules.Tests(SampleModules.CurrentTarget!)).Status, Is.EqualTo("Succeeded"), () => _run.Process.Transcript);
    }

    [Test]
    public void MatrixInstancesOfOtherOperatingSystemsAreSkippedWithAReasonNamingTheirCapability()
    {
        using (Assert.EnterMultipleScope())
        {
            foreach (var target in SampleModules.MatrixTargets.Where(t => t != SampleModules.CurrentTarget))
            {
                var row = _run.Row(SampleModules.Tests(target));
                Assert.That(row.Status, Is.EqualTo("Skipped"), () => _run.Process.Transcript);
                Assert.That(row.Details, Does.Contain($"capability {target}"), () => _run.Process.Transcript);
            }
        }
    }

    [Test]
    public void DockerModuleIsSkippedWithoutTheDockerCapability()
    {
        var row = _run.Row(SampleModules.Docker);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Status, Is.EqualTo("Skipped"), () => _run.Process.Transcript);
            Assert.That(row.Details, Does.Contain("capability docker"), () => _run.Process.Transcript);
        }
    }

    [Test]
    public void ModulesAfterSkippedOnesStillRunBecauseSkippingIsNotFailure()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Row(SampleModules.Pack).Status, Is.EqualTo("Succeeded"), () => _run.Process.Transcript);
            Assert.That(_run.Row(SampleModules.Publish).Status, Is.EqualTo("Succeeded"), () => _run.Process.Transcript);
            Assert.That(_run.Row(SampleModules.Report).Status, Is.EqualTo("Succeeded"), () => _run.Process.Transcript);
        }
    }

    [Test]
    public void RunLeavesTheVerifiedPackageItsManifestAndAReportInItsWorkspace()
    {
        var reportLine = ReportLine().Match(_run.Output);
        Assert.That(reportLine.Success, Is.True, () => _run.Process.Transcript);
        var workspace = Path.GetDirectoryName(reportLine.Groups["path"].Value)!;
        var manifest = Path.Combine(workspace, "out", "feed", "Sample.App.1.4.0.manifest.json");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Path.Combine(workspace, "out", "feed", "Sample.App.1.4.0.nupkg"), Does.Exist);
            Assert.That(manifest, Does.Exist);
            Assert.That(File.ReadAllText(manifest), Does.Contain("\"sha256\"").And.Contain("lib/net10.0/App.dll"));
            Assert.That(File.ReadAllText(Path.Combine(workspace, "report.md")), Does.Contain("PublishModule: succeeded"));
        }
    }

    [Test]
    public void EndsWithTheSucceededVerdict() =>
        Assert.That(_run.Output, Does.Contain("Pipeline succeeded: 8 modules"), () => _run.Process.Transcript);

    [GeneratedRegex(@"report written to (?<path>\S+)")]
    private static partial Regex ReportLine();
}
