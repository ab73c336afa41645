using ModularPipelines.Distributed.EndToEnd.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests.RealPipeline;

/// <summary>
/// A checkout with a badly formatted file, as a contributor would push it: the format check alone (<c>--module</c>)
/// fails the run and says what to run.
/// </summary>
public sealed class FormatCheckFailureTests
{
    private SampleRun _run = null!;

    [OneTimeSetUp]
    public async Task RunTheFormatCheckOnAnUnformattedCheckout()
    {
        var workspace = SamplePipeline.NewWorkspace("real-format");
        var repository = Path.Combine(workspace, "repository");
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "samples", "Sample.RealPipeline", "repository"), repository);
        await File.WriteAllTextAsync(Path.Combine(repository, "src", "Greeter", "Farewell.cs"), "namespace Greeter;\npublic static class Farewell {   \n\tpublic static string For(string name) => $\"Bye, {name}!\";\n}\n");
        foreach (var arguments in new[] { new[] { "init", "--quiet", "--initial-branch=main" }, ["add", "--all"], ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "--quiet", "-m", "unformatted"] })
        {
            var git = await ProcessRunner.RunAsync("git", arguments, repository, new Dictionary<string, string?>(), TimeSpan.FromSeconds(30));
            Assert.That(git.ExitCode, Is.Zero, () => git.Transcript);
        }

        _run = await SamplePipeline.Real.RunAsync(["--workspace", workspace, "--module", RealModules.Format], new Dictionary<string, string?>());
    }

    [Test]
    public void RunFailsWithExitCodeOne() => Assert.That(_run.ExitCode, Is.EqualTo(1), () => _run.Process.Transcript);

    [Test]
    public void FailureNamesTheFileAndTheCommandThatFixesIt()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Row(RealModules.Format).Status, Is.EqualTo("Failed"), () => _run.Process.Transcript);
            Assert.That(_run.Output, Does.Contain("Farewell.cs(2,"), () => _run.Process.Transcript);
            Assert.That(_run.Process.Transcript, Does.Contain("run `dotnet format whitespace repository --folder` and commit the result"));
        }
    }

    [Test]
    public void HookLogsTheCheckoutsGitStatusAfterTheFailedAttempt() =>
        Assert.That(_run.Output, Does.Contain("FormatCheckModule  git status after the failed attempt: clean"), () => _run.Process.Transcript);

    [Test]
    public void ModulesLeftOutOfTheSelectionAreSkippedAndNothingIsBuilt()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_run.Row(RealModules.Build).Status, Is.EqualTo("Skipped"), () => _run.Process.Transcript);
            Assert.That(_run.Output, Does.Not.Contain("dotnet build"), () => _run.Process.Transcript);
        }
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
