using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Package.Tests.Quickstart;

/// <summary>
/// Follows the README's quickstart as a newcomer would, on a fresh folder outside the repository: pack into a local
/// feed, <c>dotnet new console</c>, the nuget.config, <c>dotnet add package</c>, the two source files, <c>dotnet run</c>.
/// </summary>
public sealed class ReadmeQuickstartTests
{
    private static readonly TimeSpan QuickstartTimeout = TimeSpan.FromMinutes(12);

    private ProcessResult _run = null!;

    [OneTimeSetUp]
    public async Task FollowTheQuickstart()
    {
        var folder = Path.Combine(PackageUnderTest.Root, "quickstart");
        Directory.CreateDirectory(folder);
        var script = Path.Combine(folder, "quickstart.sh");
        await File.WriteAllTextAsync(script, QuickstartScript.FromReadme(await File.ReadAllTextAsync(RepositoryRoot.Combine("README.md"))));

        // The script finds this repository in REPO, as the README says; a global packages folder of its own keeps a copy
        // of the same version cached by an earlier run from standing in for the package the script packs.
        var environment = DotnetCli.Environment(new Dictionary<string, string?>
        {
            ["REPO"] = RepositoryRoot.Path,
            ["NUGET_PACKAGES"] = Path.Combine(folder, "packages"),
            ["PATH"] = Path.GetDirectoryName(DotnetCli.HostPath) is { Length: > 0 } dotnetFolder
                ? dotnetFolder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH")
                : Environment.GetEnvironmentVariable("PATH"),
        });
        _run = await ProcessRunner.RunAsync("bash", [script], folder, environment, QuickstartTimeout);
    }

    [Test]
    public void TheQuickstartRunsToTheEndWithExitCode0()
    {
        Assert.That(_run.ExitCode, Is.Zero, () => _run.Transcript);
    }

    [Test]
    public void ThePipelineRunsTheModulesTheReadmeSaysAndSkipsTheOthers()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.StandardOutput, Does.Contain("Pipeline succeeded: 6 modules (3 succeeded, 3 skipped)"), () => _run.Transcript);
            foreach (var ran in new[] { "BuildModule", "CrossPlatformTests[linux]", "PublishModule" })
            {
                Assert.That(_run.StandardOutput, Does.Match($@"\n{Escape(ran)}\s+Succeeded"), () => _run.Transcript);
            }

            foreach (var skipped in new[] { "CrossPlatformTests[windows]", "CrossPlatformTests[macos]", "DockerImage" })
            {
                Assert.That(_run.StandardOutput, Does.Match($@"\n{Escape(skipped)}\s+Skipped"), () => _run.Transcript);
            }
        }
    }

    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
