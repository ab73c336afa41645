using ModularPipelines.Distributed.EndToEnd.Tests.Support;

namespace ModularPipelines.Distributed.EndToEnd.Tests.RealPipeline;

/// <summary>
/// The real sample in one process as a CI run of main with the feed's API key (GitLab's variables, which switch on
/// nothing else): every step runs real dotnet and git commands, and the package is pushed.
/// </summary>
public sealed class OnMainWithTheApiKeyTests
{
    private const string ApiKey = "key-4711-do-not-print";
    private SampleRun _run = null!;
    private string _workspace = null!;

    [OneTimeSetUp]
    public async Task RunTheRealSampleOnMain()
    {
        _workspace = SamplePipeline.NewWorkspace("real-main");
        _run = await SamplePipeline.Real.RunAsync(
            ["--workspace", _workspace],
            new Dictionary<string, string?> { ["GITLAB_CI"] = "true", ["CI_COMMIT_REF_NAME"] = "main", ["NUGET_API_KEY"] = ApiKey });
    }

    [Test]
    public void EveryModuleSucceedsExceptTheTestsOfOtherOperatingSystems()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.ExitCode, Is.Zero, () => _run.Process.Transcript);
            Assert.That(
                _run.Summary.Where(r => r.Status != "Succeeded").Select(r => r.Module),
                Is.EquivalentTo(new[] { RealModules.Tests("windows"), RealModules.Tests("macos") }),
                () => _run.Process.Transcript);
        }
    }

    [Test]
    public void UnitTestsRunOnTheBuildsBinariesAndLeaveTheirResultsFile()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Output, Does.Contain("5 of 5 tests passed on linux"), () => _run.Process.Transcript);
            Assert.That(_run.Output, Does.Contain("dotnet test " + Path.Combine(_workspace, "repository/tests/Greeter.Tests/bin/Release/net10.0/Greeter.Tests.dll")), () => _run.Process.Transcript);
            Assert.That(Path.Combine(_workspace, "out/test-results/linux/Greeter.Tests.trx"), Does.Exist);
        }
    }

    [Test]
    public void PackageWithTheRepositorysVersionIsPushedToTheFeed()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Path.Combine(_workspace, "out/feed/Greeter.2.1.0.nupkg"), Does.Exist, () => _run.Process.Transcript);
            Assert.That(_run.Output, Does.Contain("pushed Greeter.2.1.0.nupkg to " + Path.Combine(_workspace, "out/feed")), () => _run.Process.Transcript);
        }
    }

    [Test]
    public void ApiKeyIsPrintedAsStarsInThePushCommand()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Output, Does.Contain("--api-key ***"), () => _run.Process.Transcript);
            Assert.That(_run.Process.Transcript, Does.Not.Contain(ApiKey));
        }
    }

    [Test]
    public void ReleaseNotesCheckReadsTheCommittedNotesWithGit() =>
        Assert.That(_run.Output, Does.Contain("git show HEAD:ReleaseNotes.md").And.Contain("ReleaseNotes.md describes 2.1.0"), () => _run.Process.Transcript);
}
